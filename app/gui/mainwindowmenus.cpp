// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's menus and their actions: one file, so the window's own code stays about
// projects and pages.
#include "advisorpanel.h"
#include "helpdialogs.h"
#include "mainwindow.h"
#include "mockpanel.h"
#include "previewpane.h"
#include "projectdocument.h"
#include "settings.h"
#include "testerpanel.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace cors::gui {

void MainWindow::createActions()
{
    const auto action = [this](QMenu *menu, const QString &text, const QKeySequence &keys,
                               const QString &icon, auto slot) {
        auto *a = menu->addAction(QIcon::fromTheme(icon), text);
        a->setShortcut(keys);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    action(file, tr("&New"), QKeySequence::New, u"document-new"_s, &MainWindow::newProject);
    action(file, tr("&Open…"), QKeySequence::Open, u"document-open"_s, &MainWindow::open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    action(file, tr("&Import Template…"), QKeySequence(Qt::CTRL | Qt::Key_I), u"document-import"_s,
           &MainWindow::importTemplate);
    file->addSeparator();
    action(file, tr("&Save"), QKeySequence::Save, u"document-save"_s, &MainWindow::save);
    action(file, tr("Save &As…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
           u"document-save-as"_s, &MainWindow::saveAs);
    file->addSeparator();
    action(file, tr("&Export Snippet…"), QKeySequence(Qt::CTRL | Qt::Key_E), u"document-export"_s,
           &MainWindow::exportCurrent);
    action(file, tr("Export &All Snippets…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
           u"folder-new"_s, &MainWindow::exportAll);
    file->addSeparator();
    action(file, tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), u"application-exit"_s,
           &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(u"edit-undo"_s));
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setIcon(QIcon::fromTheme(u"edit-redo"_s));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    action(edit, tr("&Copy Snippet"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
           u"edit-copy"_s, [this] { m_previews->copyCurrent(); });
    edit->addSeparator();
    action(edit, tr("&Preferences…"), QKeySequence(Qt::CTRL | Qt::Key_Comma),
           u"preferences-system"_s, &MainWindow::showPreferences);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    action(view, tr("&Configure"), QKeySequence(Qt::CTRL | Qt::Key_1), QString(),
           [this] { m_pages->setCurrentIndex(0); });
    action(view, tr("&Test"), QKeySequence(Qt::CTRL | Qt::Key_2), QString(),
           [this] { m_pages->setCurrentIndex(1); });
    action(view, tr("&Advisor Findings"), QKeySequence(Qt::CTRL | Qt::Key_3), QString(), [this] {
        m_pages->setCurrentIndex(0);
        m_advisor->view()->setFocus(Qt::ShortcutFocusReason);
    });
    action(view, tr("&Next Snippet"), QKeySequence(Qt::CTRL | Qt::Key_PageDown), QString(),
           [this] { m_previews->stepFormat(+1); });
    action(view, tr("&Previous Snippet"), QKeySequence(Qt::CTRL | Qt::Key_PageUp), QString(),
           [this] { m_previews->stepFormat(-1); });

    QMenu *test = menuBar()->addMenu(tr("&Test"));
    QAction *check = action(test, tr("&Check"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                            u"system-run"_s, [this] {
                                m_pages->setCurrentIndex(1);
                                m_tester->check();
                            });
    check->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    action(test, tr("C&ancel Check"), QKeySequence(Qt::CTRL | Qt::Key_Period), u"process-stop"_s,
           [this] { m_tester->cancel(); });
    action(test, tr("Copy as c&url"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
           u"edit-copy"_s, [this] { m_tester->copyAsCurl(); });
    action(test, tr("&Scan for Misconfigurations"),
           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), u"security-medium"_s, [this] {
               m_pages->setCurrentIndex(1);
               m_tester->scan();
           });
    test->addSeparator();
    QAction *runMock = m_mock->runAction();
    runMock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    test->addAction(runMock);
    connect(runMock, &QAction::triggered, this, [this] { m_pages->setCurrentIndex(1); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    action(help, tr("&User Guide"), QKeySequence::HelpContents, u"help-contents"_s, [this] {
        if (m_guide == nullptr) {
            m_guide = createUserGuide(this);
        }
        m_guide->show();
        m_guide->raise();
    });
    action(help, tr("&Keyboard Shortcuts"), QKeySequence(Qt::CTRL | Qt::Key_Slash),
           u"preferences-desktop-keyboard"_s, [this] {
               QDialog *dialog = createShortcutsDialog(this);
               dialog->setAttribute(Qt::WA_DeleteOnClose);
               dialog->show();
           });
    help->addSeparator();
    action(help, tr("&About CORS Configurator"), QKeySequence(), u"help-about"_s,
           &MainWindow::showAbout);
    action(help, tr("About &Qt"), QKeySequence(), QString(), [] { QApplication::aboutQt(); });

    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings->recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files[i];
        // &1 … &9, &0: each recent file has a mnemonic.
        const QString text = u"&%1 %2"_s.arg((i + 1) % 10).arg(QDir::toNativeSeparators(path));
        connect(m_recentMenu->addAction(text), &QAction::triggered, this,
                [this, path] { openFile(path); });
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
    }
    QAction *clear = m_recentMenu->addAction(tr("&Clear Recent Files"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        m_settings->clearRecentFiles();
        updateRecentMenu();
    });
}

} // namespace cors::gui
