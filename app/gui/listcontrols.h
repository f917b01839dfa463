// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

#include <functional>

class QAbstractItemView;
class QHBoxLayout;
class QMenu;
class QToolButton;
class QWidget;

namespace cors::gui {

/// A flat button with an icon, a text fallback (`symbol`) and `text` as tooltip and accessible
/// name.
QToolButton *listToolButton(const QIcon &icon, const QString &symbol, const QString &text,
                            QWidget *parent);

/// What the keys and buttons of an editable list do.
struct ListActions
{
    std::function<void()> remove;
    std::function<void(int delta)> move;
    std::function<void()> paste;
    /// Adds what the entry at `row` offers beyond editing (one-click fixes) to its context menu;
    /// may be empty.
    std::function<void(QMenu *menu, int row)> extraMenu = {};
};

/// The controls every editable list of the form has: remove (Del), move up and down
/// (Ctrl+Up/Down) in a column beside `view`, paste (Ctrl+V) on it, and a context menu with
/// them all (and edit, F2).
struct ListControls
{
    QToolButton *remove = nullptr;
    QToolButton *up = nullptr;
    QToolButton *down = nullptr;
    QHBoxLayout *row = nullptr; ///< `view` with the buttons beside it, for the editor's layout

    /// Enables the buttons for the selection: `current` row of `count`, `selected` or not.
    void update(bool selected, int current, int count) const;
};

ListControls makeListControls(QAbstractItemView *view, const QString &removeText,
                              const ListActions &actions, QWidget *parent);

} // namespace cors::gui
