// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The emulator's HTTP/1.1 server on 127.0.0.1, spoken to byte by byte: framing, keep-alive,
// pipelining, HEAD, custom verbs, and every malformed or oversized request it must refuse.
#include "emulator/emulator.h"
#include "support/headertext.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cors;

namespace {

struct Response
{
    int status = 0;
    fetch::HeaderList headers;
    QByteArray body;
};

/// Splits received bytes into complete responses (Content-Length framing; 204/304 and answers
/// to HEAD have no body). Stops at the first incomplete one.
QList<Response> parseResponses(QByteArray bytes, const QList<bool> &heads = {})
{
    QList<Response> responses;
    while (true) {
        const qsizetype headEnd = bytes.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            return responses;
        }
        const QList<QByteArray> lines = bytes.first(headEnd).split('\n');
        Response response;
        response.status = lines.value(0).split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            response.headers.append(line.first(colon), line.sliced(colon + 1).trimmed());
        }
        const bool head = heads.value(responses.size(), false);
        const qsizetype length =
            head ? 0 : response.headers.get("Content-Length").value_or("0").toLongLong();
        if (bytes.size() < headEnd + 4 + length) {
            return responses;
        }
        response.body = bytes.mid(headEnd + 4, length);
        bytes.remove(0, headEnd + 4 + length);
        responses.append(response);
    }
}

struct Exchange
{
    QByteArray received;
    bool closedByServer = false;
};

/// Sends `chunks` (one write each, with a pause between) and collects the answer until
/// `responses` complete responses arrived or the server closed the connection.
Exchange exchange(quint16 port, const QList<QByteArray> &chunks, int responses = 1,
                  const QList<bool> &heads = {})
{
    Exchange result;
    QTcpSocket socket;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                     [&]() { result.received += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &socket,
                     [&]() { result.closedByServer = true; });
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!QTest::qWaitFor([&]() { return socket.state() == QAbstractSocket::ConnectedState; },
                         5000)) {
        return result;
    }
    for (const QByteArray &chunk : chunks) {
        socket.write(chunk);
        QTest::qWait(20);
    }
    [[maybe_unused]] const bool complete = QTest::qWaitFor(
        [&]() {
            return result.closedByServer ||
                   parseResponses(result.received, heads).size() >= responses;
        },
        5000);
    socket.disconnect(); // closing our end below is not the server closing
    return result;
}

QByteArray get(const QByteArray &target, const QByteArray &extra = {})
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
}

} // namespace

class TestEmulatorServer : public QObject
{
    Q_OBJECT

    CorsConfig m_config = [] {
        CorsConfig config;
        config.allowOrigins = {u"https://app.example.com"_s};
        return config;
    }();
    emulator::Emulator m_emulator{m_config};

    quint16 port() const { return m_emulator.url().port(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_emulator.start(QHostAddress::LocalHost, 0),
                 qPrintable(m_emulator.errorString()));
        QCOMPARE(m_emulator.url().host(), u"127.0.0.1"_s);
    }

    void answersAndLogs()
    {
        QSignalSpy logged(&m_emulator, &emulator::Emulator::requestHandled);
        const Exchange e =
            exchange(port(), {get("/items?x=1", "Origin: https://app.example.com\r\n")});
        const QList<Response> responses = parseResponses(e.received);
        QCOMPARE(responses.size(), 1);
        QCOMPARE(responses[0].status, 200);
        QCOMPARE(responses[0].headers.get("Access-Control-Allow-Origin"),
                 QByteArray("https://app.example.com"));
        QCOMPARE(responses[0].headers.get("Connection"), QByteArray("keep-alive"));
        QVERIFY(responses[0].headers.contains("Date"));
        QVERIFY(responses[0].body.contains("\"path\":\"/items\""));
        QVERIFY(e.received.startsWith("HTTP/1.1 200 OK\r\n"));

        QCOMPARE(logged.size(), 1);
        const auto entry = logged[0][0].value<emulator::LogEntry>();
        QCOMPARE(entry.method, QByteArray("GET"));
        QCOMPARE(entry.target, QByteArray("/items?x=1"));
        QCOMPARE(entry.origin, u"https://app.example.com"_s);
        QCOMPARE(entry.status, 200);
        const QString line = emulator::formatLogEntry(entry);
        QVERIFY2(line.contains(u"GET /items?x=1 origin=https://app.example.com → 200"_s),
                 qPrintable(line));
    }

    void keepAliveAndPipelining()
    {
        // Two requests in one write, then a third on the same connection.
        const Exchange e = exchange(port(), {get("/a") + get("/b"), get("/c")}, 3);
        const QList<Response> responses = parseResponses(e.received);
        QCOMPARE(responses.size(), 3);
        QVERIFY(responses[0].body.contains("/a"));
        QVERIFY(responses[1].body.contains("/b"));
        QVERIFY(responses[2].body.contains("/c"));
        QVERIFY(!e.closedByServer);
    }

    void bodySplitAcrossWrites()
    {
        const QByteArray head =
            "POST /p HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\nConnection: close\r\n\r\n";
        const Exchange e = exchange(port(), {head.first(20), head.sliced(20) + "12345", "67890"});
        const QList<Response> responses = parseResponses(e.received);
        QCOMPARE(responses.size(), 1);
        QCOMPARE(responses[0].status, 200);
        QCOMPARE(responses[0].headers.get("Connection"), QByteArray("close"));
        QVERIFY(e.closedByServer);
    }

