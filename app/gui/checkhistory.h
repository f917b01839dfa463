// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fetch/flow.h"
#include "probe/checkinput.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>

namespace cors::gui {

/// The tester's recent checks, newest first and at most `capacity`: what was asked, what was
/// sent and what came back, shown as one line each ("12:00:01  GET URL from ORIGIN: allowed").
class CheckHistory final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckHistory)

public:
    struct Entry
    {
        QDateTime when;
        probe::CheckInput input;
        fetch::FetchInit init;
        fetch::FlowResult result;
        QString outcome; ///< the verdict in a word ("allowed", "blocked", …)
    };

    static constexpr int capacity = 50;

    explicit CheckHistory(QObject *parent = nullptr);

    /// Adds `entry` as row 0, dropping the oldest beyond the capacity.
    void prepend(Entry entry);
    const Entry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QList<Entry> m_entries;
};

} // namespace cors::gui
