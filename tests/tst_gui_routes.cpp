// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The routes editor offscreen, driven as a user would: adding from the fields, pasting lines,
// typing into a cell, ticking Public, removing and reordering, undo, marks at the route at
// fault, the advisor's jump to a route, and the previews following every change.

#include "gui/configform.h"
#include "gui/mainwindow.h"
#include "gui/previewpane.h"
#include "gui/projectdocument.h"
#include "gui/routeseditor.h"
#include "gui/settings.h"
#include "gui/snippetview.h"
#include "render/corslines.h"
#include "render/renderer.h"
#include "support/screenshot.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace cors;

Q_DECLARE_METATYPE(QList<cors::Route>)

class TestGuiRoutes : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<gui::Settings> m_settings;
    std::unique_ptr<gui::MainWindow> m_window;

    gui::ProjectDocument *document() const { return m_window->document(); }
    const CorsConfig &config() const { return m_window->document()->config(); }
    gui::RoutesEditor *editor() const { return m_window->form()->routesEditor(); }
    QTableWidget *table() const { return editor()->table(); }

    void addRoute(const QString &path, const QString &methods, bool isPublic = false)
    {
        editor()->pathField()->setFocus();
        QTest::keyClicks(editor()->pathField(), path);
        QTest::keyClicks(editor()->methodsField(), methods);
        editor()->publicBox()->setChecked(isPublic);
        QTest::keyClick(editor()->pathField(), Qt::Key_Return);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<gui::Settings>(m_dir->filePath(u"settings.ini"_s));
        m_window = std::make_unique<gui::MainWindow>(m_settings.get());
        m_window->setErrorSink([](const QString &, const QString &) {});
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        document()->undoStack()->setClean();
        m_window.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void parseRoutes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<Route>>("routes");
        QTest::addRow("methods first")
            << u"GET,PUT /items/{id}"_s
            << QList<Route>{Route{u"/items/{id}"_s, {u"GET"_s, u"PUT"_s}, false}};
        QTest::addRow("path first, public")
            << u"/health GET public"_s << QList<Route>{Route{u"/health"_s, {u"GET"_s}, true}};
        QTest::addRow("several lines, blank ones skipped")
            << u"ANY /\n\n  ANY   /{proxy+}\r\n"_s
            << QList<Route>{Route{u"/"_s, {u"ANY"_s}, false},
                            Route{u"/{proxy+}"_s, {u"ANY"_s}, false}};
        QTest::addRow("$default") << u"$default ANY"_s
                                  << QList<Route>{Route{u"$default"_s, {u"ANY"_s}, false}};
        QTest::addRow("kept as typed")
            << u"get /Items"_s << QList<Route>{Route{u"/Items"_s, {u"get"_s}, false}};
        QTest::addRow("no path") << u"GET PUT"_s << QList<Route>{};
    }
    void parseRoutes()
    {
        QFETCH(QString, text);
        QFETCH(QList<Route>, routes);
        QCOMPARE(gui::RoutesEditor::parseRoutes(text), routes);
    }

    void addingARouteRendersItsPreflight()
    {
        QVERIFY(config().routes.isEmpty());
        addRoute(u"/items/{id}"_s, u"GET, POST"_s);
        QCOMPARE(config().routes,
                 (QList<Route>{Route{u"/items/{id}"_s, {u"GET"_s, u"POST"_s}, false}}));
        QCOMPARE(table()->rowCount(), 1);
        QVERIFY(editor()->pathField()->text().isEmpty());
        const QString cloudFormation = m_window->previews()->text(render::Format::CloudFormation);
        QVERIFY(cloudFormation.contains(u"PathPart: \"{id}\""_s));
        QVERIFY(cloudFormation.contains(u"ItemsIdOptionsMethod"_s));
        // One action, one undo step.
        document()->undoStack()->undo();
        QVERIFY(config().routes.isEmpty());
        QCOMPARE(table()->rowCount(), 0);
    }

    void aRouteWithoutMethodsServesAny()
    {
        addRoute(u"/files"_s, QString());
        QCOMPARE(config().routes.value(0).methods, QStringList{u"ANY"_s});
    }

    void pastedLinesBecomeRoutes()
    {
        QApplication::clipboard()->setText(u"ANY /\nANY /{proxy+}\nGET /health public"_s);
        editor()->pasteFromClipboard();
        QCOMPARE(config().routes.size(), 3);
        QVERIFY(config().routes.at(2).isPublic);
        QCOMPARE(document()->undoStack()->count(), 1);
    }

    void typingInACellUpdatesLiveAndMerges()
    {
        addRoute(u"/items"_s, u"GET"_s);
        const int steps = document()->undoStack()->count();
        table()->setFocus();
        table()->editItem(table()->item(0, 0));
        auto *cell = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(cell);
        cell->selectAll();
        QTest::keyClicks(cell, u"/orders"_s);
        QCOMPARE(config().routes.value(0).path, u"/orders"_s);
        QVERIFY(m_window->previews()->text(render::Format::Terraform).contains(u"/orders"_s));
        QCOMPARE(document()->undoStack()->count(), steps + 1);
        document()->undoStack()->undo();
        QCOMPARE(config().routes.value(0).path, u"/items"_s);
        QCOMPARE(table()->item(0, 0)->text(), u"/items"_s);
    }

    void tickingPublicIsOneStep()
    {
        addRoute(u"/health"_s, u"GET"_s);
        QTableWidgetItem *box = table()->item(0, 2);
        box->setCheckState(Qt::Checked);
        QVERIFY(config().routes.value(0).isPublic);
        document()->undoStack()->undo();
        QVERIFY(!config().routes.value(0).isPublic);
        QCOMPARE(table()->item(0, 2)->checkState(), Qt::Unchecked);
    }

    void removeTakesOnlyTheSelectedRows()
    {
        addRoute(u"/a"_s, u"GET"_s);
        addRoute(u"/b"_s, u"GET"_s);
        addRoute(u"/c"_s, u"GET"_s);
        // Adding selects the new row only, so "−" never removes an older selection as well.
        QCOMPARE(table()->selectionModel()->selectedRows().size(), 1);
        editor()->removeSelected();
        QCOMPARE(config().routes.size(), 2);
        QCOMPARE(config().routes.last().path, u"/b"_s);
        editor()->moveCurrent(-1);
        QCOMPARE(config().routes.first().path, u"/b"_s);
    }

    void badRouteIsMarkedWithItsFix()
    {
        addRoute(u"/items/"_s, u"GET"_s);
        QTableWidgetItem *path = table()->item(0, 0);
        QCOMPARE(path->text(), u"/items/"_s); // kept as typed
        QVERIFY(!path->icon().isNull());
        QVERIFY(path->toolTip().contains(u"/items"_s));
        QVERIFY(!m_window->previews()->isCurrent());
        m_window->form()->focusField(Field::Routes, 0);
        QCOMPARE(table()->currentRow(), 0);
        QVERIFY(table()->hasFocus());
    }

    void emptyTableSaysWhatTheApiIs()
    {
        QCOMPARE(table()->rowCount(), 0);
        QList<QLabel *> labels = editor()->findChildren<QLabel *>();
        const bool hint = std::any_of(labels.begin(), labels.end(), [](QLabel *label) {
            return label->isVisible() && label->text().contains(u"Lambda proxy"_s);
        });
        QVERIFY(hint);
    }

    // Only the visible preview is rendered on each edit, and only what changed is replaced: every
    // tab must still show exactly the render of the current configuration.
    void previewsShowTheRenderAfterEdits()
    {
        gui::PreviewPane *previews = m_window->previews();
        for (const bool part : {false, true}) {
            previews->setShowsPartToMerge(part);
            previews->setCurrentFormat(render::Format::CloudFormation);
            addRoute(u"/items%1"_s.arg(part), u"GET, POST"_s);
            addRoute(u"/items%1/{id}"_s.arg(part), u"GET"_s);
            table()->item(1, 1)->setText(u"GET, PUT"_s);
            document()->undoStack()->undo();
            document()->undoStack()->redo();
            for (const render::Format format : render::allFormats) {
                previews->setCurrentFormat(format);
                const QString complete =
                    QString::fromUtf8(render::renderValidated(config(), format));
                QCOMPARE(previews->text(format), complete);
                const QString expected =
                    part ? render::corsExcerpt(format, complete).text : complete;
                QCOMPARE(previews->view(format)->toPlainText(), expected);
            }
        }
    }

    void screenshot()
    {
        m_window->resize(1280, 820);
        QApplication::clipboard()->setText(
            u"GET,POST /items\nGET,PUT,DELETE /items/{id}\nANY /{proxy+}\nGET /health public\n"
            u"GET /items/{key}"_s);
        editor()->pasteFromClipboard();
        QTest::qWait(50);
        QVERIFY(saveScreenshot(*m_window, u"routes"_s, {editor(), m_window->previews()}));
    }
};

QTEST_MAIN(TestGuiRoutes)
#include "tst_gui_routes.moc"
