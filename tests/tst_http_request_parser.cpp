// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The emulator's HTTP/1.1 request parser on its own: what it accepts, byte-by-byte arrival, and
// 5,000 random mutations of valid requests that must never crash it or let a malformed line
// through (run under ASan/UBSan by the asan preset).
#include "emulator/httprequestparser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace cors;
using emulator::ParsedRequest;
using Status = ParsedRequest::Status;

class TestHttpRequestParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepts_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<int>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("keepAlive");

        QTest::newRow("GET") << QByteArray("GET /items?x=1 HTTP/1.1\r\nHost: a\r\n\r\n")
                             << QByteArray("GET") << QByteArray("/items?x=1") << 1 << QByteArray()
                             << true;
        QTest::newRow("custom verb, case kept")
            << QByteArray("patch /p HTTP/1.1\r\nHost: a\r\n\r\n") << QByteArray("patch")
            << QByteArray("/p") << 1 << QByteArray() << true;
        QTest::newRow("body") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n"
                                            "\r\nabcNEXT")
                              << QByteArray("POST") << QByteArray("/") << 2 << QByteArray("abc")
                              << true;
        QTest::newRow("same length twice")
            << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 2, 2\r\n\r\nab")
            << QByteArray("POST") << QByteArray("/") << 2 << QByteArray("ab") << true;
        QTest::newRow("repeated headers kept")
            << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nX: 1\r\nx: 2\r\n\r\n") << QByteArray("GET")
            << QByteArray("/") << 3 << QByteArray() << true;
        QTest::newRow("values trimmed, empty allowed")
            << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nX:\t v \t\r\nY:\r\n\r\n")
            << QByteArray("GET") << QByteArray("/") << 3 << QByteArray() << true;
        QTest::newRow("close") << QByteArray(
                                      "GET / HTTP/1.1\r\nHost: a\r\nConnection: Close\r\n\r\n")
                               << QByteArray("GET") << QByteArray("/") << 2 << QByteArray()
                               << false;
        QTest::newRow("HTTP/1.0 without Host")
            << QByteArray("GET / HTTP/1.0\r\n\r\n") << QByteArray("GET") << QByteArray("/") << 0
            << QByteArray() << false;
        QTest::newRow("asterisk") << QByteArray("OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n")
                                  << QByteArray("OPTIONS") << QByteArray("*") << 1 << QByteArray()
                                  << true;
    }

    void accepts()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(int, headers);
        QFETCH(QByteArray, body);
        QFETCH(bool, keepAlive);
        const ParsedRequest parsed = emulator::parseRequest(bytes);
        QCOMPARE(parsed.status, Status::Complete);
        QCOMPARE(parsed.request.method, method);
        QCOMPARE(parsed.request.target, target);
        QCOMPARE(parsed.request.headers.size(), headers);
        QCOMPARE(parsed.request.body, body);
        QCOMPARE(parsed.keepAlive, keepAlive);
        QVERIFY(parsed.consumed <= bytes.size());
        QVERIFY(!bytes.sliced(parsed.consumed).contains("\r\n\r\n") ||
                bytes.sliced(parsed.consumed).startsWith("NEXT"));
        if (headers > 2) {
            QCOMPARE(parsed.request.headers.headers().at(1).value.isEmpty(), false);
        }
    }

    void byteByByte()
    {
        const QByteArray request =
            "PUT /x HTTP/1.1\r\nHost: a\r\nOrigin: https://a.example\r\nContent-Length: 5\r\n\r\n"
            "hello";
        for (qsizetype n = 0; n < request.size(); ++n) {
            QCOMPARE(emulator::parseRequest(request.first(n)).status, Status::Incomplete);
        }
        const ParsedRequest parsed = emulator::parseRequest(request);
        QCOMPARE(parsed.status, Status::Complete);
        QCOMPARE(parsed.consumed, request.size());
        QCOMPARE(parsed.request.body, QByteArray("hello"));
    }

    void oversizedWithoutEnd()
    {
        const ParsedRequest parsed =
            emulator::parseRequest("GET / HTTP/1.1\r\nX: " + QByteArray(1 << 20, 'a'));
        QCOMPARE(parsed.status, Status::Error);
        QCOMPARE(parsed.errorStatus, 431);
    }

    void mutationsNeverSlipThrough()
    {
        const QList<QByteArray> seeds{
            "GET /items HTTP/1.1\r\nHost: a\r\nOrigin: https://app.example.com\r\n\r\n",
            "OPTIONS /i HTTP/1.1\r\nHost: a\r\nAccess-Control-Request-Method: PUT\r\n"
            "Access-Control-Request-Headers: content-type\r\n\r\n",
            "POST /p HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\n\r\nbody",
        };
        const QByteArray alphabet("\r\n\0 \t:/,abcXYZ019-_\x7f\xff", 22);
        QRandomGenerator random(20261121);
        int complete = 0;
        int errors = 0;
        for (int i = 0; i < 5000; ++i) {
            QByteArray bytes = seeds[int(random.bounded(seeds.size()))];
            const int edits = 1 + int(random.bounded(4));
            for (int e = 0; e < edits && !bytes.isEmpty(); ++e) {
                const qsizetype at = random.bounded(bytes.size());
                switch (random.bounded(4)) {
                case 0:
                    bytes[at] = alphabet[random.bounded(alphabet.size())];
                    break;
                case 1:
                    bytes.insert(at, alphabet[random.bounded(alphabet.size())]);
                    break;
                case 2:
                    bytes.remove(at, 1 + random.bounded(3));
                    break;
                default:
                    bytes.insert(at, bytes.mid(random.bounded(bytes.size()), 8));
                    break;
                }
            }
            const ParsedRequest parsed = emulator::parseRequest(bytes);
            QCOMPARE(emulator::parseRequest(bytes).status, parsed.status); // deterministic
            switch (parsed.status) {
            case Status::Incomplete:
                break;
            case Status::Error:
                ++errors;
                QVERIFY(QList<int>({400, 413, 431, 501, 505}).contains(parsed.errorStatus));
                QVERIFY(!parsed.error.isEmpty());
                break;
            case Status::Complete: {
                ++complete;
                QVERIFY(parsed.consumed > 0 && parsed.consumed <= bytes.size());
                QVERIFY(fetch::isTokenBytes(parsed.request.method));
                QVERIFY(!parsed.request.target.contains(' '));
                for (const fetch::Header &h : parsed.request.headers.headers()) {
                    QVERIFY2(fetch::isTokenBytes(h.name), bytes.toPercentEncoding().constData());
                    QVERIFY2(!h.value.contains('\r') && !h.value.contains('\n') &&
                                 !h.value.contains('\0'),
                             bytes.toPercentEncoding().constData());
                }
                break;
            }
            }
        }
        // Mutations that still parse and ones that are refused both occur.
        QVERIFY(complete > 100);
        QVERIFY(errors > 100);
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_http_request_parser.moc"
