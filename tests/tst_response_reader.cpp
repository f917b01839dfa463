// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The HTTP/1.x response reader on byte sequences, well-formed and hostile: what it reads, where
// it stops, and that no input makes it keep more than its limits, however the bytes are split.
#include "probe/responsereader.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using cors::probe::ReadLimits;
using cors::probe::ResponseReader;
using State = ResponseReader::State;
using Problem = ResponseReader::Problem;

Q_DECLARE_METATYPE(State)
Q_DECLARE_METATYPE(Problem)

namespace {

/// Feeds `bytes` in pieces of `step` bytes (0: at once), then the end of the stream if `close`.
ResponseReader readAll(const QByteArray &bytes, qsizetype step, bool close, ReadLimits limits = {},
                       bool head = false)
{
    ResponseReader reader(limits, head);
    if (step <= 0) {
        reader.feed(bytes);
    } else {
        for (qsizetype at = 0; at < bytes.size(); at += step) {
            reader.feed(QByteArrayView(bytes).sliced(at, std::min(step, bytes.size() - at)));
        }
    }
    if (close) {
        reader.endOfStream();
    }
    return reader;
}

} // namespace

class TestResponseReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("close"); ///< the connection ends after the bytes
        QTest::addColumn<State>("state");
        QTest::addColumn<Problem>("problem");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("allowOrigin");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("complete");

        const QByteArray cors = "Access-Control-Allow-Origin: *\r\n";
        QTest::newRow("content-length")
            << QByteArray("HTTP/1.1 200 OK\r\n" + cors + "Content-Length: 2\r\n\r\n{}") << false
            << State::Done << Problem::None << 200 << "*"_ba
            << "{}"_ba << true;
        QTest::newRow("chunked with extension and trailer")
            << QByteArray(
                   "HTTP/1.1 200 OK\r\n" + cors +
                   "Transfer-Encoding: chunked\r\n\r\n2;x=y\r\n{}\r\n1\r\n!\r\n0\r\nT: v\r\n\r\n")
            << false << State::Done << Problem::None << 200 << "*"_ba
            << "{}!"_ba << true;
        QTest::newRow("until close") << QByteArray("HTTP/1.0 200 OK\r\n" + cors + "\r\nabc") << true
                                     << State::Done << Problem::None << 200 << "*"_ba
                                     << "abc"_ba << true;
        QTest::newRow("bare LF line ends")
            << QByteArray("HTTP/1.1 204 No Content\nAccess-Control-Allow-Origin: *\n\n") << false
            << State::Done << Problem::None << 204 << "*"_ba << QByteArray() << true;
        QTest::newRow("100 Continue first")
            << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n" + cors +
                          "Content-Length: 0\r\n\r\n")
            << false << State::Done << Problem::None << 200 << "*"_ba << QByteArray() << true;
        QTest::newRow("no reason phrase")
            << QByteArray("HTTP/1.1 200\r\n" + cors + "Content-Length: 0\r\n\r\n") << false
            << State::Done << Problem::None << 200 << "*"_ba << QByteArray() << true;
        QTest::newRow("obsolete line folding")
            << QByteArray("HTTP/1.1 200 OK\r\nAccess-Control-Allow-Origin: https://a\r\n"
                          " .example\r\nContent-Length: 0\r\n\r\n")
            << false << State::Done << Problem::None << 200 << "https://a .example"_ba
            << QByteArray() << true;
        QTest::newRow("a line that is not a field is skipped")
            << QByteArray("HTTP/1.1 200 OK\r\nnot a field\r\n" + cors + "Content-Length: 0\r\n\r\n")
            << false << State::Done << Problem::None << 200 << "*"_ba << QByteArray() << true;
        QTest::newRow("body cut short")
            << QByteArray("HTTP/1.1 200 OK\r\n" + cors + "Content-Length: 10\r\n\r\nabc") << true
            << State::Done << Problem::BadBodyFraming << 200 << "*"_ba
            << "abc"_ba << false;
        QTest::newRow("bad chunk size")
            << QByteArray("HTTP/1.1 200 OK\r\n" + cors + "Transfer-Encoding: chunked\r\n\r\nzz\r\n")
            << false << State::Done << Problem::BadBodyFraming << 200 << "*"_ba << QByteArray()
            << false;
        QTest::newRow("conflicting Content-Length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n")
            << false << State::Done << Problem::BadBodyFraming << 200 << QByteArray()
            << QByteArray() << false;
        QTest::newRow("HTTP/0.9") << "<html>hi</html>"_ba << true << State::Invalid
                                  << Problem::NotHttp << 0 << QByteArray() << QByteArray() << false;
        QTest::newRow("HTTP/2 preface")
            << "HTTP/2 200\r\n\r\n"_ba << false << State::Invalid << Problem::NotHttp << 0
            << QByteArray() << QByteArray() << false;
        QTest::newRow("status 99999")
            << "HTTP/1.1 99999 Weird\r\n\r\n"_ba << false << State::Invalid << Problem::NotHttp << 0
            << QByteArray() << QByteArray() << false;
        QTest::newRow("status 20")
            << "HTTP/1.1 20 Short\r\n\r\n"_ba << false << State::Invalid << Problem::NotHttp << 0
            << QByteArray() << QByteArray() << false;
        QTest::newRow("NUL in a value")
            << QByteArray("HTTP/1.1 200 OK\r\nAccess-Control-Allow-Origin: *"_ba + '\0' +
                          "x\r\n\r\n"_ba)
            << false << State::Invalid << Problem::NotHttp << 200 << QByteArray() << QByteArray()
            << false;
        QTest::newRow("closed without answer")
            << QByteArray() << true << State::Invalid << Problem::EndedEarly << 0 << QByteArray()
            << QByteArray() << false;
        QTest::newRow("closed in the head")
            << "HTTP/1.1 200 OK\r\nAccess-Control"_ba << true << State::Invalid
            << Problem::EndedEarly << 200 << QByteArray() << QByteArray() << false;
    }

    void reads()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, close);
        QFETCH(State, state);
        QFETCH(Problem, problem);
        QFETCH(int, status);
        QFETCH(QByteArray, allowOrigin);
        QFETCH(QByteArray, body);
        QFETCH(bool, complete);
        // Whole, then byte by byte, then in pieces of 7: the split never changes the reading.
        for (const qsizetype step : {qsizetype(0), qsizetype(1), qsizetype(7)}) {
            const ResponseReader reader = readAll(bytes, step, close);
            QCOMPARE(reader.state(), state);
            QCOMPARE(reader.problem(), problem);
            if (state == State::Done) {
                QCOMPARE(reader.status(), status);
                QCOMPARE(reader.headers().get("Access-Control-Allow-Origin").value_or(QByteArray()),
                         allowOrigin);
                QCOMPARE(reader.body(), body);
                QCOMPARE(reader.bodyComplete(), complete);
            } else {
                QVERIFY2(!reader.error().isEmpty(), "an invalid answer says why");
            }
        }
    }

    void headRequestsHaveNoBody()
    {
        const ResponseReader reader =
            readAll("HTTP/1.1 200 OK\r\nContent-Length: 99\r\n\r\n", 0, false, {}, true);
        QCOMPARE(reader.state(), State::Done);
        QVERIFY(reader.bodyComplete());
    }

    void headerBlockIsCapped()
    {
        ReadLimits limits;
        limits.maxHeaderBytes = 1024;
        const QByteArray head = "HTTP/1.1 200 OK\r\nX-Big: " + QByteArray(4096, 'a') + "\r\n\r\n";
        for (const qsizetype step : {qsizetype(0), qsizetype(1), qsizetype(100)}) {
            const ResponseReader reader = readAll(head, step, false, limits);
            QCOMPARE(reader.state(), State::Invalid);
            QCOMPARE(reader.problem(), Problem::HeadersTooLarge);
        }
    }

    void bodyIsCappedAndMarkedTruncated()
    {
        ReadLimits limits;
        limits.maxBodyBytes = 100;
        QByteArray bytes = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (int i = 0; i < 50; ++i) {
            bytes += "a\r\n0123456789\r\n";
        }
        const ResponseReader reader = readAll(bytes, 3, false, limits);
        QCOMPARE(reader.state(), State::Done);
        QCOMPARE(reader.body().size(), 100);
        QVERIFY(reader.bodyTruncated());
        QVERIFY(!reader.bodyComplete());

        limits.maxBodyBytes = 0; // the scanner: the head is all it needs
        const ResponseReader headOnly = readAll(bytes, 0, false, limits);
        QCOMPARE(headOnly.state(), State::Done);
        QVERIFY(headOnly.body().isEmpty());
    }

    void randomBytesStayWithinLimits()
    {
        // A property test: whatever arrives, in whatever pieces, the reader ends in a defined
        // state and never keeps more than its limits.
        ReadLimits limits;
        limits.maxHeaderBytes = 2048;
        limits.maxBodyBytes = 512;
        QRandomGenerator random(20261206);
        const QList<QByteArray> prefixes{"", "HTTP/1.1 200 OK\r\n",
                                         "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n",
                                         "HTTP/1.1 200 OK\r\nContent-Length: 999999\r\n\r\n"};
        for (int round = 0; round < 2000; ++round) {
            QByteArray bytes = prefixes[round % prefixes.size()];
            const int length = int(random.bounded(8192));
            for (int i = 0; i < length; ++i) {
                // Mostly printable with line ends, sometimes anything.
                const quint32 pick = random.bounded(100);
                bytes += pick < 5    ? char(random.bounded(256))
                         : pick < 15 ? '\n'
                         : pick < 20 ? '\r'
                                     : char('0' + random.bounded(40));
            }
            ResponseReader reader(limits);
            for (qsizetype at = 0; at < bytes.size();) {
                const qsizetype step = 1 + qsizetype(random.bounded(600));
                reader.feed(QByteArrayView(bytes).sliced(at, std::min(step, bytes.size() - at)));
                at += step;
                QVERIFY(reader.body().size() <= limits.maxBodyBytes);
            }
            reader.endOfStream();
            QVERIFY(reader.state() == State::Done || reader.state() == State::Invalid);
            QVERIFY(reader.headers().size() * 2 <= limits.maxHeaderBytes);
        }
    }
};

QTEST_GUILESS_MAIN(TestResponseReader)
#include "tst_response_reader.moc"
