// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The tester tab offscreen against a loopback server the test starts: the step states for an
// allowed and a blocked request, input errors, cancel, history, Copy as curl. Saves a
// screenshot.

#include "fetch/curlcommand.h"
#include "gui/checkhistory.h"
#include "gui/flowdiagram.h"
#include "gui/settings.h"
#include "gui/testerpanel.h"
#include "gui/verdictbar.h"
#include "gui/verdictcolours.h"
#include "support/misconfiguredserver.h"
#include "support/screenshot.h"
#include "support/scriptedserver.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace cors;
using fetch::StepKind;
using fetch::StepState;

Q_DECLARE_METATYPE(StepState)

class TestGuiTester : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<gui::Settings> m_settings;
    std::unique_ptr<gui::TesterPanel> m_panel;
    /// The server allows this origin only; PUT needs a preflight, which it answers for it.
    std::unique_ptr<ScriptedServer> m_server;
    bool m_hang = false;

    static const QByteArray allowedOrigin;

    QString url() const { return QString::fromLatin1(m_server->origin()) + u"/items"_s; }

    fetch::FlowResult runCheck()
    {
        QSignalSpy finished(m_panel.get(), &gui::TesterPanel::checkFinished);
        QTest::mouseClick(m_panel->controls().check, Qt::LeftButton);
        if (finished.isEmpty() && !finished.wait(15000)) {
            return {};
        }
        return finished.first().first().value<fetch::FlowResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<fetch::FlowResult>();
        m_server = std::make_unique<ScriptedServer>([this](const ReceivedRequest &request) {
            if (m_hang) {
                return QByteArray(); // never answers
            }
            const QByteArray origin = request.header("Origin");
            const bool allowed = origin == allowedOrigin;
            if (request.method == "OPTIONS") {
                return allowed ? "204\nAccess-Control-Allow-Origin: " + origin +
                                     "\nAccess-Control-Allow-Methods: GET,PUT"
                                     "\nAccess-Control-Allow-Headers: content-type\nVary: Origin\n"
                               : QByteArray("403\nx-amzn-ErrorType: ForbiddenException\n");
            }
            if (allowed && request.target.startsWith("/secret")) {
                // An authorizer's 401, sent with CORS headers (a gateway response).
                return QByteArray("401\nAccess-Control-Allow-Origin: " + origin +
                                  "\nVary: Origin\nContent-Type: application/json\n\n{}");
            }
            return allowed ? "200\nAccess-Control-Allow-Origin: " + origin +
                                 "\nVary: Origin\nContent-Type: application/json\n\n{}"
                           : QByteArray("200\nContent-Type: application/json\n\n{}");
        });
        QVERIFY(m_server->listen());
    }

    void init()
    {
        m_settings = std::make_unique<gui::Settings>(m_dir.filePath(u"settings.ini"_s));
        m_panel = std::make_unique<gui::TesterPanel>(m_settings.get());
        m_panel->resize(1100, 760);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        m_server->clearReceived();
        m_hang = false;
    }

    void cleanup() { m_panel.reset(); }

    void stepStates_data()
    {
        QTest::addColumn<QString>("origin");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("headers");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QList<StepState>>("states");
        QTest::addColumn<QString>("error");

        const QString good = QString::fromLatin1(allowedOrigin);
        QTest::addRow("simple GET, allowed")
            << good << u"GET"_s << QString() << true
            << QList<StepState>{StepState::Passed, StepState::NotNeeded, StepState::NotNeeded,
                                StepState::Passed, StepState::Passed,    StepState::Passed}
            << QString();
        QTest::addRow("preflighted PUT, allowed")
            << good << u"PUT"_s << u"Content-Type: application/json"_s << true
            << QList<StepState>{StepState::Passed, StepState::Passed, StepState::Passed,
                                StepState::Passed, StepState::Passed, StepState::Passed}
            << QString();
        QTest::addRow("simple GET, other origin: blocked at the response")
            << u"https://evil.example"_s << u"GET"_s << QString() << false
            << QList<StepState>{StepState::Passed, StepState::NotNeeded, StepState::NotNeeded,
                                StepState::Passed, StepState::Failed,    StepState::Failed}
            << u"MissingAllowOriginHeader"_s;
        QTest::addRow("preflighted PUT, other origin: preflight fails")
            << u"https://evil.example"_s << u"PUT"_s << u"Content-Type: application/json"_s << false
            << QList<StepState>{StepState::Passed,  StepState::Passed,  StepState::Failed,
                                StepState::Skipped, StepState::Skipped, StepState::Failed}
            << u"PreflightMissingAllowOriginHeader"_s;
    }

    void stepStates()
    {
        QFETCH(QString, origin);
        QFETCH(QString, method);
        QFETCH(QString, headers);
        QFETCH(bool, allowed);
        QFETCH(QList<StepState>, states);
        QFETCH(QString, error);

        m_panel->controls().url->setText(url());
        m_panel->controls().origin->setCurrentText(origin);
        m_panel->controls().method->setCurrentText(method);
        m_panel->controls().headers->setPlainText(headers);
        const fetch::FlowResult result = runCheck();
        QCOMPARE(result.allowed, allowed);
        QVERIFY(m_panel->result().has_value());
        for (int step = 0; step < fetch::stepCount; ++step) {
            QCOMPARE(m_panel->result()->steps[std::size_t(step)].state, states[step]);
        }
        if (!error.isEmpty()) {
            QVERIFY(result.error);
            QCOMPARE(fetch::corsErrorKey(result.error->code), error);
            QVERIFY(m_panel->controls().verdict->label()->text().contains(error));
            // The failed step is selected and its reason and fix are shown.
            // (step 6 fails too: the script gets a TypeError)
            const int failed = int(states.indexOf(StepState::Failed));
            QCOMPARE(m_panel->controls().diagram->selectedStep(), failed);
            QVERIFY(m_panel->controls().details->toPlainText().contains(u"Fix:"_s));
        } else {
            QVERIFY(m_panel->controls().verdict->label()->text().contains(u"Allowed"_s));
        }
        QCOMPARE(m_panel->history().rowCount(), 1);
        QVERIFY(m_panel->controls().check->isEnabled());
        QVERIFY(!m_panel->controls().cancel->isEnabled());
    }

    void selectingAStepShowsItsHeaders()
    {
        m_panel->controls().url->setText(url());
        m_panel->controls().origin->setCurrentText(QString::fromLatin1(allowedOrigin));
        m_panel->controls().method->setCurrentText(u"PUT"_s);
        m_panel->controls().headers->setPlainText(u"Content-Type: application/json"_s);
        QVERIFY(runCheck().allowed);
        m_panel->controls().diagram->setFocus();
        m_panel->controls().diagram->setSelectedStep(0);
        QTest::keyClick(m_panel->controls().diagram, Qt::Key_Down); // step 2: the preflight
        QCOMPARE(m_panel->controls().diagram->selectedStep(), 1);
        const QString details = m_panel->controls().details->toPlainText();
        QVERIFY2(details.contains(u"> OPTIONS /items"_s), qPrintable(details));
        QVERIFY(details.contains(u"> Access-Control-Request-Method: PUT"_s));
        QVERIFY(details.contains(u"> Access-Control-Request-Headers: content-type"_s));
        QTest::keyClick(m_panel->controls().diagram, Qt::Key_Down); // step 3: its response
        QVERIFY(m_panel->controls().details->toPlainText().contains(
            u"< Access-Control-Allow-Methods: GET,PUT"_s));
    }

    void copyAsCurlReproducesTheRequests()
    {
        m_panel->controls().url->setText(url());
        m_panel->controls().origin->setCurrentText(QString::fromLatin1(allowedOrigin));
        m_panel->controls().method->setCurrentText(u"PUT"_s);
        m_panel->controls().headers->setPlainText(u"Content-Type: application/json"_s);
        QVERIFY(runCheck().allowed);
        m_panel->copyAsCurl();
        const QStringList lines = QApplication::clipboard()->text().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith(u"curl -i -X 'OPTIONS'"_s));
        QVERIFY(lines[0].contains(u"-H 'Access-Control-Request-Method: PUT'"_s));
        QVERIFY(lines[1].startsWith(u"curl -i -X 'PUT'"_s));
        QVERIFY(lines[1].contains(u"-H 'Origin: "_s + QString::fromLatin1(allowedOrigin) + u'\''));
        QVERIFY(lines[1].endsWith(u'\'' + url() + u'\''));
        QCOMPARE(fetch::shellQuote(u"it's"_s), u"'it'\\''s'"_s);
    }

    void inputErrorsNameTheField()
    {
        m_panel->controls().url->setText(u"not a url"_s);
        m_panel->controls().origin->setCurrentText(u"https://app.example.com/"_s);
        QTest::mouseClick(m_panel->controls().check, Qt::LeftButton);
        QVERIFY(!m_panel->isRunning());
        const QList<QLabel *> labels = m_panel->findChildren<QLabel *>();
        QString shown;
        for (const QLabel *label : labels) {
            if (label->isVisible()) {
                shown += label->text() + u'\n';
            }
        }
        QVERIFY2(shown.contains(u"URL:"_s) && shown.contains(u"'not a url'"_s), qPrintable(shown));
        QVERIFY(shown.contains(u"use 'https://app.example.com'"_s));
        QCOMPARE(QApplication::focusWidget(), m_panel->controls().url);
        QVERIFY(m_server->received().isEmpty());
    }

    void cancelStopsARunningCheck()
    {
        m_hang = true;
        m_panel->controls().url->setText(url());
        m_panel->controls().origin->setCurrentText(QString::fromLatin1(allowedOrigin));
        m_panel->controls().method->setCurrentText(u"GET"_s);
        QSignalSpy finished(m_panel.get(), &gui::TesterPanel::checkFinished);
        QTest::mouseClick(m_panel->controls().check, Qt::LeftButton);
        QVERIFY(m_panel->isRunning());
        QVERIFY(m_panel->controls().cancel->isEnabled());
        QVERIFY(!m_panel->controls().check->isEnabled());
        QTest::mouseClick(m_panel->controls().cancel, Qt::LeftButton);
        QVERIFY(!m_panel->isRunning());
        QVERIFY(m_panel->controls().check->isEnabled());
        QTest::qWait(100);
        QVERIFY(finished.isEmpty());
    }

    void historyRestoresAnEarlierCheck()
    {
        m_panel->controls().url->setText(url());
        m_panel->controls().origin->setCurrentText(QString::fromLatin1(allowedOrigin));
        m_panel->controls().method->setCurrentText(u"GET"_s);
        QVERIFY(runCheck().allowed);
        m_panel->controls().origin->setCurrentText(u"https://evil.example"_s);
        QVERIFY(!runCheck().allowed);
        QCOMPARE(m_panel->history().rowCount(), 2);
        QVERIFY(m_panel->history().index(0).data().toString().contains(u"blocked"_s));
        m_panel->controls().history->setCurrentIndex(m_panel->history().index(1));
        QVERIFY(m_panel->result()->allowed);
        QCOMPARE(m_panel->controls().origin->currentText(), QString::fromLatin1(allowedOrigin));
    }

    void screenshotCheckSeesAnEmptyPart()
    {
        // The screenshot check itself: a blank part, or one outside the picture, fails it.
        QWidget window;
        window.resize(200, 100);
        auto *blank = new QWidget(&window);
        blank->setGeometry(10, 10, 80, 40);
        auto *label =
            new QLabel(u"Allowed: the browser lets the page read the response."_s, &window);
        label->setGeometry(10, 60, 180, 30);
        QVERIFY(saveScreenshot(window, u"near-miss"_s, {label}));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"shows nothing"_s));
        QVERIFY(!saveScreenshot(window, u"near-miss"_s, {blank}));
        label->move(250, 150);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"outside the picture"_s));
        QVERIFY(!saveScreenshot(window, u"near-miss"_s, {label}));
    }

    void historyKeepsTheNewestChecks()
    {
        gui::CheckHistory history;
        for (int i = 0; i <= gui::CheckHistory::capacity; ++i) {
            probe::CheckInput input;
            input.url = u"https://api.example.com/%1"_s.arg(i);
            history.prepend({QDateTime::currentDateTime(), input, {}, {}, u"allowed"_s});
        }
        QCOMPARE(history.rowCount(), gui::CheckHistory::capacity);
        QVERIFY(history.index(0).data().toString().contains(
            u"/%1 "_s.arg(gui::CheckHistory::capacity)));
        QVERIFY(history.index(history.rowCount() - 1).data().toString().contains(u"/1 "_s));
        QCOMPARE(history.index(0).data(Qt::ToolTipRole), history.index(0).data());
    }

    void configuredOriginsAreOffered()
    {
        m_panel->controls().origin->setCurrentText(QString());
        CorsConfig config;
        config.allowOrigins = {u"*"_s, u"https://a.example.com"_s, u"https://*.x.com"_s};
        m_panel->setProjectConfig(config);
        QCOMPARE(m_panel->controls().origin->count(), 1);
        QCOMPARE(m_panel->controls().origin->currentText(), u"https://a.example.com"_s);
    }

    void screenshot()
    {
        m_panel->controls().url->setText(url());
        m_panel->controls().origin->setCurrentText(u"https://evil.example"_s);
        m_panel->controls().method->setCurrentText(u"PUT"_s);
        m_panel->controls().headers->setPlainText(u"Content-Type: application/json"_s);
        QVERIFY(!runCheck().allowed);
        QTest::qWait(50);
        QVERIFY(saveScreenshot(*m_panel, u"tester"_s,
                               {m_panel->controls().diagram, m_panel->controls().verdict,
                                m_panel->controls().details}));
    }

    // #21: a 401 the authorizer sent with CORS headers is not "Allowed": CORS passed, the API
    // refused, in amber. An origin the project does not list is blocked as configured, with no
    // fix that adds it; a header the project lacks is one click away.
    void verdictTellsCorsFromTheApi()
    {
        CorsConfig project;
        project.allowOrigins = {QString::fromLatin1(allowedOrigin)};
        project.allowMethods = {u"GET"_s, u"PUT"_s, u"OPTIONS"_s};
        project.allowHeaders = {u"Content-Type"_s};
        m_panel->setProjectConfig(project);
        QCOMPARE(m_panel->controls().origin->currentText(), QString::fromLatin1(allowedOrigin));
        QList<advisor::QuickFix> applied;
        m_panel->setApplyFix([&applied](const advisor::QuickFix &fix) { applied.append(fix); });

        m_panel->controls().url->setText(QString::fromLatin1(m_server->origin()) + u"/secret"_s);
        QVERIFY(runCheck().allowed);
        const QString refused = m_panel->controls().verdict->label()->text();
        QVERIFY2(refused.contains(u"CORS passed — the API answered 401"_s), qPrintable(refused));
        QVERIFY(refused.contains(gui::cautionColour(m_panel->palette()).name()));
        QVERIFY(!refused.contains(u"Allowed"_s));

        m_panel->controls().url->setText(url());
        m_panel->controls().origin->setCurrentText(u"https://evil.example.com"_s);
        QVERIFY(!runCheck().allowed);
        const QString configured = m_panel->controls().verdict->label()->text();
        QVERIFY2(configured.contains(u"Blocked as configured"_s), qPrintable(configured));
        // The failed step does not suggest allowing that origin either.
        const QString step = m_panel->controls().details->toPlainText();
        QVERIFY2(step.contains(u"Nothing to fix if that page must not call the API"_s),
                 qPrintable(step));
        QVERIFY(!step.contains(u"Return Access-Control-Allow-Origin: https://evil"_s));
        QVERIFY(m_panel->controls().verdict->fixButtons().isEmpty());

        m_panel->controls().origin->setCurrentText(QString::fromLatin1(allowedOrigin));
        m_panel->controls().method->setCurrentText(u"PUT"_s);
        m_panel->controls().headers->setPlainText(u"X-Trace-Id: 1"_s);
        QVERIFY(!runCheck().allowed);
        QCOMPARE(m_panel->controls().verdict->fixButtons().size(), 1);
        QVERIFY(
            m_panel->controls().details->toHtml().contains(u"fix:0"_s)); // in the failed step too
        QTest::mouseClick(m_panel->controls().verdict->fixButtons().first(), Qt::LeftButton);
        QCOMPARE(applied.size(), 1);
        QVERIFY(applied.first().config.allowHeaders.contains(u"X-Trace-Id"_s));

        // The page origin follows the project's first origin until the user types another.
        project.allowOrigins = {u"https://new.example.com"_s};
        m_panel->setProjectConfig(project);
        QCOMPARE(m_panel->controls().origin->currentText(), u"https://new.example.com"_s);
        m_panel->controls().origin->setCurrentText(u"https://typed.example.com"_s);
        project.allowOrigins = {u"https://third.example.com"_s};
        m_panel->setProjectConfig(project);
        QCOMPARE(m_panel->controls().origin->currentText(), u"https://typed.example.com"_s);
    }

    void scanShowsFindings()
    {
        MisconfiguredServer api;
        QVERIFY(api.listen());
        const auto scan = [this](const QString &url) {
            m_panel->controls().url->setText(url);
            QSignalSpy finished(m_panel.get(), &gui::TesterPanel::scanFinished);
            QTest::mouseClick(m_panel->controls().scan, Qt::LeftButton);
            QVERIFY(m_panel->isRunning());
            QVERIFY(!m_panel->controls().check->isEnabled());
            QVERIFY(finished.wait(15000));
        };
        m_panel->controls().origin->setCurrentText(
            QString::fromLatin1(MisconfiguredServer::frontend));
        m_panel->controls().headers->setPlainText(u"X-Api-Key: k"_s);

        scan(api.url(u"reflect-credentials"_s));
        QVERIFY2(m_panel->controls().verdict->label()->text().contains(u"Findings: 2"_s),
                 qPrintable(m_panel->controls().verdict->label()->text()));
        // The findings are a table in place of the diagram, which no longer shows a check.
        QVERIFY(m_panel->showsScanTable());
        QVERIFY(!m_panel->result().has_value());
        QTableWidget *table = m_panel->controls().scanTable;
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->columnCount(), 6);
        QCOMPARE(table->item(0, 0)->text(), u"High"_s);
        QCOMPARE(table->item(0, 1)->text(), u"reflected-origin"_s);
        QVERIFY(!table->item(0, 2)->text().isEmpty());       // probe origin
        QVERIFY(table->item(0, 3)->text().startsWith(u'2')); // status
        QVERIFY(table->item(0, 4)->text().contains(u"Access-Control-Allow-Credentials: true"_s));
        QVERIFY(!table->item(0, 5)->text().isEmpty()); // fix
        QVERIFY(saveScreenshot(*m_panel, u"scan"_s,
                               {m_panel->controls().scanTable, m_panel->controls().verdict}));

        scan(api.url(u"clean"_s));
        QVERIFY(
            m_panel->controls().verdict->label()->text().contains(u"No misconfiguration found"_s));
        QVERIFY(!m_panel->showsScanTable());

        m_panel->controls().origin->setCurrentText(u"https://app.example.com/"_s);
        QTest::mouseClick(m_panel->controls().scan, Qt::LeftButton);
        QVERIFY(!m_panel->isRunning()); // the origin is refused before anything is sent
    }
};

const QByteArray TestGuiTester::allowedOrigin = "https://app.example.com";

QTEST_MAIN(TestGuiTester)
#include "tst_gui_tester.moc"
