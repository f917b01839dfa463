// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The main window offscreen, driven as a user would: typing, clicking, undo, copy, export,
// save/open and the unsaved-changes prompt, the advisor panel. Saves a screenshot.

#include "advisor/findingsmodel.h"
#include "gui/advisorpanel.h"
#include "gui/configform.h"
#include "gui/mainwindow.h"
#include "gui/previewpane.h"
#include "gui/projectdocument.h"
#include "gui/settings.h"
#include "gui/stringlisteditor.h"
#include "io/projectfile.h"
#include "render/export.h"
#include "support/screenshot.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace cors;
using cors::gui::MainWindow;

/// The visible inputs under `root` a screen reader cannot name: line edits (but the ones inside
/// combo boxes and spin boxes, which take their owner's name), item views and text edits
/// without an accessible name.
QStringList unnamedControls(const QWidget &root)
{
    QStringList unnamed;
    for (QWidget *widget : root.findChildren<QWidget *>()) {
        const bool ownedEdit = qobject_cast<QLineEdit *>(widget) &&
                               (widget->parentWidget()->inherits("QComboBox") ||
                                widget->parentWidget()->inherits("QAbstractSpinBox"));
        // A table's header view takes the table's name.
        const bool itemView =
            qobject_cast<QAbstractItemView *>(widget) && !qobject_cast<QHeaderView *>(widget);
        const bool input = qobject_cast<QLineEdit *>(widget) || itemView ||
                           qobject_cast<QPlainTextEdit *>(widget) ||
                           qobject_cast<QTextEdit *>(widget);
        if (input && !ownedEdit && widget->isVisibleTo(&root) &&
            widget->accessibleName().isEmpty()) {
            unnamed.append(widget->objectName() + u'/' +
                           QString::fromLatin1(widget->metaObject()->className()));
        }
    }
    return unnamed;
}

class TestGuiMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<gui::Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_errors;
    QList<QMessageBox::StandardButton> m_answers; ///< what the unsaved-changes prompt answers
    int m_prompts = 0;

    gui::ProjectDocument *document() const { return m_window->document(); }
    const CorsConfig &config() const { return m_window->document()->config(); }

    void addOrigin(const QString &text)
    {
        QLineEdit *field = m_window->form()->originsEditor()->addField();
        field->setFocus();
        QTest::keyClicks(field, text);
        QTest::keyClick(field, Qt::Key_Return);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<gui::Settings>(m_dir->filePath(u"settings.ini"_s));
        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_errors.clear();
        m_answers.clear();
        m_prompts = 0;
        m_window->setErrorSink(
            [this](const QString &title, const QString &text) { m_errors.append(title + text); });
        m_window->setSavePrompt([this](const QString &) {
            ++m_prompts;
            return m_answers.isEmpty() ? QMessageBox::Cancel : m_answers.takeFirst();
        });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window->document()->undoStack()->setClean();
        m_window.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void firstWindowShowsTheLeastPrivilegeExample()
    {
        QCOMPARE(config(), CorsConfig{});
        QVERIFY(!document()->isModified());
        QVERIFY(m_window->previews()->isCurrent());
        QVERIFY(
            m_window->previews()->text(render::Format::Sam).contains(u"http://localhost:3000"_s));
        QVERIFY(m_window->windowTitle().contains(u"Untitled"_s));
    }

    // #21: the window can be as small as 1024×700 (the form and the test page scroll instead
    // of setting its minimum size), and the first one fits the screen it opens on.
    void windowFitsSmallScreens()
    {
        const QSize minimum = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
        QVERIFY2(minimum.width() <= 1024 && minimum.height() <= 700,
                 qPrintable(u"minimum %1×%2"_s.arg(minimum.width()).arg(minimum.height())));
        // The test screen (800×800) is smaller than that minimum: the window takes no more.
        const QRect available = m_window->screen()->availableGeometry();
        QVERIFY(m_window->width() <= std::max(available.width(), minimum.width()));
        QVERIFY(m_window->height() <= std::max(available.height(), minimum.height()));
    }

    // #21: a header preset that is already allowed (in any case) cannot be added again.
    void presentHeaderPresetsAreDisabled()
    {
        gui::StringListEditor *headers = m_window->form()->headersEditor();
        const auto preset = [headers](const QString &name) {
            const auto buttons = headers->findChildren<QToolButton *>();
            const auto it = std::find_if(buttons.begin(), buttons.end(), [&](QToolButton *b) {
                return b->text() == u"+ "_s + name;
            });
            return it == buttons.end() ? nullptr : *it;
        };
        QVERIFY(preset(u"Content-Type"_s) != nullptr);
        QVERIFY(!preset(u"Content-Type"_s)->isEnabled()); // the example allows it
        QVERIFY(preset(u"Authorization"_s)->isEnabled());
        QTest::mouseClick(preset(u"Authorization"_s), Qt::LeftButton);
        QVERIFY(config().allowHeaders.contains(u"Authorization"_s));
        QVERIFY(!preset(u"Authorization"_s)->isEnabled());
        document()->undoStack()->undo();
        QVERIFY(preset(u"Authorization"_s)->isEnabled());
        headers->addField()->setFocus();
        QTest::keyClicks(headers->addField(), u"x-amz-date"_s);
        QTest::keyClick(headers->addField(), Qt::Key_Return);
        QVERIFY(!preset(u"X-Amz-Date"_s)->isEnabled());
    }

    void editingAFieldUpdatesEveryPreview()
    {
        gui::StringListEditor *origins = m_window->form()->originsEditor();
        origins->list()->setCurrentRow(0);
        origins->removeSelected();
        addOrigin(u"https://app.example.com"_s);
        QCOMPARE(config().allowOrigins, QStringList{u"https://app.example.com"_s});
        for (const render::Format format : render::allFormats) {
            QVERIFY2(m_window->previews()->text(format).contains(u"https://app.example.com"_s),
                     qPrintable(render::formatKey(format)));
        }
        QVERIFY(document()->isModified());
        QVERIFY(m_window->isWindowModified());
    }

    void pastedListIsSplitIntoEntries()
    {
        QApplication::clipboard()->setText(u"https://a.example.com, https://b.example.com\n"
                                           u"https://c.example.com"_s);
        m_window->form()->originsEditor()->pasteFromClipboard();
        QCOMPARE(config().allowOrigins.size(), 4);
        QCOMPARE(config().allowOrigins.last(), u"https://c.example.com"_s);
        // One paste, one undo step.
        document()->undoStack()->undo();
        QCOMPARE(config().allowOrigins, CorsConfig{}.allowOrigins);
    }

    void typingInOneFieldIsOneUndoStep()
    {
        QUndoStack *stack = document()->undoStack();
        QLineEdit *authorizer = m_window->form()->authorizerField();
        authorizer->setFocus();
        QTest::keyClicks(authorizer, u"Authorization"_s);
        QCOMPARE(config().authorizer, u"Authorization"_s);
        QCOMPARE(stack->count(), 1);
        // The previews followed every keystroke.
        QVERIFY(m_window->previews()->text(render::Format::Sam).contains(u"Authorization"_s));

        // Leaving the field ends the step: typing again is a new one.
        Q_EMIT authorizer->editingFinished();
        QTest::keyClicks(authorizer, u"X"_s);
        QCOMPARE(stack->count(), 2);

        stack->undo();
        QCOMPARE(config().authorizer, u"Authorization"_s);
        QCOMPARE(authorizer->text(), u"Authorization"_s);
        stack->undo();
        QVERIFY(config().authorizer.isEmpty());
        QVERIFY(authorizer->text().isEmpty());
        QVERIFY(!document()->isModified());
        stack->redo();
        QCOMPARE(authorizer->text(), u"Authorization"_s);
    }

    void typingInAListEntryUpdatesLiveAndMerges()
    {
        QListWidget *list = m_window->form()->originsEditor()->list();
        list->setFocus();
        list->editItem(list->item(0));
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, u"https://app.example.com"_s);
        QCOMPARE(config().allowOrigins, QStringList{u"https://app.example.com"_s});
        QVERIFY(m_window->previews()
                    ->text(render::Format::Terraform)
                    .contains(u"https://app.example.com"_s));
        QCOMPARE(document()->undoStack()->count(), 1);
        document()->undoStack()->undo();
        QCOMPARE(config().allowOrigins, CorsConfig{}.allowOrigins);
    }

    void closingWithAnOpenEntryEditorIsNotAnEdit()
    {
        QListWidget *list = m_window->form()->originsEditor()->list();
        list->setFocus();
        list->editItem(list->item(0));
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        QTest::keyClicks(editor, u"x"_s);
        document()->undoStack()->setClean();
        m_window.reset(); // must not crash or edit a half-destroyed window
        m_window = std::make_unique<MainWindow>(m_settings.get());
    }

    void methodCheckboxesUndoAndRedo()
    {
        QCheckBox *put = m_window->form()->methodBox(u"PUT"_s);
        QVERIFY(put);
        QVERIFY(!put->isChecked());
        QTest::mouseClick(put, Qt::LeftButton);
        QVERIFY(config().allowMethods.contains(u"PUT"_s));
        document()->undoStack()->undo();
        QVERIFY(!config().allowMethods.contains(u"PUT"_s));
        QVERIFY(!put->isChecked());
        document()->undoStack()->redo();
        QVERIFY(put->isChecked());
    }

    void methodsFromAFileAreKeptAsWritten()
    {
        CorsConfig odd;
        odd.allowMethods = {u"get"_s, u"POST"_s};
        document()->reset(odd);
        QCheckBox *lower = m_window->form()->methodBox(u"get"_s);
        QVERIFY(lower);
        QVERIFY(lower->isChecked());
        QVERIFY(!lower->icon().isNull()); // marked: validation has something to say
        QTest::mouseClick(lower, Qt::LeftButton);
        QCOMPARE(config().allowMethods, QStringList{u"POST"_s});
    }

    void invalidEntryIsMarkedWithItsFix()
    {
        addOrigin(u"https://app.example.com/"_s);
        QListWidget *list = m_window->form()->originsEditor()->list();
        QListWidgetItem *item = list->item(1);
        QCOMPARE(item->text(), u"https://app.example.com/"_s); // kept as typed
        QVERIFY(!item->icon().isNull());
        QVERIFY(item->toolTip().contains(u"https://app.example.com&#x27;"_s) ||
                item->toolTip().contains(u"'https://app.example.com'"_s));
        QVERIFY(!m_window->previews()->isCurrent());
    }

    void advisorListsTheFindingsOfABadConfiguration()
    {
        QAbstractItemModelTester tester(m_window->advisor()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        CorsConfig bad;
        bad.allowOrigins = {u"*"_s};
        bad.allowCredentials = true;
        document()->edit(Field::AllowCredentials, bad);
        QStringList rules;
        const auto *model = m_window->advisor()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            rules.append(model->index(row).data(advisor::FindingsModel::RuleRole).toString());
        }
        QVERIFY2(rules.contains(u"WILDCARD_ORIGIN_WITH_CREDENTIALS"_s),
                 qPrintable(rules.join(u' ')));
        QVERIFY(!m_window->previews()->isCurrent());
        // It blocks the snippets, and the summary says so in words, not "1 error(s)".
        QVERIFY2(m_window->advisor()->summary().startsWith(u"Blocks the snippets: 1"_s),
                 qPrintable(m_window->advisor()->summary()));
        QVERIFY(!m_window->advisor()->summary().contains(u"(s)"_s));

        // Activating a finding focuses its field.
        QListView *view = m_window->advisor()->view();
        const int row = int(rules.indexOf(u"WILDCARD_ORIGIN_WITH_CREDENTIALS"_s));
        Q_EMIT view->activated(view->model()->index(row, 0));
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus == m_window->form()->originsEditor()->list() ||
                focus == m_window->form()->credentialsBox());
    }

    void copyPutsTheSnippetOnTheClipboard()
    {
        gui::PreviewPane *previews = m_window->previews();
        previews->setCurrentFormat(render::Format::Terraform);
        // What is shown is copied: the part to merge, or the complete example.
        previews->setShowsPartToMerge(true);
        previews->copyCurrent();
        const QString part = QApplication::clipboard()->text();
        QCOMPARE(part, previews->shownText(render::Format::Terraform));
        QVERIFY(part.contains(u"Access-Control-Allow-Origin"_s));
        previews->setShowsPartToMerge(false);
        previews->copyCurrent();
        QCOMPARE(QApplication::clipboard()->text(), previews->text(render::Format::Terraform));
        QVERIFY(QApplication::clipboard()->text().contains(u"resource "_s));
        QVERIFY(part.size() < QApplication::clipboard()->text().size());
    }

    void exportWritesTheFiles()
    {
        m_window->previews()->setCurrentFormat(render::Format::LambdaPython);
        const QString one = m_dir->filePath(u"one/handler.py"_s);
        QDir().mkpath(m_dir->filePath(u"one"_s));
        QCOMPARE(m_window->exportCurrentTo(one).value_or(QStringList()), QStringList{one});
        QFile file(one);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()),
                 m_window->previews()->text(render::Format::LambdaPython));

        const QString all = m_dir->filePath(u"all"_s);
        QVERIFY(m_window->exportAllTo(all));
        for (const render::Format format : render::allFormats) {
            QVERIFY(QFileInfo::exists(QDir(all).filePath(render::exportPath(format))));
        }
        QCOMPARE(render::existingExportFiles(all).size(), qsizetype(render::allFormats.size()));

        // A configuration with errors exports nothing.
        addOrigin(u"ftp://x"_s);
        QVERIFY(!m_window->exportAllTo(m_dir->filePath(u"none"_s)));
        QVERIFY(!QFileInfo::exists(m_dir->filePath(u"none/template.yaml"_s)));
    }

    void saveAndOpenRoundTrip()
    {
        QTest::mouseClick(m_window->form()->credentialsBox(), Qt::LeftButton);
        addOrigin(u"https://app.example.com"_s);
        const CorsConfig edited = config();
        const QString path = m_dir->filePath(u"api.cors.yaml"_s);
        QVERIFY(m_window->saveTo(path));
        QVERIFY(!document()->isModified());
        QVERIFY(m_window->windowTitle().contains(u"api.cors.yaml"_s));
        QCOMPARE(m_settings->recentFiles().value(0), QFileInfo(path).absoluteFilePath());

        m_window->newProject();
        QCOMPARE(m_prompts, 0); // nothing unsaved, nothing asked
        QCOMPARE(config(), CorsConfig{});
        QVERIFY(m_window->openFile(path));
        QCOMPARE(config(), edited);
        QCOMPARE(document()->filePath(), path);
    }

    void unsavedChangesAreNeverLostSilently()
    {
        addOrigin(u"https://app.example.com"_s);
        const CorsConfig edited = config();

        m_answers = {QMessageBox::Cancel};
        m_window->newProject();
        QCOMPARE(m_prompts, 1);
        QCOMPARE(config(), edited); // cancelled: still here

        QVERIFY(!m_window->close()); // closing asks too, and Cancel keeps the window
        QCOMPARE(m_prompts, 2);

        m_answers = {QMessageBox::Discard};
        m_window->newProject();
        QCOMPARE(config(), CorsConfig{});

        // Save on a project with a file saves it before going on.
        const QString path = m_dir->filePath(u"saved.cors.yaml"_s);
        QVERIFY(m_window->saveTo(path));
        addOrigin(u"https://later.example.com"_s);
        m_answers = {QMessageBox::Save};
        m_window->newProject();
        QCOMPARE(projectfile::read(path).config.allowOrigins.last(),
                 u"https://later.example.com"_s);
    }

    void corruptFileIsRefusedAndNothingChanges()
    {
        addOrigin(u"https://app.example.com"_s);
        const CorsConfig edited = config();
        const QString path = m_dir->filePath(u"broken.cors.yaml"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("version: 1\nallowOrigins: [unterminated\n");
        file.close();
        m_answers = {QMessageBox::Discard};
        QVERIFY(!m_window->openFile(path));
        QCOMPARE(m_errors.size(), 1);
        QVERIFY(m_errors.first().contains(u"broken.cors.yaml"_s));
        QCOMPARE(config(), edited);
    }

    void droppingAProjectFileOpensIt()
    {
        CorsConfig http;
        http.apiType = ApiType::Http;
        const QString path = m_dir->filePath(u"dropped.cors.yaml"_s);
        QVERIFY(projectfile::write(http, path));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        const QPointF at(m_window->width() / 2.0, m_window->height() / 2.0);
        QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QCOMPARE(config().apiType, ApiType::Http);
        QVERIFY(m_window->form()->httpButton()->isChecked());
    }

    void everyControlHasAnAccessibleName()
    {
        // The check itself: an unnamed list view and an unnamed line edit are both caught.
        QWidget near;
        auto *list = new QListView(&near);
        auto *edit = new QLineEdit(&near);
        QCOMPARE(unnamedControls(near).size(), 2);
        list->setAccessibleName(u"Entries"_s);
        edit->setAccessibleName(u"Entry"_s);
        QCOMPARE(unnamedControls(near), QStringList());

        const QStringList unnamed = unnamedControls(*m_window);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    }

    void screenshot()
    {
        m_window->resize(1280, 820);
        addOrigin(u"https://app.example.com/"_s);
        QTest::qWait(50);
        QVERIFY(saveScreenshot(*m_window, u"main-window"_s,
                               {m_window->form(), m_window->previews(), m_window->advisor()}));
    }

    // The CDK stack in the snippet pane at the smallest size we support, for a look.
    void cdkSnippetScreenshot()
    {
        m_window->resize(1024, 700);
        m_window->previews()->setCurrentFormat(render::Format::CdkTypeScript);
        QTest::qWait(50);
        QVERIFY(m_window->previews()
                    ->text(render::Format::CdkTypeScript)
                    .contains(u"export class CorsApiStack extends Stack"_s));
        QVERIFY(saveScreenshot(*m_window, u"cdk-snippet"_s, {m_window->previews()}));
        m_window->previews()->setCurrentFormat(render::Format::Serverless);
        QTest::qWait(50);
        QVERIFY(saveScreenshot(*m_window, u"serverless-snippet"_s, {m_window->previews()}));
    }
};

QTEST_MAIN(TestGuiMainWindow)
#include "tst_gui_mainwindow.moc"
