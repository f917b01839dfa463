// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `corscfg check` as scripts use it: exit codes, the JSON contract and the readable steps,
// against a server on 127.0.0.1 that the test runs.
#include "support/processrun.h"
#include "support/scriptedserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = ProcessRun;

Run corscfg(const QStringList &arguments)
{
    return runProcess(QStringLiteral(CORSCFG_PATH), arguments);
}

} // namespace

class TestCliCheck : public QObject
{
    Q_OBJECT

public:
    TestCliCheck()
        : m_server([](const ReceivedRequest &request) -> QByteArray {
            const QByteArray origin = request.header("Origin");
            if (request.target == "/open") {
                if (request.method == "OPTIONS") {
                    return "204\nAccess-Control-Allow-Origin: " + origin +
                           "\nAccess-Control-Allow-Methods: GET,PUT,patch\n"
                           "Access-Control-Allow-Headers: content-type,x-api-key\n"
                           "Access-Control-Max-Age: 600";
                }
                return "200\nAccess-Control-Allow-Origin: " + origin +
                       "\nX-Request-Id: 42\nAccess-Control-Expose-Headers: X-Request-Id";
            }
            if (request.target == "/authorizer" && request.method == "OPTIONS") {
                return "403\nx-amzn-ErrorType: MissingAuthenticationTokenException";
            }
            return "200\nContent-Type: application/json";
        })
    {}

private:
    QString url(const char *path) const
    {
        return QString::fromLatin1(m_server.origin()) + QString::fromLatin1(path);
    }

