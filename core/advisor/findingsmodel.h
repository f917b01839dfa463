// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/finding.h"

#include <QAbstractListModel>

namespace cors::advisor {

/// Findings (validation and advice) as a list model, for the GUI's advisor panel: the display
/// text is the message; roles give the rule, severity, the field and entry to jump to, the fix
/// and the source. Qt Core only, like the rest of core.
class FindingsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsModel)

public:
    enum Role
    {
        RuleRole = Qt::UserRole + 1, ///< display id, e.g. "WILDCARD_ORIGIN"
        SeverityRole,                ///< "error", "warning", "note"
        FieldRole,                   ///< field key, e.g. "allowOrigins"
        EntryRole,                   ///< list entry index, -1 for the whole field
        FixRole,
        SourceRole,
    };

    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(const Findings &findings);
    const Findings &findings() const { return m_findings; }
    Finding finding(int row) const { return m_findings.value(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Findings m_findings;
};

} // namespace cors::advisor
