// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The scanner against loopback endpoints served by `corscfg serve` (another process, so the
// server's work does not count as the scanner's): wall time, requests per second and the
// scanner's peak resident memory at 1,000, 10,000 and 100,000 endpoints, each list handed out
// one URL at a time as `corscfg scan --urls` reads its file. CORS_SCAN_ENDPOINTS sets the sizes
// ("1000,10000"; CTest's smoke run uses 100).
#include "io/projectfile.h"
#include "scan/scanner.h"
#include "support/processrun.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace cors;

class BenchScan : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_serve;
    QString m_base;

    static double peakMegabytes()
    {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        CorsConfig config;
        config.apiType = ApiType::Http;
        config.allowOrigins = {u"https://app.example.com"_s};
        const QString path = m_dir.filePath(u"bench.cors.yaml"_s);
        QVERIFY(projectfile::write(config, path));
        m_serve.setStandardErrorFile(QProcess::nullDevice());
        m_base = startServe(m_serve, QStringLiteral(CORSCFG_PATH),
                            {u"--config"_s, path, u"--port"_s, u"0"_s})
                     .toString();
        QVERIFY(!m_base.isEmpty());
    }

    void cleanupTestCase()
    {
        m_serve.terminate();
        m_serve.waitForFinished(10000);
    }

    void scanEndpoints_data()
    {
        QTest::addColumn<qint64>("endpoints");
        const QString sizes = qEnvironmentVariable("CORS_SCAN_ENDPOINTS", u"1000,10000,100000"_s);
        for (const QString &size : sizes.split(u',', Qt::SkipEmptyParts)) {
            QTest::newRow(qPrintable(size)) << size.toLongLong();
        }
    }

    void scanEndpoints()
    {
        QFETCH(qint64, endpoints);
        scan::ScanOptions options;
        options.legitimateOrigin = "https://app.example.com";
        qint64 requests = 0;
        qint64 unreachable = 0;
        qint64 elapsedMs = 0;
        {
            // One run per size, timed here (QBENCHMARK would repeat a 100,000-endpoint scan).
            scan::Scanner scanner;
            qint64 next = 0;
            connect(&scanner, &scan::Scanner::targetDone, this,
                    [&](const scan::TargetResult &result) {
                        unreachable += !result.reachable;
                        requests += result.requests;
                    });
            QEventLoop loop;
            connect(&scanner, &scan::Scanner::finished, &loop, &QEventLoop::quit);
            QElapsedTimer timer;
            timer.start();
            scanner.start(
                [&]() -> std::optional<QUrl> {
                    if (next == endpoints) {
                        return std::nullopt;
                    }
                    return QUrl(m_base + u"/items/%1"_s.arg(next++));
                },
                options);
            loop.exec();
            elapsedMs = timer.elapsed();
        }
        QCOMPARE(unreachable, 0);
        // Peak resident memory is the process's high-water mark: sizes run smallest first, so
        // each figure covers its own size and the smaller ones before it.
        qInfo("%lld endpoints, %lld requests in %lld ms: %.0f requests/s, peak RSS %.1f MB",
              endpoints, requests, elapsedMs,
              elapsedMs > 0 ? double(requests) * 1000.0 / double(elapsedMs) : 0.0, peakMegabytes());
    }
};

QTEST_GUILESS_MAIN(BenchScan)
#include "bench_scan.moc"
