// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpdialogs.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cors::gui {

namespace {

class HelpText
{
    Q_DECLARE_TR_FUNCTIONS(HelpText)
};

QDialog *dialogWith(QWidget *parent, const QString &title, QWidget *content, const QSize &size)
{
    auto *dialog = new QDialog(parent);
    dialog->setWindowTitle(title);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    content->setParent(dialog);
    layout->addWidget(content, 1);
    layout->addWidget(buttons);
    dialog->resize(size);
    return dialog;
}

} // namespace

QDialog *createUserGuide(QWidget *parent)
{
    auto *browser = new QTextBrowser;
    browser->setOpenExternalLinks(true);
    browser->setAccessibleName(HelpText::tr("User guide"));
    // The README is embedded under :/guide with the screenshots it links to (app/CMakeLists.txt).
    browser->setSource(QUrl(u"qrc:/guide/README.md"_s), QTextDocument::MarkdownResource);
    return dialogWith(parent, HelpText::tr("CORS Configurator — User Guide"), browser,
                      QSize(900, 700));
}

QDialog *createShortcutsDialog(QMainWindow *window)
{
    auto *tree = new QTreeWidget;
    tree->setColumnCount(2);
    tree->setHeaderLabels({HelpText::tr("Action"), HelpText::tr("Shortcut")});
    tree->setAccessibleName(HelpText::tr("Keyboard shortcuts"));
    tree->setRootIsDecorated(false);
    for (QAction *menuAction : window->menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        if (menu == nullptr) {
            continue;
        }
        auto *group = new QTreeWidgetItem(tree, {menuAction->text().remove(u'&')});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        for (QAction *action : menu->actions()) {
            if (action->shortcuts().isEmpty()) {
                continue;
            }
            QStringList keys;
            for (const QKeySequence &sequence : action->shortcuts()) {
                keys.append(sequence.toString(QKeySequence::NativeText));
            }
            new QTreeWidgetItem(group,
                                {action->text().remove(u'&').remove(u"…"_s), keys.join(u", "_s)});
        }
        if (group->childCount() == 0) {
            delete group;
        }
    }
    // Keys that belong to the form's lists rather than to a menu.
    auto *lists = new QTreeWidgetItem(tree, {HelpText::tr("Lists in the form")});
    QFont bold = lists->font(0);
    bold.setBold(true);
    lists->setFont(0, bold);
    const QList<std::pair<QString, QKeySequence>> listKeys{
        {HelpText::tr("Edit the entry"), QKeySequence(Qt::Key_F2)},
        {HelpText::tr("Remove the entry"), QKeySequence(QKeySequence::Delete)},
        {HelpText::tr("Move up"), QKeySequence(Qt::CTRL | Qt::Key_Up)},
        {HelpText::tr("Move down"), QKeySequence(Qt::CTRL | Qt::Key_Down)},
        {HelpText::tr("Paste entries"), QKeySequence(QKeySequence::Paste)},
    };
    for (const auto &[text, keys] : listKeys) {
        new QTreeWidgetItem(lists, {text, keys.toString(QKeySequence::NativeText)});
    }
    tree->expandAll();
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    return dialogWith(window, HelpText::tr("Keyboard Shortcuts"), tree, QSize(520, 560));
}

} // namespace cors::gui
