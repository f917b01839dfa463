// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/origin.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cors::http;

Q_DECLARE_METATYPE(cors::http::OriginForm)
Q_DECLARE_METATYPE(cors::http::OriginProblem)

class TestOrigin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // What a browser would send in Origin for a page at the written URL (HTML "ASCII
    // serialization of an origin" over the URL Standard's parser).
    void serialization_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<OriginForm>("form");
        QTest::addColumn<QString>("serialized");
        QTest::addColumn<QList<OriginProblem>>("problems");

        using P = OriginProblem;
        const auto tuple = OriginForm::Tuple;
        QTest::addRow("canonical https")
            << u"https://app.example.com"_s << tuple << u"https://app.example.com"_s << QList<P>{};
        QTest::addRow("canonical with port")
            << u"http://localhost:3000"_s << tuple << u"http://localhost:3000"_s << QList<P>{};
        QTest::addRow("wildcard") << u"*"_s << OriginForm::Wildcard << u"*"_s << QList<P>{};
        QTest::addRow("null") << u"null"_s << OriginForm::Null << u"null"_s << QList<P>{};
        QTest::addRow("https wildcard")
            << u"https://*"_s << OriginForm::SchemeWildcard << u"https://*"_s << QList<P>{};
        QTest::addRow("upper scheme") << u"HTTPS://a.example"_s << tuple << u"https://a.example"_s
                                      << QList<P>{P::UppercaseScheme};
        QTest::addRow("upper host") << u"https://A.Example"_s << tuple << u"https://a.example"_s
                                    << QList<P>{P::UppercaseHost};
        QTest::addRow("default https port") << u"https://a.example:443"_s << tuple
                                            << u"https://a.example"_s << QList<P>{P::DefaultPort};
        QTest::addRow("default http port") << u"http://a.example:80"_s << tuple
                                           << u"http://a.example"_s << QList<P>{P::DefaultPort};
        QTest::addRow("443 on http is not default")
            << u"http://a.example:443"_s << tuple << u"http://a.example:443"_s << QList<P>{};
        QTest::addRow("leading zero port")
            << u"http://a.example:08080"_s << tuple << u"http://a.example:8080"_s
            << QList<P>{P::NonCanonicalPort};
        QTest::addRow("empty port") << u"https://a.example:"_s << tuple << u"https://a.example"_s
                                    << QList<P>{P::NonCanonicalPort};
        QTest::addRow("port too large") << u"https://a.example:65536"_s << OriginForm::Invalid
                                        << QString() << QList<P>{P::InvalidPort};
        QTest::addRow("port not a number") << u"https://a.example:80a"_s << OriginForm::Invalid
                                           << QString() << QList<P>{P::InvalidPort};
        QTest::addRow("trailing slash") << u"https://a.example/"_s << tuple
                                        << u"https://a.example"_s << QList<P>{P::TrailingSlash};
        QTest::addRow("path") << u"https://a.example/app"_s << tuple << u"https://a.example"_s
                              << QList<P>{P::Path};
        QTest::addRow("query") << u"https://a.example?x=1"_s << tuple << u"https://a.example"_s
                               << QList<P>{P::Query};
        QTest::addRow("fragment") << u"https://a.example#top"_s << tuple << u"https://a.example"_s
                                  << QList<P>{P::Fragment};
        QTest::addRow("userinfo") << u"https://user:pw@a.example"_s << tuple
                                  << u"https://a.example"_s << QList<P>{P::Userinfo};
        QTest::addRow("idn") << u"https://bücher.example"_s << tuple
                             << u"https://xn--bcher-kva.example"_s << QList<P>{P::UnicodeHost};
        QTest::addRow("punycode is canonical") << u"https://xn--bcher-kva.example"_s << tuple
                                               << u"https://xn--bcher-kva.example"_s << QList<P>{};
        QTest::addRow("ipv4 shorthand")
            << u"http://127.1"_s << tuple << u"http://127.0.0.1"_s << QList<P>{P::NonCanonicalHost};
        QTest::addRow("ipv4 hex") << u"http://0x7f.0.0.1"_s << tuple << u"http://127.0.0.1"_s
                                  << QList<P>{P::NonCanonicalHost};
        QTest::addRow("ipv4 canonical") << u"http://192.168.0.10:8080"_s << tuple
                                        << u"http://192.168.0.10:8080"_s << QList<P>{};
        QTest::addRow("ipv4 out of range") << u"http://256.1.1.1"_s << OriginForm::Invalid
                                           << QString() << QList<P>{P::InvalidHost};
        QTest::addRow("ipv6 loopback")
            << u"http://[::1]:8080"_s << tuple << u"http://[::1]:8080"_s << QList<P>{};
        QTest::addRow("ipv6 uncompressed") << u"http://[0:0:0:0:0:0:0:1]"_s << tuple
                                           << u"http://[::1]"_s << QList<P>{P::NonCanonicalHost};
        QTest::addRow("ipv6 upper hex") << u"http://[2001:DB8::1]"_s << tuple
                                        << u"http://[2001:db8::1]"_s << QList<P>{P::UppercaseHost};
        QTest::addRow("ipv6 unclosed")
            << u"http://[::1"_s << OriginForm::Invalid << QString() << QList<P>{P::InvalidHost};
        QTest::addRow("percent-encoded host")
            << u"https://ex%61mple.com"_s << tuple << u"https://example.com"_s
            << QList<P>{P::NonCanonicalHost};
        QTest::addRow("forbidden host code point")
            << u"https://a<b.example"_s << OriginForm::Invalid << QString()
            << QList<P>{P::InvalidHost};
        QTest::addRow("wildcard subdomain") << u"https://*.example.com"_s << OriginForm::Invalid
                                            << QString() << QList<P>{P::WildcardHost};
        QTest::addRow("missing host")
            << u"https://"_s << OriginForm::Invalid << QString() << QList<P>{P::MissingHost};
        QTest::addRow("no scheme") << u"app.example.com"_s << tuple << u"https://app.example.com"_s
                                   << QList<P>{P::NoScheme};
        QTest::addRow("no scheme localhost")
            << u"localhost:3000"_s << tuple << u"http://localhost:3000"_s << QList<P>{P::NoScheme};
        QTest::addRow("other scheme") << u"ftp://a.example"_s << OriginForm::Invalid << QString()
                                      << QList<P>{P::UnsupportedScheme};
        QTest::addRow("mailto") << u"mailto:x@a.example"_s << OriginForm::Invalid << QString()
                                << QList<P>{P::NoScheme};
        QTest::addRow("everything wrong")
            << u"HTTPS://User@App.Example.com:443/path?q#f"_s << tuple
            << u"https://app.example.com"_s
            << QList<P>{P::UppercaseScheme, P::Path,        P::Query,        P::Fragment,
                        P::Userinfo,        P::DefaultPort, P::UppercaseHost};
    }
    void serialization()
    {
        QFETCH(QString, text);
        QFETCH(OriginForm, form);
        QFETCH(QString, serialized);
        QFETCH(QList<OriginProblem>, problems);

        const ParsedOrigin origin = parseOrigin(text);
        QCOMPARE(origin.form, form);
        QCOMPARE(origin.serialization(), serialized);
        QCOMPARE(origin.problems, problems);
    }

    void suggestedOriginIsCanonical()
    {
        // Property: whenever the parser can name the origin a browser would send, that origin
        // parses back with no problems and the same serialization. This is the fix validation
        // offers, so it must never be wrong itself.
        const QString soup = u"hHtTpPsS:/.-_~!$&'()*+,;=%@[]?#0123456789abcxyzABCXYZüß中 \t"_s;
        const QStringList starts{u"http://"_s, u"https://"_s, u"HTTPS://"_s, QString(),
                                 u"http://["_s};
        QRandomGenerator random(42);
        int tuples = 0;
        for (int round = 0; round < 20000; ++round) {
            QString text = starts.at(random.bounded(int(starts.size())));
            const int length = random.bounded(1, 24);
            for (int i = 0; i < length; ++i) {
                text += soup.at(random.bounded(int(soup.size())));
            }
            const ParsedOrigin origin = parseOrigin(text);
            if (origin.form != OriginForm::Tuple) {
                QVERIFY2(origin.form != OriginForm::Invalid || !origin.problems.isEmpty(),
                         qPrintable(text));
                continue;
            }
            ++tuples;
            const QString canonical = origin.serialization();
            const ParsedOrigin again = parseOrigin(canonical);
            QVERIFY2(again.form == OriginForm::Tuple && again.problems.isEmpty(),
                     qPrintable(text + u" -> "_s + canonical));
            QCOMPARE(again.serialization(), canonical);
        }
        QVERIFY(tuples > 1000);
    }

    void splitEntries_data()
    {
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QStringList>("entries");
        QTest::addRow("single") << u"https://a.example"_s << QStringList{u"https://a.example"_s};
        QTest::addRow("trimmed") << u"  https://a.example \n"_s
                                 << QStringList{u"https://a.example"_s};
        QTest::addRow("comma") << u"https://a.example,https://b.example"_s
                               << QStringList{u"https://a.example"_s, u"https://b.example"_s};
        QTest::addRow("comma space")
            << u"GET, POST, OPTIONS"_s << QStringList{u"GET"_s, u"POST"_s, u"OPTIONS"_s};
        QTest::addRow("newlines and tabs")
            << u"a\r\nb\tc\n\nd"_s << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s};
        QTest::addRow("empty") << u" , ,\n"_s << QStringList{};
    }
    void splitEntries()
    {
        QFETCH(QString, pasted);
        QFETCH(QStringList, entries);
        QCOMPARE(cors::http::splitEntries(pasted), entries);
    }
};

QTEST_GUILESS_MAIN(TestOrigin)
#include "tst_origin.moc"
