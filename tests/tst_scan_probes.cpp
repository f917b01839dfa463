// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The scanner's probes as data: the hostile origins each host gives, and the requests a target
// gets with and without a legitimate frontend.
#include "scan/probes.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace cors;
using scan::FindingClass;

class TestScanProbes : public QObject
{
    Q_OBJECT

    static QByteArray originFor(const QList<std::pair<FindingClass, QByteArray>> &origins,
                                FindingClass kind)
    {
        for (const auto &[k, origin] : origins) {
            if (k == kind) {
                return origin;
            }
        }
        return {};
    }

private Q_SLOTS:
    void derivedFromADomain_data()
    {
        QTest::addColumn<FindingClass>("kind");
        QTest::addColumn<QByteArray>("origin");
        QTest::newRow("prefix") << FindingClass::PrefixMatch
                                << QByteArray("https://api.example.com.corscfg-probe.test");
        QTest::newRow("suffix") << FindingClass::SuffixMatch
                                << QByteArray("https://evilapi.example.com");
        QTest::newRow("unescaped dot")
            << FindingClass::UnescapedDot << QByteArray("https://apixexample.com");
        QTest::newRow("substring")
            << FindingClass::SubstringMatch << QByteArray("https://pi.example.com");
        QTest::newRow("subdomain")
            << FindingClass::AnySubdomain << QByteArray("https://corscfg-probe.api.example.com");
        QTest::newRow("http") << FindingClass::HttpOriginTrusted
                              << QByteArray("http://api.example.com");
        QTest::newRow("special") << FindingClass::SpecialCharacters
                                 << QByteArray("https://api.example.com_.corscfg-probe.test");
    }

    void derivedFromADomain()
    {
        QFETCH(FindingClass, kind);
        QFETCH(QByteArray, origin);
        QCOMPARE(originFor(scan::derivedOrigins(u"https"_s, u"api.example.com"_s), kind), origin);
    }

    void addressesAndSingleLabelsOnlyGiveHttp_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("IPv4") << u"127.0.0.1"_s;
        QTest::newRow("IPv6") << u"::1"_s;
        QTest::newRow("localhost") << u"localhost"_s;
    }

    void addressesAndSingleLabelsOnlyGiveHttp()
    {
        QFETCH(QString, host);
        const auto origins = scan::derivedOrigins(u"https"_s, host);
        QCOMPARE(origins.size(), 1);
        QCOMPARE(origins[0].first, FindingClass::HttpOriginTrusted);
        QVERIFY(scan::derivedOrigins(u"http"_s, host).isEmpty());
    }

    void httpTargetsHaveNoHttpProbe()
    {
        const auto origins = scan::derivedOrigins(u"http"_s, u"api.example.com"_s);
        QVERIFY(originFor(origins, FindingClass::HttpOriginTrusted).isEmpty());
        QVERIFY(!originFor(origins, FindingClass::PrefixMatch).isEmpty());
    }

    void probesWithAFrontend()
    {
        const QList<scan::Probe> probes = scan::probesFor(
            QUrl(u"https://api.example.com/prod/items?x=1"_s), "https://app.example.com");
        // The cache pair first, alone: everything else waits for the first answer.
        QCOMPARE(probes[0].kind, scan::Probe::Kind::CacheFirst);
        QCOMPARE(probes[0].originHeader, QByteArray("https://app.example.com"));
        QCOMPARE(probes[0].after, -1);
        QCOMPARE(probes[1].kind, scan::Probe::Kind::CacheSecond);
        QCOMPARE(probes[1].url, probes[0].url);
        QVERIFY(probes[1].originHeader != probes[0].originHeader);
        QCOMPARE(probes[2].kind, scan::Probe::Kind::CacheBust);
        QVERIFY(probes[2].url.query().contains(u"corscfg-cache-bust="_s));
        for (qsizetype i = 1; i < probes.size(); ++i) {
            QCOMPARE(probes[i].after, 0);
        }
        QCOMPARE(probes[3].kind, scan::Probe::Kind::Baseline);
        QCOMPARE(probes[3].originHeader, QByteArray("https://app.example.com"));
        QSet<QByteArray> origins;
        int fromFrontend = 0;
        for (const scan::Probe &probe : probes) {
            if (probe.kind == scan::Probe::Kind::Origin) {
                QVERIFY2(!origins.contains(probe.originHeader), probe.originHeader.constData());
                origins.insert(probe.originHeader);
                QVERIFY(probe.originHeader != "https://app.example.com");
                fromFrontend += probe.originHeader.contains("app.example.com") ||
                                probe.originHeader.contains("appxexample");
            }
        }
        QVERIFY(fromFrontend >= 10); // derived from the frontend's host too
        QVERIFY(origins.contains("null"));
        QVERIFY(origins.contains(scan::foreignOrigin));
        const scan::Probe &error = probes.last();
        QCOMPARE(error.kind, scan::Probe::Kind::Error);
        QCOMPARE(error.url.toString(),
                 u"https://api.example.com/prod/items/corscfg-probe-does-not-exist"_s);
        const auto echo = std::find_if(probes.begin(), probes.end(), [](const scan::Probe &p) {
            return p.kind == scan::Probe::Kind::PreflightEcho;
        });
        QVERIFY(echo != probes.end());
        QCOMPARE(echo->method, QByteArray("OPTIONS"));
        QCOMPARE(echo->requestMethod, QByteArray(scan::probeMethod));
        QCOMPARE(echo->requestHeaders, QByteArray(scan::probeHeader));
    }

    void httpTwinOfTheFrontendWhateverTheScheme_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("http API, same host") << u"http://127.0.0.1:3000/items"_s;
        QTest::newRow("https API, other host") << u"https://api.example.com/items"_s;
    }

    void httpTwinOfTheFrontendWhateverTheScheme()
    {
        QFETCH(QString, target);
        const QList<scan::Probe> probes = scan::probesFor(QUrl(target), "https://127.0.0.1:8443");
        const auto twin = std::find_if(probes.begin(), probes.end(), [](const scan::Probe &p) {
            return p.originHeader == "http://127.0.0.1:8443";
        });
        QVERIFY(twin != probes.end());
        QCOMPARE(twin->origin, FindingClass::HttpOriginTrusted);
    }

    void probesWithoutAFrontend()
    {
        const QList<scan::Probe> probes =
            scan::probesFor(QUrl(u"https://api.example.com/items"_s), QByteArray());
        for (const scan::Probe &probe : probes) {
            QVERIFY(probe.kind != scan::Probe::Kind::Baseline);
            QVERIFY(probe.kind != scan::Probe::Kind::Error);
        }
        QVERIFY(probes.size() > 15);
    }

    void classKeysRoundTrip()
    {
        QSet<QString> keys;
        for (const FindingClass kind : scan::allFindingClasses()) {
            const QString key = scan::findingClassKey(kind);
            QVERIFY(!key.isEmpty());
            QVERIFY(!keys.contains(key));
            keys.insert(key);
            QCOMPARE(scan::findingClassFromKey(key), std::optional<FindingClass>(kind));
        }
        QCOMPARE(keys.size(), 20);
    }
};

QTEST_GUILESS_MAIN(TestScanProbes)
#include "tst_scan_probes.moc"
