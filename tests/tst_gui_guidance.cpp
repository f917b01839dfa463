// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What guides a user through the main window (#21): one-click fixes (advisor, the form's marks)
// as single undo steps, findings in the form's words, list editors that select one entry and
// check while typing, controls that do not apply disabled with the reason, top-to-bottom tab
// order, explained and tinted snippets that flash on edits, stale previews labelled, the example
// hint, the user guide and the shortcuts list.

#include "gui/advisorpanel.h"
#include "gui/configform.h"
#include "gui/examplehint.h"
#include "gui/mainwindow.h"
#include "gui/preferencesdialog.h"
#include "gui/previewpane.h"
#include "gui/projectdocument.h"
#include "gui/settings.h"
#include "gui/snippetview.h"
#include "gui/stringlisteditor.h"
#include "gui/verdictcolours.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace cors;

class TestGuiGuidance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<gui::Settings> m_settings;
    std::unique_ptr<gui::MainWindow> m_window;

    gui::ProjectDocument *document() const { return m_window->document(); }
    gui::ConfigForm *form() const { return m_window->form(); }

    CorsConfig restWith(const QStringList &origins)
    {
        CorsConfig config;
        config.allowOrigins = origins;
        config.maxAge = 600;
        return config;
    }

    /// Triggers the action of the next popup menu whose text contains `text`.
    void triggerInNextMenu(const QString &text, QString *seen)
    {
        QTimer::singleShot(50, this, [text, seen] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (menu == nullptr) {
                return;
            }
            for (QAction *action : menu->actions()) {
                *seen += action->text() + u'\n';
            }
            for (QAction *action : menu->actions()) {
                if (action->text().contains(text)) {
                    menu->close();
                    action->trigger();
                    return;
                }
            }
            menu->close();
        });
    }

