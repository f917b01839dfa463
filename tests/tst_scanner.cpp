// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The scanner against a loopback API with one endpoint per misconfiguration class and clean
// endpoints: every class is found exactly where it is, nothing on the clean ones; severities,
// evidence, input order, unreachable targets, extra headers and the bound on requests in flight.
#include "scan/scanner.h"
#include "support/misconfiguredserver.h"

#include <QEventLoop>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cors;

class TestScanner : public QObject
{
    Q_OBJECT

    MisconfiguredServer m_server;
    QList<scan::TargetResult> m_results;
    QList<std::pair<QString, QStringList>> m_endpoints = MisconfiguredServer::endpoints();

    const scan::TargetResult &resultFor(const QString &endpoint) const
    {
        for (const scan::TargetResult &result : m_results) {
            if (result.url.path() == u'/' + endpoint) {
                return result;
            }
        }
        qFatal("no result for %s", qPrintable(endpoint));
    }

    static const scan::ScanFinding *find(const scan::TargetResult &result, const QString &key)
    {
        for (const scan::ScanFinding &finding : result.findings) {
            if (scan::findingClassKey(finding.kind) == key) {
                return &finding;
            }
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        QList<QUrl> targets;
        for (const auto &[endpoint, classes] : m_endpoints) {
            targets.append(QUrl(m_server.url(endpoint)));
        }
        scan::ScanOptions options;
        options.legitimateOrigin = MisconfiguredServer::frontend;
        scan::Scanner scanner;
        QSignalSpy progress(&scanner, &scan::Scanner::progress);
        m_results = scanner.run(targets, options);
        QCOMPARE(m_results.size(), targets.size());
        QCOMPARE(progress.size(), targets.size());
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(targets.size()));
        for (int i = 0; i < targets.size(); ++i) {
            QCOMPARE(m_results[i].url, targets[i]); // input order
            QVERIFY(m_results[i].reachable);
        }
    }

