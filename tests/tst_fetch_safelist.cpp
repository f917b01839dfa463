// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The request side of the Fetch standard: safelisted methods and headers, the unsafe-name
// list a preflight carries, the MIME type and Range parsers, max-age per browser.
#include "fetch/browser.h"
#include "fetch/headerlist.h"
#include "fetch/request.h"
#include "fetch/safelist.h"
#include "support/headertext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace cors::fetch;

Q_DECLARE_METATYPE(cors::fetch::Browser)

namespace {
HeaderList parseHeaders(const QByteArray &text)
{
    return parseHeaderText(text, true);
}
} // namespace

class TestFetchSafelist : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void methodNormalization_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("normalized");
        QTest::addColumn<bool>("safelisted");
        QTest::newRow("get") << "get"_ba
                             << "GET"_ba << true;
        QTest::newRow("Post") << "Post"_ba
                              << "POST"_ba << true;
        QTest::newRow("head") << "head"_ba
                              << "HEAD"_ba << true;
        QTest::newRow("delete") << "delete"_ba
                                << "DELETE"_ba << false;
        QTest::newRow("options") << "options"_ba
                                 << "OPTIONS"_ba << false;
        QTest::newRow("put") << "put"_ba
                             << "PUT"_ba << false;
        QTest::newRow("patch stays lower case") << "patch"_ba
                                                << "patch"_ba << false;
        QTest::newRow("Patch stays mixed case") << "Patch"_ba
                                                << "Patch"_ba << false;
        QTest::newRow("PATCH") << "PATCH"_ba
                               << "PATCH"_ba << false;
        QTest::newRow("custom verb") << "chicken"_ba
                                     << "chicken"_ba << false;
    }

    void methodNormalization()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, normalized);
        QFETCH(bool, safelisted);
        QCOMPARE(normalizeMethod(method), normalized);
        QCOMPARE(isCorsSafelistedMethod(normalizeMethod(method)), safelisted);
    }

    void safelistedRequestHeader_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<Browser>("browser");
        QTest::addColumn<bool>("safelisted");
        const Browser c = Browser::Chromium;
        const Browser f = Browser::Firefox;
        QTest::newRow("accept */*") << "Accept"_ba
                                    << "*/*"_ba << c << true;
        QTest::newRow("accept json") << "accept"_ba
                                     << "application/json"_ba << c << true;
        QTest::newRow("accept quote") << "Accept"_ba
                                      << "text/\"x\""_ba << c << false;
        QTest::newRow("accept colon") << "Accept"_ba
                                      << "a:b"_ba << c << false;
        QTest::newRow("accept braces") << "Accept"_ba
                                       << "{x}"_ba << c << false;
        QTest::newRow("accept DEL") << "Accept"_ba
                                    << "a\x7F"_ba << c << false;
        QTest::newRow("accept tab ok") << "Accept"_ba
                                       << "a\tb"_ba << c << true;
        QTest::newRow("accept 128 bytes") << "Accept"_ba << QByteArray(128, 'a') << c << true;
        QTest::newRow("accept 129 bytes") << "Accept"_ba << QByteArray(129, 'a') << c << false;
        QTest::newRow("accept-language") << "Accept-Language"_ba
                                         << "en-US,en;q=0.9"_ba << c << true;
        QTest::newRow("accept-language underscore") << "Accept-Language"_ba
                                                    << "en_US"_ba << c << false;
        QTest::newRow("accept-language slash") << "accept-language"_ba
                                               << "en/US"_ba << c << false;
        QTest::newRow("content-language") << "Content-Language"_ba
                                          << "de-DE, *"_ba << c << true;
        QTest::newRow("content-language 129")
            << "Content-Language"_ba << QByteArray(129, 'a') << c << false;
        QTest::newRow("content-type text/plain") << "Content-Type"_ba
                                                 << "text/plain"_ba << c << true;
        QTest::newRow("content-type charset") << "Content-Type"_ba
                                              << "text/plain;charset=UTF-8"_ba << c << true;
        QTest::newRow("content-type upper case") << "content-type"_ba
                                                 << "TEXT/PLAIN"_ba << c << true;
        QTest::newRow("content-type form") << "Content-Type"_ba
                                           << "application/x-www-form-urlencoded"_ba << c << true;
        QTest::newRow("content-type multipart")
            << "Content-Type"_ba
            << "multipart/form-data; boundary=abc"_ba << c << true;
        QTest::newRow("content-type space before ;") << "Content-Type"_ba
                                                     << "text/plain ;charset=utf-8"_ba << c << true;
        QTest::newRow("content-type json") << "Content-Type"_ba
                                           << "application/json"_ba << c << false;
        QTest::newRow("content-type quoted param")
            << "Content-Type"_ba
            << "text/plain; charset=\"utf-8\""_ba << c << false;
        QTest::newRow("content-type two values") << "Content-Type"_ba
                                                 << "text/plain, text/plain"_ba << c << false;
        QTest::newRow("content-type space in type") << "Content-Type"_ba
                                                    << "text /plain"_ba << c << false;
        QTest::newRow("content-type no subtype") << "Content-Type"_ba
                                                 << "text/"_ba << c << false;
        QTest::newRow("content-type no slash") << "Content-Type"_ba
                                               << "text"_ba << c << false;
        QTest::newRow("range start-") << "Range"_ba
                                      << "bytes=0-"_ba << c << true;
        QTest::newRow("range start-end") << "Range"_ba
                                         << "bytes=10-20"_ba << c << true;
        QTest::newRow("range Bytes") << "Range"_ba
                                     << "Bytes=0-1"_ba << c << true;
        QTest::newRow("range suffix") << "Range"_ba
                                      << "bytes=-5"_ba << c << false;
        QTest::newRow("range two ranges") << "Range"_ba
                                          << "bytes=0-5,10-20"_ba << c << false;
        QTest::newRow("range whitespace") << "Range"_ba
                                          << "bytes = 0-5"_ba << c << false;
        QTest::newRow("range reversed") << "Range"_ba
                                        << "bytes=5-1"_ba << c << false;
        QTest::newRow("range items") << "Range"_ba
                                     << "items=0-5"_ba << c << false;
        QTest::newRow("range empty") << "Range"_ba
                                     << "bytes=-"_ba << c << false;
        QTest::newRow("custom header") << "X-Api-Key"_ba
                                       << "abc"_ba << c << false;
        QTest::newRow("authorization") << "Authorization"_ba
                                       << "Bearer x"_ba << c << false;
        QTest::newRow("save-data chromium") << "Save-Data"_ba
                                            << "on"_ba << c << true;
        QTest::newRow("save-data firefox") << "Save-Data"_ba
                                           << "on"_ba << f << false;
        QTest::newRow("save-data off") << "Save-Data"_ba
                                       << "off"_ba << c << false;
        QTest::newRow("dpr decimal") << "DPR"_ba
                                     << "2.5"_ba << c << true;
        QTest::newRow("dpr trailing dot") << "DPR"_ba
                                          << "2."_ba << c << false;
        QTest::newRow("width") << "Width"_ba
                               << "100"_ba << c << true;
        QTest::newRow("width exponent") << "Width"_ba
                                        << "1e2"_ba << c << false;
        QTest::newRow("viewport-width webkit") << "Viewport-Width"_ba
                                               << "100"_ba << Browser::WebKit << false;
        QTest::newRow("device-memory") << "Device-Memory"_ba
                                       << "0.5"_ba << c << true;
        QTest::newRow("intervention") << "Intervention"_ba
                                      << "anything"_ba << c << true;
    }

    void safelistedRequestHeader()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        QFETCH(Browser, browser);
        QFETCH(bool, safelisted);
        QCOMPARE(isCorsSafelistedRequestHeader(name, value, browser), safelisted);
    }

    void unsafeNames_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("none") << "Accept: */*"_ba
                              << ""_ba;
        QTest::newRow("sorted, lowercased, de-duplicated")
            << "X-B: 1\nx-a: 2\nX-A: 3\nContent-Type: application/json"_ba
            << "content-type,x-a,x-b"_ba;
        QTest::newRow("safelisted stays out") << "Accept-Language: de\nX-Trace: 1"_ba
                                              << "x-trace"_ba;
        const QByteArray v128(128, 'a');
        // 8 x 128 = 1024 bytes: at the limit, still safelisted.
        QByteArray atLimit;
        for (int i = 0; i < 8; ++i) {
            atLimit += "Accept-Language: " + v128 + '\n';
        }
        QTest::newRow("1024 bytes in total") << atLimit << ""_ba;
        QTest::newRow("1025 bytes in total") << atLimit + "Content-Language: a"_ba
                                             << "accept-language,content-language"_ba;
    }

    void unsafeNames()
    {
        QFETCH(QByteArray, headers);
        QFETCH(QByteArray, expected);
        QCOMPARE(corsUnsafeRequestHeaderNames(parseHeaders(headers), Browser::Chromium).join(','),
                 expected);
    }

    void mimeEssence_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("essence");
        QTest::newRow("plain") << "text/plain"_ba
                               << "text/plain"_ba;
        QTest::newRow("params") << "Text/HTML; charset=x"_ba
                                << "text/html"_ba;
        QTest::newRow("whitespace") << "  text/plain  "_ba
                                    << "text/plain"_ba;
        QTest::newRow("no subtype") << "text/"_ba
                                    << ""_ba;
        QTest::newRow("no type") << "/plain"_ba
                                 << ""_ba;
        QTest::newRow("bad token") << "te(x)t/plain"_ba
                                   << ""_ba;
    }

    void mimeEssence()
    {
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, essence);
        QCOMPARE(mimeTypeEssence(value).value_or(QByteArray()), essence);
    }

    void maxAge_data()
    {
        QTest::addColumn<Browser>("browser");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("present");
        QTest::addColumn<int>("seconds");
        QTest::newRow("chromium default") << Browser::Chromium << ""_ba << false << 5;
        QTest::newRow("firefox default") << Browser::Firefox << ""_ba << false << 5;
        QTest::newRow("webkit default") << Browser::WebKit << ""_ba << false << 5;
        QTest::newRow("chromium 600") << Browser::Chromium << "600"_ba << true << 600;
        QTest::newRow("chromium cap") << Browser::Chromium << "86400"_ba << true << 7200;
        QTest::newRow("firefox cap") << Browser::Firefox << "100000"_ba << true << 86400;
        QTest::newRow("webkit cap") << Browser::WebKit << "7200"_ba << true << 600;
        QTest::newRow("zero") << Browser::Chromium << "0"_ba << true << 0;
        QTest::newRow("minus one") << Browser::Chromium << "-1"_ba << true << 0;
        QTest::newRow("garbage") << Browser::Chromium << "ten"_ba << true << 5;
        QTest::newRow("huge") << Browser::Chromium << "99999999999999999999999"_ba << true << 7200;
    }

    void maxAge()
    {
        QFETCH(Browser, browser);
        QFETCH(QByteArray, value);
        QFETCH(bool, present);
        QFETCH(int, seconds);
        QCOMPARE(effectiveMaxAge(browser, present ? std::optional(value) : std::nullopt), seconds);
    }

    void tokenList_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<QByteArray>("values");
        QTest::addColumn<bool>("failure");
        QTest::newRow("simple") << "ACAM: GET, PUT"_ba
                                << "GET|PUT"_ba << false;
        QTest::newRow("empty elements") << "ACAM: GET,, ,PUT,"_ba
                                        << "GET|PUT"_ba << false;
        QTest::newRow("two lines") << "ACAM: GET\nacam: PUT"_ba
                                   << "GET|PUT"_ba << false;
        QTest::newRow("semicolon") << "ACAM: PUT;"_ba
                                   << ""_ba << true;
        QTest::newRow("quoted") << "ACAM: \"PUT\""_ba
                                << ""_ba << true;
        QTest::newRow("space inside") << "ACAM: GET PUT"_ba
                                      << ""_ba << true;
    }

    void tokenList()
    {
        QFETCH(QByteArray, headers);
        QFETCH(QByteArray, values);
        QFETCH(bool, failure);
        const TokenList list = extractTokenList(parseHeaders(headers), "acam");
        QCOMPARE(list.status == TokenList::Status::Failure, failure);
        QCOMPARE(list.values.join('|'), values);
    }

    void preflightRequestShape()
    {
        const HttpRequest preflight =
            buildPreflight(QUrl(u"https://api.example.com/prod/items"_s), "https://app.example.com",
                           "patch", {"content-type", "x-api-key"}, "https://app.example.com");
        QCOMPARE(preflight.method, "OPTIONS"_ba);
        QCOMPARE(preflight.headers.get("Accept"), std::optional("*/*"_ba));
        QCOMPARE(preflight.headers.get("Access-Control-Request-Method"), std::optional("patch"_ba));
        QCOMPARE(preflight.headers.get("Access-Control-Request-Headers"),
                 std::optional("content-type,x-api-key"_ba));
        QCOMPARE(preflight.headers.get("Origin"), std::optional("https://app.example.com"_ba));
        QVERIFY(!preflight.headers.contains("Cookie"));
        QVERIFY(!preflight.headers.contains("Authorization"));
        QVERIFY(!preflight.body);

        const HttpRequest simple = buildPreflight(QUrl(u"https://api.example.com/"_s),
                                                  "https://app.example.com", "PUT", {}, {});
        QVERIFY(!simple.headers.contains("Access-Control-Request-Headers"));
    }
};

QTEST_GUILESS_MAIN(TestFetchSafelist)
#include "tst_fetch_safelist.moc"
