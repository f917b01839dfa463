// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcemap.h"

namespace cors {

void SourceMap::setField(Field field, SourcePosition position)
{
    m_fields.insert(field, position);
}

void SourceMap::setEntry(Field field, int index, SourcePosition position)
{
    QList<SourcePosition> &entries = m_entries[field];
    if (entries.size() <= index) {
        entries.resize(index + 1);
    }
    entries[index] = position;
}

SourcePosition SourceMap::position(Field field, int index) const
{
    if (index >= 0) {
        const QList<SourcePosition> entries = m_entries.value(field);
        if (index < entries.size() && entries.at(index).isValid()) {
            return entries.at(index);
        }
    }
    const SourcePosition fieldPosition = m_fields.value(field);
    return fieldPosition.isValid() ? fieldPosition : SourcePosition{1, 1};
}

} // namespace cors
