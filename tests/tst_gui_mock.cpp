// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// "Run local mock" offscreen: the main window starts the emulator, points the tester at it, the
// tester's verdicts follow the form's edits, every request shows in the log, an invalid form
// keeps the last valid configuration, a busy port or an invalid configuration is explained.
// Saves a screenshot of the Test tab with the mock running.
#include "gui/mainwindow.h"
#include "gui/mockpanel.h"
#include "gui/projectdocument.h"
#include "gui/settings.h"
#include "gui/testerpanel.h"
#include "gui/verdictbar.h"
#include "support/screenshot.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace Qt::StringLiterals;
using namespace cors;

class TestGuiMock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<gui::Settings> m_settings;
    std::unique_ptr<gui::MainWindow> m_window;

    gui::MockPanel *mock() const { return m_window->mock(); }
    gui::TesterPanel *tester() const { return m_window->tester(); }

    fetch::FlowResult runCheck()
    {
        QSignalSpy finished(tester(), &gui::TesterPanel::checkFinished);
        tester()->check();
        if (finished.isEmpty() && !finished.wait(15000)) {
            return {};
        }
        return finished.first().first().value<fetch::FlowResult>();
    }

    void edit(const std::function<void(CorsConfig &)> &change, Field field)
    {
        CorsConfig config = m_window->document()->config();
        change(config);
        m_window->document()->edit(field, config);
    }

