// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingsmodel.h"

#include "advisor.h"

using namespace Qt::StringLiterals;

namespace cors::advisor {

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void FindingsModel::setFindings(const Findings &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Finding &finding = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return finding.message;
    case Qt::ToolTipRole:
        return finding.fix;
    case RuleRole:
        return displayId(finding.rule);
    case SeverityRole:
        return severityKey(finding.severity);
    case FieldRole:
        return fieldKey(finding.field);
    case EntryRole:
        return finding.index;
    case FixRole:
        return finding.fix;
    case SourceRole:
        return finding.source;
    default:
        return {};
    }
}

QHash<int, QByteArray> FindingsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(RuleRole, "rule");
    names.insert(SeverityRole, "severity");
    names.insert(FieldRole, "field");
    names.insert(EntryRole, "entry");
    names.insert(FixRole, "fix");
    names.insert(SourceRole, "source");
    return names;
}

} // namespace cors::advisor
