// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `corscfg check` and `corscfg scan` against one loopback server per misbehaviour
// (support/hostile_server.py): each must end within its timeout plus 2 s, stay below 100 MB
// resident, and say what happened in words a user can act on.
#include "support/processrun.h"
#include "support/selfsigned.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int timeoutSeconds = 2;
/// Everything ends within the timeout plus this (the bound).
constexpr qint64 graceMs = 2000;
/// Peak resident memory of one command. AddressSanitizer's shadow memory and allocator
/// quarantine add tens of megabytes of their own, so that build gets more room.
#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 maxResidentKiB = 400 * 1024;
#else
constexpr qint64 maxResidentKiB = 100 * 1024;
#endif

using Run = ProcessRun;

Run runCorscfg(const QStringList &arguments)
{
    return runProcess(QStringLiteral(CORSCFG_PATH), arguments);
}

/// The messages of every response the check shows, for the body and transfer notes.
QJsonArray responseMessages(const QJsonObject &check)
{
    QJsonArray messages;
    for (const QJsonValue &step : check.value(u"steps"_s).toArray()) {
        for (const QJsonValue &message : step.toObject().value(u"messages"_s).toArray()) {
            if (message.toObject().value(u"startLine"_s).toString().startsWith(u"HTTP/"_s)) {
                messages.append(message);
            }
        }
    }
    return messages;
}

} // namespace

