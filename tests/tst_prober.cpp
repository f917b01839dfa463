// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The prober on the wire, against servers on 127.0.0.1 that the test starts: what it sends,
// and that every network failure ends in a clear verdict instead of a hang.
#include "probe/prober.h"
#include "support/scriptedserver.h"
#include "support/selfsigned.h"

#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cors;

namespace {

fetch::FetchInit initFor(const QByteArray &origin, const QByteArray &method = "GET")
{
    fetch::FetchInit init;
    init.url = QUrl(QString::fromLatin1(origin) + u"/items"_s);
    init.origin = "https://app.example.com";
    init.method = method;
    return init;
}

QString errorKey(const fetch::FlowResult &result)
{
    return result.error ? fetch::corsErrorKey(result.error->code) : QString();
}

} // namespace

class TestProber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendsWhatABrowserSends()
    {
        ScriptedServer server([](const ReceivedRequest &request) -> QByteArray {
            if (request.method == "OPTIONS") {
                return "204\nAccess-Control-Allow-Origin: https://app.example.com\n"
                       "Access-Control-Allow-Methods: patch\n"
                       "Access-Control-Allow-Headers: content-type, x-api-key\n"
                       "Set-Cookie: session=1";
            }
            return "200\nAccess-Control-Allow-Origin: https://app.example.com\n\n{}";
        });
        QVERIFY(server.listen());
        fetch::FetchInit init = initFor(server.origin(), "patch");
        init.headers = {{"Content-Type", "application/json"}, {"X-Api-Key", "k"}};
        init.body = "{\"a\":1}"_ba;
        init.credentials = true;
        const fetch::FlowResult result = probe::Prober().run(init);
        QVERIFY(!result.allowed); // no Access-Control-Allow-Credentials
        QCOMPARE(errorKey(result), u"PreflightInvalidAllowCredentials"_s);
        QCOMPARE(server.received().size(), 1);

        server.clearReceived();
        init.credentials = false;
        const fetch::FlowResult allowed = probe::Prober().run(init);
        QVERIFY2(allowed.allowed, qPrintable(errorKey(allowed)));
        QCOMPARE(server.received().size(), 2);
        const ReceivedRequest &preflight = server.received().at(0);
        QCOMPARE(preflight.method, "OPTIONS"_ba);
        QCOMPARE(preflight.target, "/items"_ba);
        QCOMPARE(preflight.header("Access-Control-Request-Method"), "patch"_ba);
        QCOMPARE(preflight.header("Access-Control-Request-Headers"), "content-type,x-api-key"_ba);
        QCOMPARE(preflight.header("Origin"), "https://app.example.com"_ba);
        QCOMPARE(preflight.header("Accept"), "*/*"_ba);
        QVERIFY(!preflight.hasHeader("Cookie"));
        QVERIFY(!preflight.hasHeader("Authorization"));
        QVERIFY(!preflight.hasHeader("Content-Length"));
        QVERIFY(preflight.body.isEmpty());
        const ReceivedRequest &actual = server.received().at(1);
        QCOMPARE(actual.method, "patch"_ba); // verbatim, not upper-cased
        QCOMPARE(actual.header("X-Api-Key"), "k"_ba);
        QCOMPARE(actual.header("Content-Type"), "application/json"_ba);
        QVERIFY(!actual.hasHeader("Cookie")); // the preflight's Set-Cookie was not stored
        QCOMPARE(actual.body, "{\"a\":1}"_ba);
        QVERIFY(allowed.step(fetch::StepKind::ServerPreflightResponse).messages.first().elapsedMs >=
                0);
    }

    void redirectsAreFollowedHopByHop()
    {
        ScriptedServer server([](const ReceivedRequest &request) -> QByteArray {
            if (request.target == "/items") {
                return "302\nLocation: /moved\nAccess-Control-Allow-Origin: *";
            }
            return "200\nAccess-Control-Allow-Origin: *";
        });
        QVERIFY(server.listen());
        const fetch::FlowResult result = probe::Prober().run(initFor(server.origin()));
        QVERIFY(result.allowed);
        QCOMPARE(result.redirects, 1);
        QCOMPARE(server.received().size(), 2);
        QCOMPARE(server.received().at(1).target, "/moved"_ba);
    }

    void connectionRefused()
    {
        QTcpServer placeholder;
        QVERIFY(placeholder.listen(QHostAddress::LocalHost, 0));
        const quint16 port = placeholder.serverPort();
        placeholder.close(); // nothing listens there any more
        const fetch::FlowResult result =
            probe::Prober().run(initFor("http://127.0.0.1:" + QByteArray::number(port)));
        QCOMPARE(errorKey(result), u"ConnectionRefused"_s);
        QVERIFY(fetch::isNoResponse(result.error->code));
        QCOMPARE(result.step(fetch::StepKind::ServerActualResponse).state,
                 fetch::StepState::Failed);
    }

    void silentServerTimesOut()
    {
        QTcpServer silent; // accepts, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        probe::ProbeOptions options;
        options.timeout = std::chrono::milliseconds(300);
        const fetch::FlowResult result = probe::Prober().run(
            initFor("http://127.0.0.1:" + QByteArray::number(silent.serverPort()), "PUT"), options);
        QCOMPARE(errorKey(result), u"Timeout"_s);
        QCOMPARE(result.step(fetch::StepKind::ServerPreflightResponse).state,
                 fetch::StepState::Failed);
        QVERIFY(result.error->message.contains(u"0.3 s"_s));
    }

    void oversizedHeadersAreRefused()
    {
        ScriptedServer server([](const ReceivedRequest &) -> QByteArray {
            QByteArray script = "200\nAccess-Control-Allow-Origin: *";
            for (int i = 0; i < 40; ++i) {
                script += "\nX-Filler-" + QByteArray::number(i) + ": " + QByteArray(8000, 'x');
            }
            return script;
        });
        QVERIFY(server.listen());
        const fetch::FlowResult result = probe::Prober().run(initFor(server.origin()));
        QCOMPARE(errorKey(result), u"HeadersTooLarge"_s);
        QVERIFY(!fetch::isNoResponse(result.error->code));
    }

    void tlsErrorsAreReportedNotIgnored()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const SelfSignedCertificate tls = makeSelfSignedCertificate(dir.path());
        QVERIFY2(tls.ok(), "openssl is needed to make a self-signed certificate");
        QFile keyFile(tls.key);
        QFile certFile(tls.certificate);
        QVERIFY(keyFile.open(QIODevice::ReadOnly) && certFile.open(QIODevice::ReadOnly));
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        configuration.setLocalCertificate(QSslCertificate(certFile.readAll()));

        QSslServer server;
        server.setSslConfiguration(configuration);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QTcpServer::pendingConnectionAvailable, &server, [&server]() {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket]() {
                    socket->readAll();
                    socket->write(ScriptedServer::responseBytes("200\nAccess-Control-Allow-"
                                                                "Origin: *"));
                    socket->disconnectFromHost();
                });
            }
        });
        const QByteArray origin = "https://127.0.0.1:" + QByteArray::number(server.serverPort());

        const fetch::FlowResult refused = probe::Prober().run(initFor(origin));
        QCOMPARE(errorKey(refused), u"TlsError"_s);
        QVERIFY(fetch::isNoResponse(refused.error->code));
        QVERIFY(refused.error->fix.contains(u"--insecure"_s));

        probe::ProbeOptions insecure;
        insecure.ignoreTlsErrors = true;
        probe::Prober prober;
        const fetch::FlowResult accepted = prober.run(initFor(origin), insecure);
        QVERIFY2(accepted.allowed, qPrintable(errorKey(accepted)));
        QVERIFY(!prober.ignoredTlsErrors().isEmpty()); // for the visible warning
    }

    void throughAnHttpProxy()
    {
        // An intercepting proxy gets http:// requests in absolute form (RFC 9112 §3.2.2) and
        // answers for a host that need not even resolve.
        ScriptedServer proxy([](const ReceivedRequest &) -> QByteArray {
            return "200\nAccess-Control-Allow-Origin: *";
        });
        QVERIFY(proxy.listen());
        probe::ProbeOptions options;
        options.proxy = QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, proxy.port());
        const fetch::FlowResult result =
            probe::Prober().run(initFor("http://api.corscfg-probe.invalid:8080"), options);
        QVERIFY2(result.allowed, qPrintable(errorKey(result)));
        QCOMPARE(proxy.received().size(), 1);
        QCOMPARE(proxy.received().at(0).target, "http://api.corscfg-probe.invalid:8080/items"_ba);
        QCOMPARE(proxy.received().at(0).header("Host"), "api.corscfg-probe.invalid:8080"_ba);
    }

    void typeErrorStillFinishes()
    {
        fetch::FetchInit init = initFor("http://127.0.0.1:1", "TRACE");
        const fetch::FlowResult result = probe::Prober().run(init);
        QCOMPARE(errorKey(result), u"ForbiddenMethod"_s);
        QVERIFY(!result.preflightSent);
        QVERIFY(!result.actualSent);
    }

    void abortStopsWithoutFinished()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        probe::Prober prober;
        bool finished = false;
        connect(&prober, &probe::Prober::finished, this, [&finished]() { finished = true; });
        prober.start(initFor("http://127.0.0.1:" + QByteArray::number(silent.serverPort())));
        QTRY_VERIFY(silent.hasPendingConnections() || prober.isRunning());
        prober.abort();
        QVERIFY(!prober.isRunning());
        QTest::qWait(50);
        QVERIFY(!finished);
    }
};

QTEST_GUILESS_MAIN(TestProber)
#include "tst_prober.moc"
