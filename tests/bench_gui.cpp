// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// How long one keystroke in the origins list takes to reach the visible preview (validation,
// advisor, the visible render, marks), with the 100-origin configuration, and with 200 routes
// and 20 headers too. Target: under 16 ms median (one frame).
//   build/release/tests/bench_gui -median 21

#include "gui/configform.h"
#include "gui/mainwindow.h"
#include "gui/previewpane.h"
#include "gui/projectdocument.h"
#include "gui/settings.h"
#include "gui/stringlisteditor.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace cors;

class BenchGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keystrokeToEveryPreview_data()
    {
        QTest::addColumn<int>("routes");
        QTest::addRow("100 origins") << 0;
        QTest::addRow("100 origins, 20 headers, 200 routes") << 200;
    }
    void keystrokeToEveryPreview()
    {
        QFETCH(int, routes);
        QTemporaryDir dir;
        gui::Settings settings(dir.filePath(u"settings.ini"_s));
        gui::MainWindow window(&settings);
        window.resize(1280, 820);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        CorsConfig config;
        // An HTTP API: a REST API takes one origin, so with 100 it has nothing to render.
        config.apiType = ApiType::Http;
        config.allowOrigins.clear();
        for (int i = 0; i < 100; ++i) {
            config.allowOrigins.append(u"https://app%1.example.com"_s.arg(i));
        }
        config.maxAge = 600;
        if (routes > 0) {
            config.allowMethods = {u"GET"_s, u"POST"_s, u"PUT"_s, u"DELETE"_s};
            config.allowHeaders.clear();
            for (int i = 0; i < 20; ++i) {
                config.allowHeaders.append(u"X-Header-%1"_s.arg(i));
            }
            config.authorizer = u"X-Header-0"_s;
            for (int i = 0; i < routes / 2; ++i) {
                const QString collection = u"/orders%1"_s.arg(i);
                config.routes.append(Route{collection, {u"GET"_s, u"POST"_s}, false});
                config.routes.append(
                    Route{collection + u"/{id}"_s, {u"GET"_s, u"PUT"_s, u"DELETE"_s}, false});
            }
        }
        window.document()->reset(config);

        QListWidget *list = window.form()->originsEditor()->list();
        list->setFocus();
        list->editItem(list->item(50));
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->end(false);
        bool add = true;
        QBENCHMARK
        {
            // Type a character, then delete it: each keystroke updates every preview.
            QTest::keyClick(editor, add ? Qt::Key_X : Qt::Key_Backspace);
            add = !add;
        }
        QVERIFY(window.previews()->isCurrent());
        QVERIFY(window.previews()
                    ->text(render::Format::Terraform)
                    .contains(u"https://app50.example.com"_s));
        window.document()->undoStack()->setClean();
    }
};

QTEST_MAIN(BenchGui)
#include "bench_gui.moc"