class TestHostileEndpoints : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_server;
    QHash<QString, QString> m_urls;

    void checkBounds(const Run &run, const QString &what)
    {
        qInfo("%s: exit %d after %lld ms, peak %lld KiB resident", qPrintable(what), run.exitCode,
              run.elapsedMs, run.peakResidentKiB);
        QVERIFY2(run.exitCode >= 0, qPrintable(what + u" crashed or hung: "_s + run.err));
        QVERIFY2(run.elapsedMs <= timeoutSeconds * 1000 + graceMs,
                 qPrintable(u"%1 took %2 ms"_s.arg(what).arg(run.elapsedMs)));
        QVERIFY2(run.peakResidentKiB > 0 && run.peakResidentKiB < maxResidentKiB,
                 qPrintable(
                     u"%1 peaked at %2 MiB resident"_s.arg(what).arg(run.peakResidentKiB / 1024)));
        QVERIFY2(!run.out.contains(u"Operation canceled"_s) &&
                     !run.err.contains(u"Operation canceled"_s),
                 qPrintable(what));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const SelfSignedCertificate tls = makeSelfSignedCertificate(m_dir.path());
        QVERIFY2(tls.ok(), "openssl is needed to make a self-signed certificate");

        m_server.start(u"python3"_s, {QStringLiteral(TESTS_SOURCE_DIR "/support/hostile_server.py"),
                                      tls.certificate, tls.key});
        QVERIFY(m_server.waitForStarted(10000));
        QElapsedTimer clock;
        clock.start();
        while (!m_urls.contains(u"ready"_s) && clock.elapsed() < 20000) {
            if (!m_server.canReadLine() && !m_server.waitForReadyRead(1000)) {
                continue;
            }
            while (m_server.canReadLine()) {
                const QStringList parts =
                    QString::fromLatin1(m_server.readLine()).trimmed().split(u' ');
                if (parts.size() == 3) {
                    m_urls.insert(parts[0], u"%1://127.0.0.1:%2/items"_s.arg(parts[1], parts[2]));
                } else if (parts.value(0) == u"ready") {
                    m_urls.insert(u"ready"_s, QString());
                }
            }
        }
        QVERIFY2(m_urls.contains(u"ready"_s), m_server.readAllStandardError().constData());
    }

    void cleanupTestCase()
    {
        m_server.closeWriteChannel();
        if (!m_server.waitForFinished(5000)) {
            m_server.kill();
            m_server.waitForFinished(5000);
        }
    }

    void misbehaviour_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("checkCode"); ///< empty: the request is allowed
        QTest::addColumn<QString>("message");   ///< in the check's error (or transfer note)
        QTest::addColumn<bool>("scanReaches");  ///< the scan gets an HTTP answer
        QTest::addColumn<QString>("scanError"); ///< in the scan's error when it does not

        const QString noAnswer = u"closed or reset the connection without answering"_s;
        QTest::newRow("reset") << u"reset"_s << u"ConnectionReset"_s << u"closed or reset"_s
                               << false << u"closed or reset"_s;
        QTest::newRow("stall") << u"stall"_s << u"Timeout"_s << u"no response within 2 s"_s << false
                               << u"no response within 2 s"_s;
        QTest::newRow("close") << u"close"_s << u"ConnectionReset"_s << noAnswer << false
                               << noAnswer;
        QTest::newRow("1 MiB header")
            << u"huge-header"_s << u"HeadersTooLarge"_s << u"larger than 256 KiB"_s << false
            << u"larger than 256 KiB"_s;
        QTest::newRow("5,000 headers")
            << u"many-headers"_s << QString() << QString() << true << QString();
        QTest::newRow("redirect loop") << u"redirect-loop"_s << u"TooManyRedirects"_s
                                       << u"more than 20 times"_s << true << QString();
        QTest::newRow("redirect to file:") << u"redirect-file"_s << u"RedirectUnsupportedScheme"_s
                                           << u"file:///etc/passwd"_s << true << QString();
        QTest::newRow("drip-fed") << u"drip"_s << u"Timeout"_s
                                  << u"response headers did not finish within 2 s"_s << false
                                  << u"did not finish within 2 s"_s;
        QTest::newRow("random bytes") << u"random"_s << u"InvalidResponse"_s << u"not HTTP/1.x"_s
                                      << false << u"not HTTP/1.x"_s;
        QTest::newRow("HTTP/0.9") << u"http09"_s << u"InvalidResponse"_s << u"HTTP/0.9"_s << false
                                  << u"HTTP/0.9"_s;
        QTest::newRow("self-signed certificate")
            << u"self-signed"_s << u"TlsError"_s << u"self-signed"_s << false << u"self-signed"_s;
        QTest::newRow("endless chunked body") << u"endless-chunked"_s << QString()
                                              << u"\"bodyTruncated\":true"_s << true << QString();
        QTest::newRow("status 99999")
            << u"status-99999"_s << u"InvalidResponse"_s << u"99999"_s << false << u"99999"_s;
        QTest::newRow("NUL in a header value")
            << u"nul-header"_s << u"InvalidResponse"_s << u"NUL"_s << false << u"NUL"_s;
        QTest::newRow("preflight allowed, actual request reset")
            << u"preflight-then-reset"_s << u"ConnectionReset"_s << u"closed or reset"_s << false
            << u"closed or reset"_s; // the scan's first probe is a GET
        QTest::newRow("slow redirects, one after another")
            << u"slow-redirects"_s << u"Timeout"_s << u"no response within"_s << true << QString();
    }

    void misbehaviour()
    {
        QFETCH(QString, server);
        QFETCH(QString, checkCode);
        QFETCH(QString, message);
        QFETCH(bool, scanReaches);
        QFETCH(QString, scanError);
        const QString url = m_urls.value(server);
        QVERIFY(!url.isEmpty());
        const QString timeout = QString::number(timeoutSeconds);

        QStringList checkArguments{
            u"check"_s,     url,     u"--origin"_s, u"https://app.example.com"_s,
            u"--timeout"_s, timeout, u"--json"_s};
        if (server == u"preflight-then-reset") {
            checkArguments << u"--method"_s << u"PUT"_s << u"--header"_s
                           << u"Content-Type: application/json"_s;
        }
        const Run check = runCorscfg(checkArguments);
        checkBounds(check, u"check"_s);
        const QJsonObject result = QJsonDocument::fromJson(check.out.toUtf8()).object();
        QVERIFY2(!result.isEmpty(), qPrintable(check.out));
        const QJsonObject error = result.value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), checkCode);
        if (checkCode.isEmpty()) {
            QCOMPARE(check.exitCode, 0);
        }
        const QString said =
            checkCode.isEmpty()
                ? QString::fromUtf8(
                      QJsonDocument(responseMessages(result)).toJson(QJsonDocument::Compact))
                : error.value(u"message"_s).toString();
        QVERIFY2(said.contains(message), qPrintable(said.left(2000)));
        if (server == u"preflight-then-reset") {
            QCOMPARE(result.value(u"preflight"_s).toBool(), true);
            QCOMPARE(result.value(u"actualRequest"_s).toBool(), true);
        }

        const Run scan = runCorscfg({u"scan"_s, url, u"--origin"_s, u"https://app.example.com"_s,
                                     u"--timeout"_s, timeout, u"--format"_s, u"json"_s});
        checkBounds(scan, u"scan"_s);
        const QJsonObject scanned = QJsonDocument::fromJson(scan.out.toUtf8()).object();
        const QJsonObject target = scanned.value(u"targets"_s).toArray().at(0).toObject();
        QVERIFY2(!target.isEmpty(), qPrintable(scan.out));
        QCOMPARE(target.value(u"reachable"_s).toBool(), scanReaches);
        if (!scanReaches) {
            QVERIFY2(target.value(u"error"_s).toString().contains(scanError),
                     qPrintable(target.value(u"error"_s).toString()));
            QCOMPARE(scan.exitCode, 3);
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileEndpoints)
#include "tst_hostile_endpoints.moc"
