// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listcontrols.h"

#include "appicons.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QMenu>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cors::gui {

namespace {
class ListControlsText
{
    Q_DECLARE_TR_FUNCTIONS(ListControlsText)
};
} // namespace

QToolButton *listToolButton(const QIcon &icon, const QString &symbol, const QString &text,
                            QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setIcon(icon);
    button->setText(symbol);
    button->setToolTip(text);
    button->setAccessibleName(text);
    button->setAutoRaise(true);
    return button;
}

void ListControls::update(bool selected, int current, int count) const
{
    remove->setEnabled(selected);
    up->setEnabled(selected && current > 0);
    down->setEnabled(selected && current < count - 1);
}

ListControls makeListControls(QAbstractItemView *view, const QString &removeText,
                              const ListActions &actions, QWidget *parent)
{
    ListControls controls;
    controls.remove = listToolButton(appIcon(u"list-remove"_s), u"−"_s, removeText, parent);
    controls.up = listToolButton(appIcon(u"go-up"_s), u"↑"_s,
                                 ListControlsText::tr("Move up (Ctrl+Up)"), parent);
    controls.down = listToolButton(appIcon(u"go-down"_s), u"↓"_s,
                                   ListControlsText::tr("Move down (Ctrl+Down)"), parent);

    const auto shortcut = [view, parent](const QKeySequence &keys, std::function<void()> slot) {
        auto *action = new QAction(view);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        QObject::connect(action, &QAction::triggered, parent, std::move(slot));
        view->addAction(action);
    };
    shortcut(QKeySequence::Delete, actions.remove);
    shortcut(QKeySequence::Paste, actions.paste);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), [actions] { actions.move(-1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), [actions] { actions.move(+1); });
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(
        view, &QWidget::customContextMenuRequested, parent,
        [view, actions, controls](const QPoint &at) {
            const QModelIndex index = view->indexAt(at);
            if (index.isValid()) {
                view->setCurrentIndex(index);
            }
            QMenu menu(view);
            QAction *edit = menu.addAction(ListControlsText::tr("&Edit"), view,
                                           [view, index] { view->edit(index); });
            edit->setShortcut(QKeySequence(Qt::Key_F2));
            edit->setEnabled(index.isValid() && index.flags().testFlag(Qt::ItemIsEditable));
            const auto add = [&menu](QToolButton *button, const QString &text, const QString &icon,
                                     auto slot) {
                QAction *a = menu.addAction(appIcon(icon), text, slot);
                a->setEnabled(button->isEnabled());
            };
            add(controls.remove, ListControlsText::tr("&Remove"), u"list-remove"_s, actions.remove);
            add(controls.up, ListControlsText::tr("Move &Up"), u"go-up"_s,
                [actions] { actions.move(-1); });
            add(controls.down, ListControlsText::tr("Move &Down"), u"go-down"_s,
                [actions] { actions.move(+1); });
            menu.addSeparator();
            menu.addAction(ListControlsText::tr("&Paste Entries"), actions.paste)
                ->setShortcut(QKeySequence::Paste);
            if (actions.extraMenu && index.isValid()) {
                actions.extraMenu(&menu, index.row());
            }
            menu.exec(view->viewport()->mapToGlobal(at));
        });
    QObject::connect(controls.remove, &QToolButton::clicked, parent, actions.remove);
    QObject::connect(controls.up, &QToolButton::clicked, parent, [actions] { actions.move(-1); });
    QObject::connect(controls.down, &QToolButton::clicked, parent, [actions] { actions.move(+1); });

    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(0);
    buttons->addWidget(controls.remove);
    buttons->addWidget(controls.up);
    buttons->addWidget(controls.down);
    buttons->addStretch();
    controls.row = new QHBoxLayout;
    controls.row->addWidget(view, 1);
    controls.row->addLayout(buttons);
    return controls;
}

} // namespace cors::gui