private Q_SLOTS:
    void init()
    {
        qRegisterMetaType<fetch::FlowResult>();
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<gui::Settings>(m_dir.filePath(u"settings.ini"_s));
        m_window = std::make_unique<gui::MainWindow>(m_settings.get());
        m_window->document()->reset(CorsConfig()); // REST, origin http://localhost:3000
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        mock()->portBox()->setValue(0);
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
    }

    void runsAndPointsTheTester()
    {
        QVERIFY(!mock()->isRunning());
        QVERIFY(mock()->statusLabel()->text().contains(u"Stopped"_s));
        QAction *run = mock()->runAction();
        QVERIFY(!run->shortcut().isEmpty());
        run->trigger();
        QVERIFY(mock()->isRunning());
        QVERIFY(run->isChecked());
        QVERIFY(run->text().contains(u"Stop"_s));
        QVERIFY(!mock()->portBox()->isEnabled());
        const QString url = mock()->url().toString();
        QVERIFY2(url.startsWith(u"http://127.0.0.1:"_s), qPrintable(url));
        QVERIFY(mock()->statusLabel()->text().contains(url));
        QCOMPARE(tester()->controls().url->text(), url + u"/items"_s);
        QCOMPARE(tester()->controls().origin->currentText(), u"http://localhost:3000"_s);

        // The configuration's origin is allowed: the Lambda example echoes it.
        fetch::FlowResult result = runCheck();
        QVERIFY2(result.allowed, result.error ? qPrintable(result.error->message) : "");
        QTRY_VERIFY(mock()->log()->toPlainText().contains(
            u"GET /items origin=http://localhost:3000 → 200"_s));

        // An edit reaches the running mock at once: the page's origin is no longer allowed.
        edit([](CorsConfig &c) { c.allowOrigins = {u"https://app.example.com"_s}; },
             Field::AllowOrigins);
        tester()->controls().origin->setEditText(u"http://localhost:3000"_s);
        result = runCheck();
        QVERIFY(!result.allowed);
        QVERIFY(result.error.has_value());

        // A PUT needs the preflight; the MOCK integration answers it.
        tester()->controls().origin->setEditText(u"https://app.example.com"_s);
        tester()->controls().method->setEditText(u"PUT"_s);
        edit([](CorsConfig &c) { c.allowMethods.append(u"PUT"_s); }, Field::AllowMethods);
        result = runCheck();
        QVERIFY2(result.allowed, result.error ? qPrintable(result.error->message) : "");
        QTRY_VERIFY(mock()->log()->toPlainText().contains(u"OPTIONS /items"_s));

        m_window->resize(1280, 900);
        QTest::qWait(50);
        QVERIFY(
            saveScreenshot(*m_window, u"mock"_s, {mock()->log(), tester()->controls().verdict}));

        run->trigger();
        QVERIFY(!mock()->isRunning());
        QVERIFY(mock()->portBox()->isEnabled());
    }

    // A request to a path no route serves: API Gateway's 403 Missing Authentication Token, which
    // the tester explains as a wrong path and the project's routes confirm.
    void wrongPathIsExplainedByTheRoutes()
    {
        edit(
            [](CorsConfig &c) {
                c.allowMethods = {u"GET"_s, u"PUT"_s, u"OPTIONS"_s};
                c.routes = {Route{u"/items"_s, {u"GET"_s, u"PUT"_s}, false}};
            },
            Field::Routes);
        mock()->runAction()->trigger();
        QVERIFY(mock()->isRunning());
        tester()->controls().url->setText(mock()->url().toString() + u"/orders"_s);
        tester()->controls().method->setEditText(u"PUT"_s);
        const fetch::FlowResult result = runCheck();
        QVERIFY(!result.allowed);
        QVERIFY(result.error->fix.contains(u"no resource of the API matches this path"_s));
        const QString details = tester()->controls().details->toPlainText();
        QVERIFY2(details.contains(u"No route of this project serves /orders"_s),
                 qPrintable(details));
        QTRY_VERIFY(mock()->log()->toPlainText().contains(u"OPTIONS /orders"_s));
        QVERIFY(mock()->log()->toPlainText().contains(u"→ 403 [no route]"_s));

        // The right path reaches the route, and the preflight allows PUT.
        tester()->controls().url->setText(mock()->url().toString() + u"/items"_s);
        QVERIFY(runCheck().allowed);
        mock()->runAction()->trigger();
    }

    void keepsTheLastValidConfiguration()
    {
        mock()->runAction()->trigger();
        QVERIFY(mock()->isRunning());
        // An origin with a path cannot be deployed (browsers never send one).
        edit([](CorsConfig &c) { c.allowOrigins.append(u"https://b.example.com/app"_s); },
             Field::AllowOrigins);
        QVERIFY(mock()->isRunning());
        QVERIFY(mock()->statusLabel()->text().contains(u"last valid"_s));
        tester()->pointAt(mock()->url());
        const fetch::FlowResult result = runCheck();
        QVERIFY(result.allowed); // still answering for http://localhost:3000
        m_window->document()->undoStack()->undo();
        QVERIFY(!mock()->statusLabel()->text().contains(u"last valid"_s));
    }

    void refusesAnInvalidConfiguration()
    {
        edit([](CorsConfig &c) { c.allowOrigins = {u"https://a.example.com/"_s}; },
             Field::AllowOrigins);
        mock()->runAction()->trigger();
        QVERIFY(!mock()->isRunning());
        QVERIFY(!mock()->runAction()->isChecked());
        QVERIFY(mock()->statusLabel()->text().contains(u"errors"_s));
    }

    void explainsABusyPort()
    {
        QTcpServer busy;
        QVERIFY(busy.listen(QHostAddress::LocalHost, 0));
        mock()->portBox()->setValue(busy.serverPort());
        mock()->runAction()->trigger();
        QVERIFY(!mock()->isRunning());
        QVERIFY(!mock()->runAction()->isChecked());
        QVERIFY2(mock()->statusLabel()->text().contains(QString::number(busy.serverPort())),
                 qPrintable(mock()->statusLabel()->text()));
        QCOMPARE(m_settings->mockPort.get(), int(busy.serverPort())); // remembered
    }

    void keepsThePathTyped()
    {
        tester()->controls().url->setText(u"https://abc.execute-api.eu-west-1.amazonaws.com/prod/"
                                          u"users?id=7"_s);
        mock()->runAction()->trigger();
        QVERIFY(mock()->isRunning());
        QCOMPARE(tester()->controls().url->text(),
                 mock()->url().toString() + u"/prod/users?id=7"_s);
    }
};

QTEST_MAIN(TestGuiMock)
#include "tst_gui_mock.moc"