private Q_SLOTS:
    void init()
    {
        m_settings = std::make_unique<gui::Settings>(m_dir.filePath(u"settings.ini"_s));
        m_window = std::make_unique<gui::MainWindow>(m_settings.get());
        m_window->setSavePrompt([](const QString &) { return QMessageBox::Discard; });
        m_window->setErrorSink([](const QString &title, const QString &text) {
            QFAIL(qPrintable(title + u": "_s + text));
        });
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        document()->undoStack()->setClean();
        m_window.reset();
    }

    void advisorAppliesAFixAsOneUndoStep()
    {
        document()->reset(restWith({u"https://app.example.com/"_s}));
        gui::AdvisorPanel *advisor = m_window->advisor();
        // The finding is selected and its fix is a button; its text uses the form's labels.
        const QString shown =
            advisor->view()->model()->index(0, 0).data(Qt::DisplayRole).toString();
        QVERIFY2(shown.startsWith(u"Allowed origins: "_s), qPrintable(shown));
        QVERIFY(shown.contains(u"→ "_s)); // the fix under the message
        QVERIFY(!advisor->summary().contains(u"(s)"_s));
        QTRY_VERIFY(!advisor->fixButtons().isEmpty()); // just after the burst of edits
        QVERIFY(!m_window->previews()->isCurrent());
        QTest::mouseClick(advisor->fixButtons().first(), Qt::LeftButton);
        QCOMPARE(document()->config().allowOrigins, QStringList{u"https://app.example.com"_s});
        QVERIFY(m_window->previews()->isCurrent());
        QCOMPARE(document()->undoStack()->count(), 1);
        QVERIFY(document()->undoStack()->undoText().startsWith(u"Fix: "_s));
        document()->undoStack()->undo();
        QCOMPARE(document()->config().allowOrigins, QStringList{u"https://app.example.com/"_s});
    }

    void markMenuOffersTheFix()
    {
        CorsConfig config = restWith({u"https://app.example.com"_s});
        config.authorizer = u"Authorization"_s; // not an allowed header
        document()->reset(config);
        QToolButton *mark = form()->markButton(Field::AllowHeaders);
        QVERIFY(mark->isVisible());
        QVERIFY(mark->toolTip().contains(u"Allowed headers"_s));
        QString seen;
        triggerInNextMenu(u"Add Authorization"_s, &seen);
        QTest::mouseClick(mark, Qt::LeftButton);
        QTRY_VERIFY2(document()->config().allowHeaders.contains(u"Authorization"_s),
                     qPrintable(seen));
        QVERIFY(!mark->isVisible() || !mark->toolTip().contains(u"Authorization"_s));
    }

    void listEditorsSelectOneEntry()
    {
        gui::StringListEditor *origins = form()->originsEditor();
        QCOMPARE(origins->list()->selectionMode(), QAbstractItemView::SingleSelection);
        origins->list()->setCurrentRow(0);
        origins->addEntries({u"https://b.example.com"_s});
        QCOMPARE(origins->list()->selectedItems().size(), 1);
        QCOMPARE(origins->list()->currentRow(), origins->list()->count() - 1);
        // A new project inherits no selection.
        m_window->newProject();
        QVERIFY(origins->list()->selectedItems().isEmpty());

        // The add field says what is wrong while typing.
        QLineEdit *field = origins->addField();
        QTest::keyClicks(field, u"https://x.example.com/"_s);
        QVERIFY(origins->addFieldMark()->isVisible());
        QVERIFY(field->toolTip().contains(u"slash"_s));
        field->clear();
        QTest::keyClicks(field, u"https://x.example.com"_s);
        QVERIFY(!origins->addFieldMark()->isVisible());
        field->clear();
    }

    void apiKeyDisabledOnHttpApis()
    {
        QTest::mouseClick(form()->httpButton(), Qt::LeftButton);
        QVERIFY(!form()->apiKeyBox()->isEnabled());
        QVERIFY(form()->apiKeyBox()->toolTip().contains(u"no API keys"_s));
        CorsConfig imported = restWith({u"https://app.example.com"_s});
        imported.apiType = ApiType::Http;
        imported.apiKeyRequired = true; // from a file: it can be unticked
        document()->reset(imported);
        QVERIFY(form()->apiKeyBox()->isEnabled());
        // Renders, but is an error browsers-and-gateway wise: shown apart from blocking ones.
        QVERIFY(m_window->previews()->isCurrent());
        QVERIFY2(m_window->advisor()->summary().contains(u"Fails in browsers: 1"_s),
                 qPrintable(m_window->advisor()->summary()));
    }

    void tabGoesTopToBottom()
    {
        QTest::qWait(50);
        QWidget *widget = form()->restButton();
        widget->setFocus();
        int lastY = -1;
        QWidget *previous = nullptr;
        for (int i = 0; i < 60; ++i) {
            QWidget *next = widget->nextInFocusChain();
            while (next != nullptr && !(next->focusPolicy() & Qt::TabFocus && next->isVisible() &&
                                        next->isEnabled() && next->focusProxy() == nullptr)) {
                next = next->nextInFocusChain();
            }
            if (next == nullptr || !form()->isAncestorOf(next)) {
                break;
            }
            const int y = next->mapTo(form(), QPoint(0, 0)).y();
            QVERIFY2(
                y >= lastY || (previous && y + next->height() > lastY),
                qPrintable(u"%1 (y %2) comes after %3 (y %4)"_s.arg(
                    next->accessibleName(), QString::number(y),
                    previous ? previous->accessibleName() : QString(), QString::number(lastY))));
            lastY = std::max(lastY, y);
            previous = next;
            widget = next;
        }
        QVERIFY(lastY > 300); // it went down the form
    }

    // A focused list looks focused (#21: focused and unfocused lists looked the same).
    void focusedListsShowFocus()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QListWidget *list = form()->originsEditor()->list();
        form()->headersEditor()->list()->setFocus();
        QTRY_VERIFY(!list->hasFocus());
        const QImage unfocused = list->grab().toImage();
        list->setFocus();
        QTRY_VERIFY(list->hasFocus());
        // Its frame takes the highlight colour.
        const QImage focused = list->grab().toImage();
        const QColor highlight = list->palette().color(QPalette::Highlight);
        const QPoint edge(0, focused.height() / 2);
        QCOMPARE(focused.pixelColor(edge).name(), highlight.name());
        QVERIFY(unfocused.pixelColor(edge).name() != highlight.name());
    }

    void snippetsAreExplainedTintedAndFlash()
    {
        gui::PreviewPane *previews = m_window->previews();
        previews->setCurrentFormat(render::Format::Terraform);
        QVERIFY(previews->guide()->text().contains(u"cors.tf"_s));
        QVERIFY(previews->guide()->text().contains(u"terraform apply"_s));
        gui::SnippetView *view = previews->view(render::Format::Terraform);
        QVERIFY(view->corsLineCount() > 5);
        // The part to merge starts with CORS; the complete example is longer.
        previews->setShowsPartToMerge(true);
        const int part = view->document()->blockCount();
        previews->setShowsPartToMerge(false);
        QVERIFY(view->document()->blockCount() > part);
        previews->setWrapsLines(true);
        QCOMPARE(view->lineWrapMode(), QPlainTextEdit::WidgetWidth);
        // An edit flashes the lines it changed.
        form()->originsEditor()->addEntries({u"https://flash.example.com"_s});
        QVERIFY(view->flashedBlocks().first >= 0);
        const QString changed =
            view->document()->findBlockByNumber(view->flashedBlocks().first).text();
        QVERIFY2(changed.contains(u"flash.example.com"_s) ||
                     view->flashedBlocks().second > view->flashedBlocks().first,
                 qPrintable(changed));
        // The selector fits any width.
        QVERIFY(previews->formatSelector()->minimumSizeHint().width() < 250);
    }

    void stalePreviewsSayWhatTheyShow()
    {
        QTest::mouseClick(form()->httpButton(), Qt::LeftButton);
        document()->edit(Field::AllowOrigins, [this] {
            CorsConfig c = document()->config();
            c.allowOrigins = {u"not an origin"_s};
            return c;
        }());
        gui::PreviewPane *previews = m_window->previews();
        QVERIFY(!previews->isCurrent());
        QVERIFY(previews->banner()->isVisible());
        QVERIFY2(previews->banner()->text().contains(u"HTTP API"_s),
                 qPrintable(previews->banner()->text()));
        // Another project never shows the last one's snippets.
        CorsConfig broken = restWith({u"https://app.example.com/"_s});
        document()->reset(broken);
        QVERIFY(previews->view(previews->currentFormat())->toPlainText().isEmpty());
        QVERIFY(previews->banner()->text().contains(u"Nothing of this project"_s));
    }

    void exampleHintGuidesTheFirstLaunch()
    {
        gui::ExampleHint *hint = m_window->exampleHint();
        QVERIFY(hint->isVisible());
        form()->originsEditor()->addEntries({u"https://mine.example.com"_s});
        QVERIFY(!hint->isVisible());
        m_window->newProject();
        QVERIFY(hint->isVisible());
    }

    void helpMenuHasTheGuideAndShortcuts()
    {
        QAction *guide = nullptr;
        QAction *shortcuts = nullptr;
        for (QAction *menu : m_window->menuBar()->actions()) {
            for (QAction *action : menu->menu()->actions()) {
                if (action->text().contains(u"User Guide"_s)) {
                    guide = action;
                } else if (action->text().contains(u"Keyboard Shortcuts"_s)) {
                    shortcuts = action;
                }
            }
        }
        QVERIFY(guide && shortcuts);
        QCOMPARE(guide->shortcut(), QKeySequence(QKeySequence::HelpContents));
        guide->trigger();
        QTextBrowser *browser = nullptr;
        for (QTextBrowser *candidate : m_window->findChildren<QTextBrowser *>()) {
            if (candidate->accessibleName() == u"User guide"_s) {
                browser = candidate;
            }
        }
        QVERIFY(browser != nullptr);
        QVERIFY(browser->isVisible());
        QVERIFY(browser->toPlainText().contains(u"CORS Configurator"_s));
        QVERIFY(browser->toPlainText().contains(u"Architecture"_s));
        shortcuts->trigger();
        QTreeWidget *tree = nullptr;
        QTRY_VERIFY((tree = m_window->findChild<QTreeWidget *>()) != nullptr);
        const auto found = tree->findItems(u"Check"_s, Qt::MatchExactly | Qt::MatchRecursive);
        QVERIFY(!found.isEmpty());
        QVERIFY(!found.first()->text(1).isEmpty());
    }

    // A dark palette gets dark banners (no bright yellow) and readable tints.
    void darkPaletteKeepsBannersDark()
    {
        const QPalette light = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, Qt::white);
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, Qt::white);
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, Qt::white);
        QApplication::setPalette(dark);
        m_window = std::make_unique<gui::MainWindow>(m_settings.get());
        m_window->setSavePrompt([](const QString &) { return QMessageBox::Discard; });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->exampleHint()->palette().color(QPalette::Window).lightnessF() < 0.5);
        document()->reset(restWith({u"https://app.example.com/"_s}));
        QLabel *banner = m_window->previews()->banner();
        QVERIFY(banner->isVisible());
        QVERIFY(banner->palette().color(QPalette::Window).lightnessF() < 0.5);
        QVERIFY(banner->palette().color(QPalette::WindowText).lightnessF() > 0.5);
        QVERIFY(gui::corsLineTint(dark).lightnessF() < 0.5);
        QApplication::setPalette(light);
    }

    void preferencesNameTheSystemLanguage()
    {
        gui::PreferencesDialog dialog(m_settings.get());
        auto *box = dialog.findChild<QComboBox *>();
        QVERIFY(box != nullptr);
        QVERIFY2(!box->itemText(0).contains(u"()"_s), qPrintable(box->itemText(0)));
    }
};

QTEST_MAIN(TestGuiGuidance)
#include "tst_gui_guidance.moc"
