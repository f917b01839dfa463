// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The scanner against 1,000 loopback endpoints served by `corscfg serve` (another process, so
// the server's work does not count as the scanner's): wall time, requests per second and the
// scanner's peak memory. Run: bench_scan -iterations 3. CORS_SCAN_ENDPOINTS changes the number
// of endpoints (CTest's smoke run uses 100).
#include "io/projectfile.h"
#include "scan/scanner.h"
#include "support/processrun.h"

#include <QElapsedTimer>
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
    QList<QUrl> m_targets;

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
        QVERIFY(projectfile::write(config, path).ok);
        m_serve.setStandardErrorFile(QProcess::nullDevice());
        const QString base = startServe(m_serve, QStringLiteral(CORSCFG_PATH),
                                        {u"--config"_s, path, u"--port"_s, u"0"_s})
                                 .toString();
        QVERIFY(!base.isEmpty());
        const int endpoints = qEnvironmentVariableIsSet("CORS_SCAN_ENDPOINTS")
                                  ? qEnvironmentVariableIntValue("CORS_SCAN_ENDPOINTS")
                                  : 1000;
        for (int i = 0; i < endpoints; ++i) {
            m_targets.append(QUrl(base + u"/items/%1"_s.arg(i)));
        }
    }

    void cleanupTestCase()
    {
        m_serve.terminate();
        m_serve.waitForFinished(10000);
    }

    void scanEndpoints()
    {
        scan::ScanOptions options;
        options.legitimateOrigin = "https://app.example.com";
        int requests = 0;
        qint64 elapsedMs = 0;
        QBENCHMARK
        {
            scan::Scanner scanner;
            QElapsedTimer timer;
            timer.start();
            const QList<scan::TargetResult> results = scanner.run(m_targets, options);
            elapsedMs = timer.elapsed();
            requests = 0;
            for (const scan::TargetResult &result : results) {
                QVERIFY(result.reachable);
                requests += result.requests;
            }
        }
        qInfo("%lld endpoints, %d requests in %lld ms: %.0f requests/s, peak RSS %.1f MB",
              qint64(m_targets.size()), requests, elapsedMs,
              elapsedMs > 0 ? requests * 1000.0 / double(elapsedMs) : 0.0, peakMegabytes());
    }
};

QTEST_GUILESS_MAIN(BenchScan)
#include "bench_scan.moc"
