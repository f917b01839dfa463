// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// File → Import and dropping a template on the window, offscreen: the API chooser, the new
// untitled project with one undo step, the notes report, errors and the unsaved-changes prompt.

#include "gui/configform.h"
#include "gui/importreport.h"
#include "gui/mainwindow.h"
#include "gui/previewpane.h"
#include "gui/projectdocument.h"
#include "gui/settings.h"
#include "io/projectfile.h"
#include "support/screenshot.h"

#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QFile>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace cors;
using cors::gui::MainWindow;

namespace {

QString templatePath(const QString &name)
{
    return QStringLiteral(CORS_TEST_DATA_DIR) + u"/import/"_s + name;
}

} // namespace

class TestGuiImport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<gui::Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_errors;
    QList<QMessageBox::StandardButton> m_answers;
    QStringList m_offered; ///< the API names the chooser was offered
    QString m_choice;      ///< the one it picks; empty cancels
    QList<templateimport::ImportResult> m_reports;

    const CorsConfig &config() const { return m_window->document()->config(); }

    void drop(const QString &path)
    {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        const QPointF at(m_window->width() / 2.0, m_window->height() / 2.0);
        QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent event(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &event);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<gui::Settings>(m_dir->filePath(u"settings.ini"_s));
        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_errors.clear();
        m_answers.clear();
        m_offered.clear();
        m_choice.clear();
        m_reports.clear();
        m_window->setErrorSink(
            [this](const QString &title, const QString &text) { m_errors.append(title + text); });
        m_window->setSavePrompt([this](const QString &) {
            return m_answers.isEmpty() ? QMessageBox::Cancel : m_answers.takeFirst();
        });
        m_window->setApiChooser([this](const QList<templateimport::ApiCandidate> &apis) {
            for (const templateimport::ApiCandidate &api : apis) {
                m_offered.append(api.name);
            }
            return int(m_offered.indexOf(m_choice));
        });
        m_window->setImportNotesSink(
            [this](const QString &, const templateimport::ImportResult &result) {
                m_reports.append(result);
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

    void importsTheChosenApiAsAnUntitledProject()
    {
        m_choice = u"AdminApi"_s;
        QVERIFY(m_window->importFile(templatePath(u"sam-several-apis.yaml"_s)));
        QCOMPARE(m_offered, (QStringList{u"PublicApi"_s, u"AdminApi"_s}));
        QCOMPARE(config().apiType, ApiType::Http);
        QCOMPARE(config().allowOrigins, QStringList{u"https://admin.example.com"_s});
        QVERIFY(m_window->form()->httpButton()->isChecked());
        QVERIFY(m_window->previews()
                    ->text(render::Format::Sam)
                    .contains(u"https://admin.example.com"_s));

        // A new, unsaved project: closing it asks, undo goes back to a blank one.
        QVERIFY(m_window->document()->filePath().isEmpty());
        QVERIFY(m_window->document()->isModified());
        QUndoStack *history = m_window->document()->undoStack();
        QCOMPARE(history->count(), 1);
        QCOMPARE(history->undoText(), u"Import sam-several-apis.yaml"_s);
        history->undo();
        QVERIFY(config().allowOrigins.isEmpty());
        history->redo();

        // The notes reach the report: the !If origin and the unknown property.
        QCOMPARE(m_reports.size(), 1);
        QCOMPARE(m_reports.first().notes.size(), 2);
        QVERIFY(m_errors.isEmpty());
    }

    void cancellingTheChoiceChangesNothing()
    {
        const CorsConfig before = config();
        QVERIFY(!m_window->importFile(templatePath(u"cloudformation-two-apis.json"_s)));
        QCOMPARE(m_offered, (QStringList{u"RestApi"_s, u"EventsApi"_s}));
        QCOMPARE(config(), before);
        QVERIFY(!m_window->document()->isModified());
        QVERIFY(m_errors.isEmpty());
    }

    void unsavedChangesAreAskedAboutFirst()
    {
        CorsConfig edited = config();
        edited.maxAge = 42;
        m_window->document()->edit(Field::MaxAge, edited);
        m_answers = {QMessageBox::Cancel};
        QVERIFY(!m_window->importFile(templatePath(u"openapi-http.yaml"_s)));
        QCOMPARE(config(), edited);

        m_answers = {QMessageBox::Discard};
        QVERIFY(m_window->importFile(templatePath(u"openapi-http.yaml"_s)));
        QCOMPARE(config().allowOrigins.size(), 2);
    }

    void aFileThatIsNoTemplateIsRefusedWithItsReason()
    {
        const CorsConfig before = config();
        QVERIFY(!m_window->importFile(QStringLiteral(CORS_TEST_DATA_DIR) +
                                      u"/golden/rest-default/handler.py"_s));
        QCOMPARE(m_errors.size(), 1);
        QVERIFY2(m_errors.first().startsWith(u"Cannot import handler.py"_s),
                 qPrintable(m_errors.first()));
        QVERIFY(m_errors.first().contains(u"handler.py:"_s));
        QCOMPARE(config(), before);
    }

    void droppingATemplateImportsIt()
    {
        drop(templatePath(u"swagger-rest.json"_s));
        if (QTest::currentTestFailed()) {
            return;
        }
        QCOMPARE(config().allowOrigins, QStringList{u"https://pets.example.com"_s});
        QVERIFY(m_window->document()->isModified());
        QCOMPARE(m_reports.size(), 1);
    }

    void droppingAProjectFileWithoutTheSuffixOpensIt()
    {
        CorsConfig http;
        http.apiType = ApiType::Http;
        const QString path = m_dir->filePath(u"settings.yaml"_s);
        QVERIFY(projectfile::write(http, path));
        drop(path);
        if (QTest::currentTestFailed()) {
            return;
        }
        QCOMPARE(config(), http);
        QCOMPARE(m_window->document()->filePath(), path);
        QVERIFY(!m_window->document()->isModified());
    }

    void reportListsEveryNote()
    {
        const templateimport::ImportResult result = templateimport::importTemplateFile(
            templatePath(u"sam-several-apis.yaml"_s), u"PublicApi"_s);
        QVERIFY(result.ok());
        gui::ImportReport report(u"sam-several-apis.yaml"_s, result, m_window.get());
        QCOMPARE(report.notes()->topLevelItemCount(), int(result.notes.size()));
        // Sorted by line: the gateway responses in Globals come first.
        QCOMPARE(report.notes()->topLevelItem(0)->text(0), u"34"_s);
        QCOMPARE(report.notes()->topLevelItem(2)->text(0), u"45"_s);
        QVERIFY(report.notes()->topLevelItem(3)->text(1).contains(u"not a literal"_s));
        QCOMPARE(report.notes()->currentItem(), report.notes()->topLevelItem(0));
        QVERIFY(report.text().startsWith(u"sam-several-apis.yaml:34:30: warning:"_s));

        QPushButton *copy = nullptr;
        for (QPushButton *button : report.findChildren<QPushButton *>()) {
            if (button->text().contains(u"Copy"_s)) {
                copy = button;
            }
        }
        QVERIFY(copy);
        copy->click();
        QCOMPARE(QApplication::clipboard()->text(), report.text());

        report.show();
        QVERIFY(QTest::qWaitForWindowExposed(&report));
        QVERIFY(saveScreenshot(report, u"import"_s, {report.notes()}));
    }
};

QTEST_MAIN(TestGuiImport)
#include "tst_gui_import.moc"
