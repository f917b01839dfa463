// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `corscfg scan` as scripts use it: usage errors that name the option and the fix, exit codes
// (0 clean, 1 findings, 3 nothing reachable), the JSON contract, --urls files, results in input
// order and progress for long lists, against the misconfigured loopback API.
#include "io/projectfile.h"
#include "support/misconfiguredserver.h"
#include "support/processrun.h"
#include "support/scriptedserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

ProcessRun corscfg(const QStringList &arguments)
{
    return runProcess(QStringLiteral(CORSCFG_PATH), QStringList{u"scan"_s} + arguments);
}

} // namespace

class TestCliScan : public QObject
{
    Q_OBJECT

    MisconfiguredServer m_server;
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
            qFatal("cannot write %s", qPrintable(path));
        }
        return path;
    }

    /// `corscfg serve` in another process with an exact allow-list: fast and clean endpoints.
    QString serveProject(QProcess &serve)
    {
        cors::CorsConfig config;
        config.apiType = cors::ApiType::Http;
        config.allowOrigins = {u"https://app.example.com"_s};
        const QString project = m_dir.filePath(u"serve.cors.yaml"_s);
        if (!cors::projectfile::write(config, project)) {
            return {};
        }
        return startServe(serve, QStringLiteral(CORSCFG_PATH),
                          {u"--config"_s, project, u"--port"_s, u"0"_s})
            .toString();
    }

    QString closedUrl()
    {
        QTcpServer closed;
        if (!closed.listen(QHostAddress::LocalHost, 0)) {
            qFatal("no free port");
        }
        return u"http://127.0.0.1:%1/gone"_s.arg(closed.serverPort());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        QVERIFY(m_dir.isValid());
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("nothing") << QStringList{} << u"at least one endpoint"_s;
        QTest::newRow("not a URL") << QStringList{u"api.example.com/items"_s}
                                   << u"not an absolute http:// or https:// URL"_s;
        QTest::newRow("origin with path")
            << QStringList{u"https://a.example/x"_s, u"--origin"_s, u"https://app.example.com/"_s}
            << u"use 'https://app.example.com'"_s;
        QTest::newRow("header") << QStringList{u"https://a.example/x"_s, u"--header"_s, u"X"_s}
                                << u"--header"_s;
        QTest::newRow("concurrency")
            << QStringList{u"https://a.example/x"_s, u"--concurrency"_s, u"0"_s}
            << u"--concurrency '0'"_s;
        QTest::newRow("timeout") << QStringList{u"https://a.example/x"_s, u"--timeout"_s, u"-1"_s}
                                 << u"--timeout '-1'"_s;
        QTest::newRow("missing list")
            << QStringList{u"--urls"_s, u"/nonexistent/urls.txt"_s} << u"cannot read --urls"_s;
    }

    void usage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const ProcessRun run = corscfg(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void badLineInUrlFileIsLocated()
    {
        const QString path = writeFile(u"bad.txt"_s, "# endpoints\nhttps://a.example/x\n\nnope\n");
        const ProcessRun run = corscfg({u"--urls"_s, path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(path + u":4: "_s), qPrintable(run.err));
    }

    void cleanEndpointExitsZero()
    {
        const ProcessRun run = corscfg({m_server.url(u"clean"_s), u"--origin"_s,
                                        QString::fromLatin1(MisconfiguredServer::frontend)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"no findings"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"1 endpoint(s), 0 with findings"_s));
    }

    void findingsAsText()
    {
        const ProcessRun run = corscfg({m_server.url(u"reflect-credentials"_s)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.out.contains(u"high   reflected-origin  origin https://corscfg-probe.example"_s),
            qPrintable(run.out));
        QVERIFY(run.out.contains(u"evidence: HTTP 200 | "_s));
        QVERIFY(run.out.contains(u"fix: "_s));
    }

    void findingsAsJson()
    {
        const ProcessRun run =
            corscfg({m_server.url(u"prefix"_s), closedUrl(), u"--json"_s, u"--origin"_s,
                     QString::fromLatin1(MisconfiguredServer::frontend)});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject document = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonArray targets = document.value(u"targets"_s).toArray();
        QCOMPARE(targets.size(), 2);
        const QJsonObject first = targets[0].toObject();
        QCOMPARE(first.value(u"url"_s).toString(), m_server.url(u"prefix"_s));
        QCOMPARE(first.value(u"reachable"_s).toBool(), true);
        QVERIFY(first.value(u"requests"_s).toInt() > 20);
        const QJsonObject finding = first.value(u"findings"_s).toArray().at(0).toObject();
        QCOMPARE(finding.value(u"class"_s).toString(), u"prefix-match"_s);
        QCOMPARE(finding.value(u"severity"_s).toString(), u"medium"_s);
        QVERIFY(finding.value(u"origin"_s).toString().endsWith(u".corscfg-probe.test"_s));
        QVERIFY(finding.value(u"evidence"_s).toArray().size() >= 2);
        QVERIFY(!finding.value(u"explanation"_s).toString().isEmpty());
        QVERIFY(!finding.value(u"fix"_s).toString().isEmpty());
        const QJsonObject second = targets[1].toObject();
        QCOMPARE(second.value(u"reachable"_s).toBool(), false);
        QVERIFY(!second.value(u"error"_s).toString().isEmpty());
        const QJsonObject summary = document.value(u"summary"_s).toObject();
        QCOMPARE(summary.value(u"endpoints"_s).toInt(), 2);
        QCOMPARE(summary.value(u"reachable"_s).toInt(), 1);
        QCOMPARE(summary.value(u"withFindings"_s).toInt(), 1);
    }

    void nothingReachableExitsThree()
    {
        const ProcessRun run = corscfg({closedUrl(), u"--timeout"_s, u"5"_s});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.out.contains(u"unreachable"_s));
    }

    void urlFileKeepsOrderAndShowsProgress()
    {
        QByteArray list = "# every endpoint, twice\n";
        QStringList expected;
        for (int round = 0; round < 2; ++round) {
            for (const auto &[endpoint, classes] : MisconfiguredServer::endpoints()) {
                list += m_server.url(endpoint).toUtf8() + '\n';
                expected.append(m_server.url(endpoint));
            }
        }
        const QString path = writeFile(u"all.txt"_s, list);
        const ProcessRun run =
            corscfg({u"--urls"_s, path, u"--json"_s, u"--concurrency"_s, u"8"_s, u"--origin"_s,
                     QString::fromLatin1(MisconfiguredServer::frontend)});
        QCOMPARE(run.exitCode, 1);
        const QJsonArray targets =
            QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"targets"_s).toArray();
        QStringList order;
        for (const QJsonValue &target : targets) {
            order.append(target[u"url"_s].toString());
        }
        QCOMPARE(order, expected);
        QVERIFY2(run.err.contains(u"scanned %1 of %1 endpoints"_s.arg(expected.size())),
                 qPrintable(run.err));
    }

    void throughAnInterceptingProxy()
    {
        ScriptedServer proxy([](const ReceivedRequest &) -> QByteArray {
            return "200\nAccess-Control-Allow-Origin: *";
        });
        QVERIFY(proxy.listen());
        const ProcessRun run =
            corscfg({u"http://api.corscfg-probe.invalid/items"_s, u"--proxy"_s,
                     u"http://127.0.0.1:%1"_s.arg(proxy.port()), u"--format"_s, u"json"_s});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject target = QJsonDocument::fromJson(run.out.toUtf8())
                                       .object()
                                       .value(u"targets"_s)
                                       .toArray()
                                       .at(0)
                                       .toObject();
        QCOMPARE(target.value(u"reachable"_s).toBool(), true);
        QCOMPARE(
            target.value(u"findings"_s).toArray().at(0).toObject().value(u"class"_s).toString(),
            u"wildcard-origin"_s);
        QVERIFY(!proxy.received().isEmpty());
        for (const ReceivedRequest &request : proxy.received()) {
            QVERIFY2(request.target.startsWith("http://api.corscfg-probe.invalid/items"),
                     request.target.constData());
        }
        QCOMPARE(corscfg({u"https://a.example/x"_s, u"--proxy"_s, u"127.0.0.1:8080"_s}).exitCode,
                 2);
    }

    void stdinLinesAreReadAsTheScanGoes()
    {
        // "-": a bad line is skipped with its line number; the others are scanned.
        QProcess process;
        process.start(QStringLiteral(CORSCFG_PATH),
                      {u"scan"_s, u"--urls"_s, u"-"_s, u"--format"_s, u"json"_s});
        QVERIFY(process.waitForStarted());
        process.write(m_server.url(u"clean"_s).toUtf8() + "\nnot a url\n" +
                      m_server.url(u"reflect"_s).toUtf8() + "\n");
        process.closeWriteChannel();
        QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000));
        const QJsonObject document =
            QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(document.value(u"targets"_s).toArray().size(), 2);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(u"-:2: "_s));
    }

    void memoryDoesNotGrowWithTheList()
    {
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("AddressSanitizer's quarantine keeps freed memory (up to 256 MB): resident size "
              "measures it, not the scanner");
#endif
        QProcess serve;
        serve.setStandardErrorFile(QProcess::nullDevice());
        const QString base = serveProject(serve);
        QVERIFY(!base.isEmpty());
        qint64 peaks[2] = {0, 0};
        const int sizes[2] = {400, 4000};
        for (int i = 0; i < 2; ++i) {
            QByteArray list;
            for (int n = 0; n < sizes[i]; ++n) {
                list += base.toUtf8() + "/items/" + QByteArray::number(n) + '\n';
            }
            const QString path = writeFile(u"urls-%1.txt"_s.arg(sizes[i]), list);
            const ProcessRun run =
                corscfg({u"--urls"_s, path, u"--format"_s, u"json"_s, u"--concurrency"_s, u"64"_s,
                         u"--origin"_s, u"https://app.example.com"_s});
            QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.err));
            const QJsonObject summary =
                QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"summary"_s).toObject();
            QCOMPARE(summary.value(u"reachable"_s).toInt(), sizes[i]);
            peaks[i] = run.peakResidentKiB;
            qInfo("%d endpoints: %lld ms, peak %lld KiB resident", sizes[i], run.elapsedMs,
                  run.peakResidentKiB);
        }
        // Ten times the endpoints, the same memory: nothing is kept per endpoint.
        QVERIFY2(peaks[1] < peaks[0] + 8 * 1024,
                 qPrintable(u"%1 KiB for 400, %2 KiB for 4000"_s.arg(peaks[0]).arg(peaks[1])));
        QVERIFY(peaks[1] < 100 * 1024);
        serve.terminate();
        serve.waitForFinished(10000);
    }

    void interruptPrintsWhatIsDone_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("text") << u"text"_s;
        QTest::newRow("json") << u"json"_s;
        QTest::newRow("sarif") << u"sarif"_s;
    }

    void interruptPrintsWhatIsDone()
    {
        QFETCH(QString, format);
        QProcess serve;
        serve.setStandardErrorFile(QProcess::nullDevice());
        const QString base = serveProject(serve);
        QVERIFY(!base.isEmpty());
        QByteArray list;
        for (int n = 0; n < 50000; ++n) {
            list += base.toUtf8() + "/items/" + QByteArray::number(n) + '\n';
        }
        const QString path = writeFile(u"long.txt"_s, list);
        QProcess scan;
        scan.start(QStringLiteral(CORSCFG_PATH),
                   {u"scan"_s, u"--urls"_s, path, u"--format"_s, format});
        QVERIFY(scan.waitForStarted());
        QByteArray out;
        QByteArray err;
        // Once the scan is under way (its first progress line), Ctrl+C.
        QVERIFY(QTest::qWaitFor(
            [&] {
                out += scan.readAllStandardOutput();
                err += scan.readAllStandardError();
                return err.contains("scanned ");
            },
            30000));
        ::kill(pid_t(scan.processId()), SIGINT);
        QVERIFY(scan.waitForFinished(10000));
        QCOMPARE(scan.exitStatus(), QProcess::NormalExit);
        QCOMPARE(scan.exitCode(), 130);
        out += scan.readAllStandardOutput();
        if (format == u"text") {
            QVERIFY2(out.contains("endpoint(s), 0 with findings"), out.right(500).constData());
            QVERIFY(out.contains("\ninterrupted: "));
        } else if (format == u"json") {
            const QJsonObject document = QJsonDocument::fromJson(out).object();
            const QJsonObject summary = document.value(u"summary"_s).toObject();
            QCOMPARE(summary.value(u"interrupted"_s).toBool(), true);
            const qsizetype done = document.value(u"targets"_s).toArray().size();
            QVERIFY(done > 0 && done < 50000);
            QCOMPARE(summary.value(u"endpoints"_s).toInteger(), qint64(done));
        } else {
            const QJsonObject run =
                QJsonDocument::fromJson(out).object().value(u"runs"_s).toArray().at(0).toObject();
            QCOMPARE(run.value(u"invocations"_s)
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(u"executionSuccessful"_s)
                         .toBool(true),
                     false);
        }
        serve.terminate();
        serve.waitForFinished(10000);
    }
};

QTEST_GUILESS_MAIN(TestCliScan)
#include "tst_cli_scan.moc"