    void findsExactlyTheMisconfiguration_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QStringList>("expected");
        for (const auto &[endpoint, classes] : m_endpoints) {
            QTest::newRow(qPrintable(endpoint)) << endpoint << classes;
        }
    }

    void findsExactlyTheMisconfiguration()
    {
        QFETCH(QString, endpoint);
        QFETCH(QStringList, expected);
        const scan::TargetResult &result = resultFor(endpoint);
        QStringList found;
        for (const scan::ScanFinding &finding : result.findings) {
            found.append(scan::findingClassKey(finding.kind));
            QVERIFY(!finding.explanation.isEmpty());
            QVERIFY(!finding.fix.isEmpty());
            QVERIFY2(!finding.evidence.isEmpty() && finding.evidence.first().startsWith(u"HTTP "_s),
                     qPrintable(finding.evidence.join(u" | "_s)));
            QCOMPARE(finding.evidence.first(), u"HTTP %1"_s.arg(finding.status));
            QVERIFY(finding.status >= 200 && finding.status < 500);
        }
        found.sort();
        expected.sort();
        QCOMPARE(found, expected);
    }

    void everyClassIsCovered()
    {
        QSet<QString> covered;
        for (const auto &[endpoint, classes] : m_endpoints) {
            for (const QString &key : classes) {
                covered.insert(key);
            }
        }
        for (const scan::FindingClass kind : scan::allFindingClasses()) {
            QVERIFY2(covered.contains(scan::findingClassKey(kind)),
                     qPrintable(scan::findingClassKey(kind)));
        }
    }

    void severityAndEvidence()
    {
        const scan::ScanFinding *plain = find(resultFor(u"reflect"_s), u"reflected-origin"_s);
        const scan::ScanFinding *credentials =
            find(resultFor(u"reflect-credentials"_s), u"reflected-origin"_s);
        QVERIFY(plain && credentials);
        QCOMPARE(plain->severity, scan::Severity::Medium);
        QCOMPARE(credentials->severity, scan::Severity::High); // credentials allowed
        QCOMPARE(plain->probeOrigin, QByteArray(scan::foreignOrigin));
        QVERIFY(plain->evidence.contains(
            u"Access-Control-Allow-Origin: %1"_s.arg(QLatin1StringView(scan::foreignOrigin))));
        QVERIFY(credentials->evidence.contains(u"Access-Control-Allow-Credentials: true"_s));

        const scan::ScanFinding *special = find(resultFor(u"special"_s), u"special-characters"_s);
        QVERIFY(special);
        QVERIFY2(special->alsoAccepted.size() >= 3, qPrintable(special->alsoAccepted.join(u' ')));
        const scan::ScanFinding *authorization =
            find(resultFor(u"authorization-any"_s), u"authorization-for-any-origin"_s);
        QVERIFY(authorization);
        QVERIFY(authorization->evidence.contains(
            u"Access-Control-Allow-Headers: authorization,content-type"_s));
    }

    void cacheEvidenceNamesTheCache()
    {
        const scan::ScanFinding *cached = find(resultFor(u"cached"_s), u"cached-origin"_s);
        QVERIFY(cached);
        QVERIFY2(cached->evidence.contains(u"X-Cache: Hit from cloudfront"_s),
                 qPrintable(cached->evidence.join(u" | "_s)));
        QVERIFY(cached->evidence.contains(u"Access-Control-Allow-Origin: %1"_s.arg(
            QLatin1StringView(MisconfiguredServer::frontend))));
    }

    void httpTwinOfTheFrontend()
    {
        // An API over plain http on the frontend's own host: its http twin is still probed.
        scan::ScanOptions options;
        options.legitimateOrigin = "https://127.0.0.1:8443";
        scan::Scanner scanner;
        const QList<scan::TargetResult> results = scanner.run(
            {QUrl(m_server.url(u"http-twin"_s)), QUrl(m_server.url(u"clean"_s))}, options);
        QStringList found;
        for (const scan::ScanFinding &finding : results[0].findings) {
            found.append(scan::findingClassKey(finding.kind));
        }
        QCOMPARE(found, QStringList{u"http-origin-trusted"_s});
        QCOMPARE(results[0].findings[0].probeOrigin, QByteArray("http://127.0.0.1:8443"));
        QVERIFY(results[1].findings.isEmpty());
    }

    void streamsInInputOrderWithABoundedWindow()
    {
        // A source that is read as the scan goes, and results that come one by one in order.
        qint64 handedOut = 0;
        const qint64 total = 300;
        scan::Scanner scanner;
        qint64 expectedIndex = 0;
        qint64 maxAhead = 0;
        connect(&scanner, &scan::Scanner::targetDone, this, [&](const scan::TargetResult &result) {
            QCOMPARE(result.index, expectedIndex);
            ++expectedIndex;
            maxAhead = std::max(maxAhead, handedOut - expectedIndex);
        });
        QEventLoop loop;
        connect(&scanner, &scan::Scanner::finished, &loop, &QEventLoop::quit);
        scan::ScanOptions options;
        options.concurrency = 8;
        scanner.start(
            [&]() -> std::optional<QUrl> {
                if (handedOut == total) {
                    return std::nullopt;
                }
                return QUrl(m_server.url(handedOut++ % 2 ? u"clean"_s : u"reflect"_s));
            },
            options);
        loop.exec();
        QCOMPARE(expectedIndex, total);
        QVERIFY(scanner.results().isEmpty()); // nothing is collected in streaming mode
        QVERIFY2(maxAhead <= 1024, qPrintable(QString::number(maxAhead)));
    }

    void interruptReportsWhatIsDone()
    {
        scan::Scanner scanner;
        QList<qint64> reported;
        connect(&scanner, &scan::Scanner::targetDone, this,
                [&](const scan::TargetResult &result) { reported.append(result.index); });
        connect(&scanner, &scan::Scanner::progress, this, [&](qint64 done, qint64) {
            if (done == 5) {
                scanner.interrupt();
            }
        });
        QList<QUrl> targets;
        for (int i = 0; i < 200; ++i) {
            targets.append(QUrl(m_server.url(u"clean"_s)));
        }
        scan::ScanOptions options;
        options.concurrency = 4;
        scanner.run(targets, options);
        QVERIFY(!scanner.isRunning());
        QVERIFY(reported.size() >= 5);
        QVERIFY(reported.size() < 200);
        QCOMPARE(qint64(reported.size()) + scanner.unfinished() > 5, true);
        QVERIFY(std::is_sorted(reported.begin(), reported.end()));
    }

    void unreachableTarget()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        scan::Scanner scanner;
        const QList<scan::TargetResult> results =
            scanner.run({QUrl(u"http://127.0.0.1:%1/x"_s.arg(port))});
        QCOMPARE(results.size(), 1);
        QVERIFY(!results[0].reachable);
        QVERIFY(!results[0].error.isEmpty());
        QVERIFY(results[0].findings.isEmpty());
    }

    void noLegitimateOriginStillScans()
    {
        scan::Scanner scanner;
        const QList<scan::TargetResult> results =
            scanner.run({QUrl(m_server.url(u"reflect"_s)), QUrl(m_server.url(u"clean"_s))});
        QVERIFY(find(results[0], u"reflected-origin"_s));
        QVERIFY(results[1].findings.isEmpty());
    }

    void emptyListFinishes()
    {
        scan::Scanner scanner;
        QVERIFY(scanner.run({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScanner)
#include "tst_scanner.moc"
