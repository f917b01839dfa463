// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/field.h"

#include <QList>
#include <QMap>

namespace cors {

/// A 1-based line and column in a text file; line 0 means "nowhere in particular".
struct SourcePosition
{
    int line = 0;
    int column = 0;

    bool isValid() const { return line > 0; }
    friend bool operator==(const SourcePosition &, const SourcePosition &) = default;
};

/// Where each field, and each entry of a list field, was written in a project file, so a finding
/// about "allowOrigins entry 2" can be reported at its line and column.
class SourceMap
{
public:
    void setField(Field field, SourcePosition position);
    void setEntry(Field field, int index, SourcePosition position);

    /// The entry's position, else the field's, else line 1 column 1.
    SourcePosition position(Field field, int index = -1) const;

private:
    QMap<Field, SourcePosition> m_fields;
    QMap<Field, QList<SourcePosition>> m_entries;
};

} // namespace cors