    ScriptedServer m_server;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.listen()); }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        const QString origin = u"https://app.example.com"_s;
        QTest::newRow("allowed simple") << QStringList{url("/open"), u"--origin"_s, origin} << 0;
        QTest::newRow("allowed preflighted") << QStringList{url("/open"),
                                                            u"--origin"_s,
                                                            origin,
                                                            u"--method"_s,
                                                            u"patch"_s,
                                                            u"--header"_s,
                                                            u"Content-Type: application/json"_s,
                                                            u"--data"_s,
                                                            u"{}"_s}
                                             << 0;
        QTest::newRow("blocked: header not allowed")
            << QStringList{url("/open"), u"--origin"_s, origin, u"--header"_s, u"X-Other: 1"_s}
            << 1;
        QTest::newRow("blocked: no ACAO") << QStringList{url("/plain"), u"--origin"_s, origin} << 1;
        QTest::newRow("blocked: authorizer")
            << QStringList{url("/authorizer"), u"--origin"_s, origin, u"--method"_s, u"PUT"_s} << 1;
        QTest::newRow("blocked: TypeError")
            << QStringList{url("/open"), u"--origin"_s, origin, u"--method"_s, u"TRACE"_s} << 1;
        QTest::newRow("no URL") << QStringList{u"--origin"_s, origin} << 2;
        QTest::newRow("two URLs") << QStringList{url("/a"), url("/b"), u"--origin"_s, origin} << 2;
        QTest::newRow("no origin") << QStringList{url("/open")} << 2;
        QTest::newRow("origin with slash")
            << QStringList{url("/open"), u"--origin"_s, u"https://app.example.com/"_s} << 2;
        QTest::newRow("origin not an origin")
            << QStringList{url("/open"), u"--origin"_s, u"app"_s} << 2;
        QTest::newRow("bad header")
            << QStringList{url("/open"), u"--origin"_s, origin, u"--header"_s, u"NoColon"_s} << 2;
        QTest::newRow("bad browser")
            << QStringList{url("/open"), u"--origin"_s, origin, u"--browser"_s, u"opera"_s} << 2;
        QTest::newRow("bad timeout")
            << QStringList{url("/open"), u"--origin"_s, origin, u"--timeout"_s, u"0"_s} << 2;
        QTest::newRow("ftp URL") << QStringList{u"ftp://example.com/"_s, u"--origin"_s, origin}
                                 << 2;
        QTest::newRow("unknown option")
            << QStringList{url("/open"), u"--origin"_s, origin, u"--frobnicate"_s} << 2;
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const Run run = corscfg(QStringList{u"check"_s} + arguments);
        QVERIFY2(run.exitCode == exitCode,
                 qPrintable(u"exit %1\n%2%3"_s.arg(run.exitCode).arg(run.out, run.err)));
        if (exitCode == 2) {
            QVERIFY(run.err.startsWith(u"corscfg check: "_s));
            QVERIFY(run.out.isEmpty());
        }
    }

    void noResponseExitsWithThree()
    {
        QTcpServer placeholder;
        QVERIFY(placeholder.listen(QHostAddress::LocalHost, 0));
        const QString dead = u"http://127.0.0.1:%1/x"_s.arg(placeholder.serverPort());
        placeholder.close();
        const Run run =
            corscfg({u"check"_s, dead, u"--origin"_s, u"https://a.example"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 3);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json[u"error"_s][u"code"_s].toString(), u"ConnectionRefused"_s);
    }

    void timeoutExitsWithThree()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        const Run run = corscfg({u"check"_s, u"http://127.0.0.1:%1/x"_s.arg(silent.serverPort()),
                                 u"--origin"_s, u"https://a.example"_s, u"--timeout"_s, u"0.3"_s});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.out.contains(u"Timeout"_s));
    }

    void jsonContract()
    {
        const Run run = corscfg(
            {u"check"_s, url("/open"), u"--origin"_s, u"https://app.example.com"_s, u"--method"_s,
             u"PUT"_s, u"--header"_s, u"X-Api-Key: k"_s, u"--browser"_s, u"webkit"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json[u"allowed"_s].toBool(), true);
        QCOMPARE(json[u"preflight"_s].toBool(), true);
        QVERIFY(json[u"error"_s].isNull());
        QCOMPARE(json[u"browser"_s].toString(), u"webkit"_s);
        QCOMPARE(json[u"preflightMaxAge"_s].toInt(), 600);
        QCOMPARE(json[u"exposedHeaders"_s][u"x-request-id"_s].toString(), u"42"_s);
        const QJsonArray steps = json[u"steps"_s].toArray();
        QCOMPARE(steps.size(), 6);
        const QStringList ids{u"client-initiates"_s,          u"browser-preflight"_s,
                              u"server-preflight-response"_s, u"browser-actual-request"_s,
                              u"server-actual-response"_s,    u"client-receives"_s};
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(steps[i][u"number"_s].toInt(), i + 1);
            QCOMPARE(steps[i][u"id"_s].toString(), ids[i]);
            QCOMPARE(steps[i][u"state"_s].toString(), u"passed"_s);
            QVERIFY(!steps[i][u"reason"_s].toString().isEmpty());
        }
        const QJsonArray preflightHeaders = steps[1][u"messages"_s][0][u"headers"_s].toArray();
        QVERIFY(preflightHeaders.contains(
            QJsonArray{u"Access-Control-Request-Headers"_s, u"x-api-key"_s}));
    }

    void jsonBlocked()
    {
        const Run run =
            corscfg({u"check"_s, url("/authorizer"), u"--origin"_s, u"https://app.example.com"_s,
                     u"--method"_s, u"DELETE"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json[u"allowed"_s].toBool(), false);
        QCOMPARE(json[u"preflight"_s].toBool(), true);
        const QJsonObject error = json[u"error"_s].toObject();
        QCOMPARE(error[u"code"_s].toString(), u"PreflightMissingAllowOriginHeader"_s);
        QVERIFY(error[u"message"_s].toString().contains(u"403"_s));
        QVERIFY(error[u"fix"_s].toString().contains(u"authorizer"_s));
        const QJsonArray steps = json[u"steps"_s].toArray();
        QCOMPARE(steps[2][u"state"_s].toString(), u"failed"_s);
        QCOMPARE(steps[3][u"state"_s].toString(), u"skipped"_s);
        QCOMPARE(steps[4][u"state"_s].toString(), u"skipped"_s);
        QCOMPARE(steps[5][u"state"_s].toString(), u"failed"_s);
    }

    void readableSteps()
    {
        const Run run =
            corscfg({u"check"_s, url("/plain"), u"--origin"_s, u"https://app.example.com"_s});
        QCOMPARE(run.exitCode, 1);
        for (const QString &title :
             {u"1. Client initiates"_s, u"2. Browser preflight"_s,
              u"3. Server preflight response"_s, u"4. Browser actual request"_s,
              u"5. Server actual response"_s, u"6. Client receives"_s}) {
            QVERIFY2(run.out.contains(title), qPrintable(title));
        }
        QVERIFY(run.out.contains(u"not needed"_s));
        QVERIFY(run.out.contains(u"> Origin: https://app.example.com"_s));
        QVERIFY(run.out.contains(u"blocked: MissingAllowOriginHeader"_s));
        QVERIFY(run.out.contains(u"fix: "_s));
    }

    void originErrorSuggestsTheFix()
    {
        const Run run =
            corscfg({u"check"_s, url("/open"), u"--origin"_s, u"HTTPS://App.Example.com:443/"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"'https://app.example.com'"_s), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliCheck)
#include "tst_cli_check.moc"
