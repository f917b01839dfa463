// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkhistory.h"

using namespace Qt::StringLiterals;

namespace cors::gui {

CheckHistory::CheckHistory(QObject *parent)
    : QAbstractListModel(parent)
{}

void CheckHistory::prepend(Entry entry)
{
    if (m_entries.size() >= capacity) {
        beginRemoveRows({}, capacity - 1, int(m_entries.size()) - 1);
        m_entries.resize(capacity - 1);
        endRemoveRows();
    }
    beginInsertRows({}, 0, 0);
    m_entries.prepend(std::move(entry));
    endInsertRows();
}

int CheckHistory::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant CheckHistory::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size() ||
        (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    const Entry &entry = m_entries.at(index.row());
    // The outcome first: it stays visible when a long URL does not fit.
    return tr("%1  %2: %3 %4 from %5")
        .arg(entry.when.toString(u"HH:mm:ss"_s), entry.outcome, entry.input.method, entry.input.url,
             entry.input.origin);
}

} // namespace cors::gui