    void headHasNoBody()
    {
        const Exchange e = exchange(port(), {"HEAD /h HTTP/1.1\r\nHost: x\r\n\r\n" + get("/after")},
                                    2, {true, false});
        const QList<Response> responses = parseResponses(e.received, {true, false});
        QCOMPARE(responses.size(), 2);
        QVERIFY(responses[0].headers.get("Content-Length").value_or("0").toInt() > 0);
        QVERIFY(responses[1].body.contains("/after")); // framing intact after HEAD
    }

    void customVerbAndNoContent()
    {
        const Exchange e = exchange(port(), {"PURGE /x HTTP/1.1\r\nHost: x\r\n\r\n"});
        QCOMPARE(parseResponses(e.received).value(0).status, 200);

        CorsConfig http = m_config;
        http.apiType = ApiType::Http;
        m_emulator.setConfig(http);
        const Exchange preflight =
            exchange(port(),
                     {"OPTIONS /x HTTP/1.1\r\nHost: x\r\nOrigin: https://app.example.com\r\n"
                      "Access-Control-Request-Method: GET\r\n\r\n" +
                      get("/after")},
                     2);
        m_emulator.setConfig(m_config);
        const QList<Response> responses = parseResponses(preflight.received);
        QCOMPARE(responses.size(), 2);
        QCOMPARE(responses[0].status, 204);
        QVERIFY(!responses[0].headers.contains("Content-Length"));
        QVERIFY(responses[1].body.contains("/after"));
    }

    void http10ClosesUnlessKeepAlive()
    {
        Exchange e = exchange(port(), {"GET /old HTTP/1.0\r\n\r\n"});
        QCOMPARE(parseResponses(e.received).value(0).status, 200);
        QVERIFY(e.closedByServer);
        e = exchange(port(), {"GET /old HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"});
        QCOMPARE(parseResponses(e.received).value(0).headers.get("Connection"),
                 QByteArray("keep-alive"));
    }

    void leadingEmptyLinesAreIgnored()
    {
        const Exchange e = exchange(port(), {"\r\n" + get("/x")});
        QCOMPARE(parseResponses(e.received).value(0).status, 200);
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("garbage") << QByteArray("HELLO\r\n\r\n") << 400;
        QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("absolute target")
            << QByteArray("GET http://x/ HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("method not a token")
            << QByteArray("G(T / HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\nHost: x\r\n\r\n") << 505;
        QTest::newRow("no Host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("two Hosts")
            << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400;
        QTest::newRow("space before colon")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nOrigin : y\r\n\r\n") << 400;
        QTest::newRow("obs-fold") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nA: b\r\n c\r\n\r\n")
                                  << 400;
        QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: x\r\n\r\n") << 400;
        QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\n"
                                               "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                                 << 501;
        QTest::newRow("bad length") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\n"
                                                  "Content-Length: 1x\r\n\r\n")
                                    << 400;
        QTest::newRow("conflicting lengths") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\n"
                                                           "Content-Length: 1\r\n"
                                                           "Content-Length: 2\r\n\r\nab")
                                             << 400;
        QTest::newRow("body too large") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\n"
                                                      "Content-Length: 10485761\r\n\r\n")
                                        << 413;
        QTest::newRow("NUL in value")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nA: ") + '\0' + QByteArray("b\r\n\r\n")
            << 400;
        QTest::newRow("header block too large")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX: " + QByteArray(70 * 1024, 'a') +
                          "\r\n\r\n")
            << 431;
        QTest::newRow("endless header block")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX: " + QByteArray(70 * 1024, 'a')) << 431;
    }

    void refuses()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QSignalSpy logged(&m_emulator, &emulator::Emulator::requestHandled);
        const Exchange e = exchange(port(), {request});
        const QList<Response> responses = parseResponses(e.received);
        QCOMPARE(responses.size(), 1);
        QCOMPARE(responses[0].status, status);
        QCOMPARE(responses[0].headers.get("Connection"), QByteArray("close"));
        QVERIFY(!responses[0].body.isEmpty()); // says why
        QVERIFY(e.closedByServer);
        QCOMPARE(logged.size(), 0); // never reached the gateway
    }

    void portInUse()
    {
        emulator::Emulator second(m_config);
        QVERIFY(!second.start(QHostAddress::LocalHost, port()));
        QVERIFY(!second.errorString().isEmpty());
        QVERIFY(second.url().isEmpty());
    }

    void ipv6Url()
    {
        emulator::Emulator v6(m_config);
        if (!v6.start(QHostAddress::LocalHostIPv6, 0)) {
            QSKIP("no IPv6 loopback on this machine");
        }
        QCOMPARE(v6.url().toString(), u"http://[::1]:%1"_s.arg(v6.url().port()));
    }

    void stopClosesConnections()
    {
        emulator::Emulator local(m_config);
        QVERIFY(local.start(QHostAddress::LocalHost, 0));
        QTcpSocket socket;
        bool closed = false;
        connect(&socket, &QTcpSocket::disconnected, this, [&closed]() { closed = true; });
        socket.connectToHost(QHostAddress::LocalHost, local.url().port());
        QVERIFY(socket.waitForConnected(5000));
        QTest::qWait(50);
        local.stop();
        QVERIFY(!local.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(closed, 5000);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorServer)
#include "tst_emulator_server.moc"
