// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Fetch evaluator driven by scripted responses: the CORS check, preflight validation,
// redirects, exposure and the six steps. Each row names the error code Chromium's DevTools
// would show, or "" when the script gets the response.
#include "fetch/evaluator.h"
#include "fetch/responsechecks.h"
#include "support/headertext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace cors::fetch;

Q_DECLARE_METATYPE(cors::fetch::Browser)

namespace {

const QByteArray pageOrigin = "https://app.example.com";
const QUrl apiUrl(u"https://api.example.com/prod/items"_s);

HeaderList parseHeaders(const QByteArray &text)
{
    // Values keep their whitespace: the evaluator must normalize them itself.
    return parseHeaderText(text, false);
}

QList<Header> requestHeaders(const QByteArray &text)
{
    return parseHeaders(text).headers();
}

/// "STATUS\nName: value\n..." with {origin} replaced by the page's origin.
HttpResponse response(QByteArray script)
{
    script.replace("{origin}", pageOrigin);
    const qsizetype newline = script.indexOf('\n');
    HttpResponse r;
    r.status = script.first(newline < 0 ? script.size() : newline).toInt();
    if (newline >= 0) {
        r.headers = parseHeaders(script.sliced(newline + 1));
    }
    return r;
}

struct Run
{
    FlowResult result;
    QList<HttpRequest> sent;
};

/// Sends nothing: hands the evaluator each scripted response in turn.
Run drive(const FetchInit &init, const QList<QByteArray> &responses)
{
    Run run;
    FetchEvaluator evaluator(init);
    qsizetype next = 0;
    while (const auto &request = evaluator.nextRequest()) {
        run.sent.append(*request);
        if (next >= responses.size()) {
            evaluator.fail(CorsErrorCode::ConnectionRefused, u"script ran out"_s);
            break;
        }
        evaluator.receive(response(responses[next++]));
    }
    run.result = evaluator.result();
    return run;
}

QString errorKey(const FlowResult &result)
{
    return result.error ? corsErrorKey(result.error->code) : QString();
}

FetchInit init(const QByteArray &method, const QByteArray &headers = {}, bool credentials = false)
{
    FetchInit i;
    i.url = apiUrl;
    i.origin = pageOrigin;
    i.method = method;
    i.headers = requestHeaders(headers);
    i.credentials = credentials;
    return i;
}

const QByteArray okActual = "200\nAccess-Control-Allow-Origin: {origin}\n"
                            "Access-Control-Allow-Credentials: true";

} // namespace

class TestFetchEvaluator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The CORS check on a simple GET's response (Fetch §4.9).
    void corsCheck_data()
    {
        QTest::addColumn<bool>("credentials");
        QTest::addColumn<QByteArray>("actual");
        QTest::addColumn<QString>("error");
        auto row = [](const char *name, bool credentials, const QByteArray &actual,
                      const QString &error) {
            QTest::newRow(name) << credentials << actual << error;
        };
        row("exact origin", false, "200\nAccess-Control-Allow-Origin: {origin}", u""_s);
        row("wildcard", false, "200\nAccess-Control-Allow-Origin: *", u""_s);
        row("wildcard padded with spaces", false, "200\nAccess-Control-Allow-Origin:   *  ", u""_s);
        row("origin padded with a tab", false, "200\nAccess-Control-Allow-Origin:\t{origin} ",
            u""_s);
        row("header name in lower case", false, "200\naccess-control-allow-origin: {origin}",
            u""_s);
        row("missing", false, "200\nContent-Type: text/plain", u"MissingAllowOriginHeader"_s);
        row("trailing slash", false, "200\nAccess-Control-Allow-Origin: {origin}/",
            u"AllowOriginMismatch"_s);
        row("upper case", false, "200\nAccess-Control-Allow-Origin: https://APP.example.com",
            u"AllowOriginMismatch"_s);
        row("other port", false, "200\nAccess-Control-Allow-Origin: https://app.example.com:8443",
            u"AllowOriginMismatch"_s);
        row("explicit default port", false,
            "200\nAccess-Control-Allow-Origin: https://app.example.com:443",
            u"AllowOriginMismatch"_s);
        row("http instead of https", false,
            "200\nAccess-Control-Allow-Origin: http://app.example.com", u"AllowOriginMismatch"_s);
        row("null", false, "200\nAccess-Control-Allow-Origin: null", u"AllowOriginMismatch"_s);
        row("two header lines, same value", false,
            "200\nAccess-Control-Allow-Origin: {origin}\nAccess-Control-Allow-Origin: {origin}",
            u"MultipleAllowOriginValues"_s);
        row("two values in one line", false,
            "200\nAccess-Control-Allow-Origin: {origin}, https://other.example.com",
            u"MultipleAllowOriginValues"_s);
        row("space separated", false,
            "200\nAccess-Control-Allow-Origin: {origin} https://other.example.com",
            u"MultipleAllowOriginValues"_s);
        row("wildcard and origin lines", false,
            "200\nAccess-Control-Allow-Origin: *\nAccess-Control-Allow-Origin: {origin}",
            u"MultipleAllowOriginValues"_s);
        row("not an origin", false, "200\nAccess-Control-Allow-Origin: app.example.com",
            u"InvalidAllowOriginValue"_s);
        row("empty value", false,
            "200\nAccess-Control-Allow-Origin: ", u"InvalidAllowOriginValue"_s);
        row("error status with origin", false, "500\nAccess-Control-Allow-Origin: {origin}", u""_s);
        row("error status without origin", false, "403\nContent-Type: application/json",
            u"MissingAllowOriginHeader"_s);
        row("credentials: exact + true", true, okActual, u""_s);
        row("credentials: padded true", true,
            "200\nAccess-Control-Allow-Origin: {origin}\nAccess-Control-Allow-Credentials:  true ",
            u""_s);
        row("credentials: wildcard", true,
            "200\nAccess-Control-Allow-Origin: *\nAccess-Control-Allow-Credentials: true",
            u"WildcardOriginNotAllowed"_s);
        row("credentials: True", true,
            "200\nAccess-Control-Allow-Origin: {origin}\nAccess-Control-Allow-Credentials: True",
            u"InvalidAllowCredentials"_s);
        row("credentials: missing", true, "200\nAccess-Control-Allow-Origin: {origin}",
            u"InvalidAllowCredentials"_s);
        row("credentials: two lines of true", true,
            "200\nAccess-Control-Allow-Origin: {origin}\nAccess-Control-Allow-Credentials: "
            "true\nAccess-Control-Allow-Credentials: true",
            u"InvalidAllowCredentials"_s);
        row("no credentials: ACAC irrelevant", false,
            "200\nAccess-Control-Allow-Origin: {origin}\nAccess-Control-Allow-Credentials: no",
            u""_s);
    }

    void corsCheck()
    {
        QFETCH(bool, credentials);
        QFETCH(QByteArray, actual);
        QFETCH(QString, error);
        const Run run = drive(init("GET", {}, credentials), {actual});
        QCOMPARE(errorKey(run.result), error);
        QCOMPARE(run.result.allowed, error.isEmpty());
        QVERIFY(!run.result.preflightSent);
        QVERIFY(run.result.actualSent);
        QCOMPARE(run.result.step(StepKind::BrowserPreflight).state, StepState::NotNeeded);
        QCOMPARE(run.result.step(StepKind::ServerActualResponse).state,
                 error.isEmpty() ? StepState::Passed : StepState::Failed);
        QCOMPARE(run.result.step(StepKind::ClientReceives).state,
                 error.isEmpty() ? StepState::Passed : StepState::Failed);
    }

    // Preflight validation (Fetch §4.8): method, headers, credentials.
    void preflight_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<bool>("credentials");
        QTest::addColumn<QByteArray>("preflight");
        QTest::addColumn<QString>("error");
        auto row = [](const char *name, const QByteArray &method, const QByteArray &headers,
                      bool credentials, const QByteArray &preflight, const QString &error) {
            QTest::newRow(name) << method << headers << credentials << preflight << error;
        };
        const QByteArray allowPut =
            "204\nAccess-Control-Allow-Origin: {origin}\nAccess-Control-Allow-Methods: PUT";
        row("PUT allowed", "PUT", "", false, allowPut, u""_s);
        row("put normalized", "put", "", false, allowPut, u""_s);
        row("PUT with 200", "PUT", "", false,
            "200\nAccess-Control-Allow-Origin: {origin}\nAccess-Control-Allow-Methods: PUT", u""_s);
        row("PUT listed among others", "PUT", "", false,
            "200\nAccess-Control-Allow-Origin: *\nAccess-Control-Allow-Methods: GET, PUT ,DELETE",
            u""_s);
        row("PUT over two lines", "PUT", "", false,
            "200\nAccess-Control-Allow-Origin: *\nAccess-Control-Allow-Methods: GET\n"
            "Access-Control-Allow-Methods: PUT",
            u""_s);
        row("PUT not listed", "PUT", "", false,
            "204\nAccess-Control-Allow-Origin: {origin}\nAccess-Control-Allow-Methods: GET,POST",
            u"MethodDisallowedByPreflightResponse"_s);
        row("no allow-methods", "DELETE", "", false, "204\nAccess-Control-Allow-Origin: *",
            u"MethodDisallowedByPreflightResponse"_s);
        row("patch vs PATCH", "patch", "", false,
            "204\nAccess-Control-Allow-Origin: *\nAccess-Control-Allow-Methods: PATCH",
            u"MethodDisallowedByPreflightResponse"_s);
        row("patch vs patch", "patch", "", false,
            "204\nAccess-Control-Allow-Origin: *\nAccess-Control-Allow-Methods: patch", u""_s);
        row("PATCH vs patch", "PATCH", "", false,
            "204\nAccess-Control-Allow-Origin: *\nAccess-Control-Allow-Methods: patch",
            u"MethodDisallowedByPreflightResponse"_s);
        row("methods wildcard", "DELETE", "", false,
            "204\nAccess-Control-Allow-Origin: *\nAccess-Control-Allow-Methods: *", u""_s);
        row("methods wildcard with credentials", "DELETE", "", true,
            "204\nAccess-Control-Allow-Origin: {origin}\nAccess-Control-Allow-Credentials: "
            "true\nAccess-Control-Allow-Methods: *",
            u"MethodDisallowedByPreflightResponse"_s);
        row("safelisted method needs no listing", "POST", "X-Trace: 1", false,
            "204\nAccess-Control-Allow-Origin: *\nAccess-Control-Allow-Methods: PUT\n"
            "Access-Control-Allow-Headers: x-trace",
            u""_s);
        row("invalid allow-methods", "PUT", "", false,
            "204\nAccess-Control-Allow-Origin: *\nAccess-Control-Allow-Methods: PUT;",
            u"InvalidAllowMethodsPreflightResponse"_s);
        row("quoted allow-methods", "PUT", "", false,
            "204\nAccess-Control-Allow-Origin: *\nAccess-Control-Allow-Methods: \"PUT\"",
            u"InvalidAllowMethodsPreflightResponse"_s);
        row("invalid allow-methods even for GET", "GET", "X-A: 1", false,
            "204\nAccess-Control-Allow-Origin: *\nAccess-Control-Allow-Methods: GET/POST\n"
            "Access-Control-Allow-Headers: x-a",
            u"InvalidAllowMethodsPreflightResponse"_s);
        row("empty list elements", "PUT", "", false,
            "204\nAccess-Control-Allow-Origin: *\nAccess-Control-Allow-Methods: ,PUT,,", u""_s);
        row("header allowed", "GET", "X-Api-Key: k", false,
            "204\nAccess-Control-Allow-Origin: *\nAccess-Control-Allow-Headers: X-Api-Key", u""_s);
        row("header case-insensitive", "GET", "x-api-key: k", false,
            "204\nAccess-Control-Allow-Origin: *\nAccess-Control-Allow-Headers: X-API-KEY", u""_s);
        row("header missing", "GET", "X-Api-Key: k", false,
            "204\nAccess-Control-Allow-Origin: *\nAccess-Control-Allow-Headers: Content-Type",
            u"HeaderDisallowedByPreflightResponse"_s);
        row("one of two headers missing", "POST", "Content-Type: application/json\nX-Api-Key: k",
            false,
            "204\nAccess-Control-Allow-Origin: *\nAccess-Control-Allow-Headers: content-type",
            u"HeaderDisallowedByPreflightResponse"_s);
        row("headers wildcard", "GET", "X-Api-Key: k", false,
            "204\nAccess-Control-Allow-Origin: *\nAccess-Control-Allow-Headers: *", u""_s);
        row("Authorization under wildcard (Chromium lets it pass)", "GET",
            "Authorization: Bearer t", false,
            "204\nAccess-Control-Allow-Origin: *\nAccess-Control-Allow-Headers: *", u""_s);
        row("Authorization listed beside wildcard", "GET", "Authorization: Bearer t", false,
            "204\nAccess-Control-Allow-Origin: *\nAccess-Control-Allow-Headers: *, Authorization",
            u""_s);
        row("headers wildcard with credentials", "GET", "X-Api-Key: k", true,
            "204\nAccess-Control-Allow-Origin: {origin}\nAccess-Control-Allow-Credentials: "
            "true\nAccess-Control-Allow-Headers: *",
            u"HeaderDisallowedByPreflightResponse"_s);
        row("invalid allow-headers", "GET", "X-Api-Key: k", false,
            "204\nAccess-Control-Allow-Origin: *\nAccess-Control-Allow-Headers: X-Api-Key:",
            u"InvalidAllowHeadersPreflightResponse"_s);
        row("json content type needs listing", "POST", "Content-Type: application/json", false,
            "204\nAccess-Control-Allow-Origin: *\nAccess-Control-Allow-Methods: POST",
            u"HeaderDisallowedByPreflightResponse"_s);
        row("129-byte accept needs listing", "GET", "Accept: " + QByteArray(129, 'a'), false,
            "204\nAccess-Control-Allow-Origin: *", u"HeaderDisallowedByPreflightResponse"_s);
        row("two-range Range needs listing", "GET", "Range: bytes=0-1,3-4", false,
            "204\nAccess-Control-Allow-Origin: *\nAccess-Control-Allow-Headers: range", u""_s);
        row("preflight 301 redirect", "PUT", "", false,
            "301\nLocation: https://api.example.com/prod/items/\nAccess-Control-Allow-Origin: "
            "*\nAccess-Control-Allow-Methods: PUT",
            u"PreflightDisallowedRedirect"_s);
        row("preflight 307 redirect", "PUT", "", false,
            "307\nLocation: /other\nAccess-Control-Allow-Origin: *",
            u"PreflightDisallowedRedirect"_s);
        row("preflight 302 without Location", "PUT", "", false,
            "302\nAccess-Control-Allow-Origin: *\nAccess-Control-Allow-Methods: PUT",
            u"PreflightInvalidStatus"_s);
        row("preflight 403 without origin", "PUT", "", false, "403\nContent-Type: application/json",
            u"PreflightMissingAllowOriginHeader"_s);
        row("preflight 401 with origin", "PUT", "", false,
            "401\nAccess-Control-Allow-Origin: *\nAccess-Control-Allow-Methods: PUT",
            u"PreflightInvalidStatus"_s);
        row("preflight 500 with origin", "PUT", "", false, "500\nAccess-Control-Allow-Origin: *",
            u"PreflightInvalidStatus"_s);
        row("preflight mismatch", "PUT", "", false,
            "204\nAccess-Control-Allow-Origin: https://other.example.com\n"
            "Access-Control-Allow-Methods: PUT",
            u"PreflightAllowOriginMismatch"_s);
        row("preflight two origins", "PUT", "", false,
            "204\nAccess-Control-Allow-Origin: {origin},https://b.example.com\n"
            "Access-Control-Allow-Methods: PUT",
            u"PreflightMultipleAllowOriginValues"_s);
        row("preflight wildcard with credentials", "PUT", "", true,
            "204\nAccess-Control-Allow-Origin: *\nAccess-Control-Allow-Credentials: true\n"
            "Access-Control-Allow-Methods: PUT",
            u"PreflightWildcardOriginNotAllowed"_s);
        row("preflight without allow-credentials", "PUT", "", true,
            "204\nAccess-Control-Allow-Origin: {origin}\nAccess-Control-Allow-Methods: PUT",
            u"PreflightInvalidAllowCredentials"_s);
        row("preflight with credentials", "PUT", "", true,
            "204\nAccess-Control-Allow-Origin: {origin}\nAccess-Control-Allow-Credentials: "
            "true\nAccess-Control-Allow-Methods: PUT",
            u""_s);
    }

    void preflight()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, headers);
        QFETCH(bool, credentials);
        QFETCH(QByteArray, preflight);
        QFETCH(QString, error);
        const Run run = drive(init(method, headers, credentials), {preflight, okActual});
        QCOMPARE(errorKey(run.result), error);
        QVERIFY(run.result.preflightSent);
        QCOMPARE(run.result.actualSent, error.isEmpty());
        QCOMPARE(run.sent.first().method, "OPTIONS"_ba);
        QCOMPARE(run.sent.size(), error.isEmpty() ? 2 : 1);
        QCOMPARE(run.result.step(StepKind::ServerPreflightResponse).state,
                 error.isEmpty() ? StepState::Passed : StepState::Failed);
        QCOMPARE(run.result.step(StepKind::BrowserActualRequest).state,
                 error.isEmpty() ? StepState::Passed : StepState::Skipped);
        if (!error.isEmpty()) {
            QVERIFY(!run.result.error->message.isEmpty());
            QVERIFY(!run.result.error->fix.isEmpty());
        }
    }

    void authorizationUnderWildcardPerBrowser_data()
    {
        QTest::addColumn<Browser>("browser");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("warnings");
        QTest::newRow("chromium") << Browser::Chromium << u""_s << 1;
        QTest::newRow("firefox") << Browser::Firefox << u"HeaderDisallowedByPreflightResponse"_s
                                 << 0;
        QTest::newRow("webkit") << Browser::WebKit << u"HeaderDisallowedByPreflightResponse"_s << 0;
    }

    void authorizationUnderWildcardPerBrowser()
    {
        QFETCH(Browser, browser);
        QFETCH(QString, error);
        QFETCH(int, warnings);
        FetchInit i = init("GET", "Authorization: Bearer t");
        i.browser = browser;
        const Run run = drive(i, {"204\nAccess-Control-Allow-Origin: *\n"
                                  "Access-Control-Allow-Headers: *",
                                  "200\nAccess-Control-Allow-Origin: *"});
        QCOMPARE(errorKey(run.result), error);
        QCOMPARE(run.result.warnings.size(), warnings);
        if (!error.isEmpty()) {
            QVERIFY(run.result.error->fix.contains(u"never covers Authorization"_s));
        }
    }

    void preflightRequestCarriesUnsafeNamesOnly()
    {
        const Run run =
            drive(init("patch", "Content-Type: application/json\nX-B: 1\nAccept: text/html\n"
                                "Cookie: a=b\nAuthorization: x"),
                  {"204\nAccess-Control-Allow-Origin: *\nAccess-Control-Allow-"
                   "Methods: patch\nAccess-Control-Allow-Headers: *, authorization",
                   "200\nAccess-Control-Allow-Origin: *"});
        QVERIFY2(run.result.allowed, qPrintable(errorKey(run.result)));
        const HttpRequest &preflight = run.sent.at(0);
        QCOMPARE(preflight.headers.get("Access-Control-Request-Method"), std::optional("patch"_ba));
        QCOMPARE(preflight.headers.get("Access-Control-Request-Headers"),
                 std::optional("authorization,content-type,x-b"_ba));
        QVERIFY(!preflight.headers.contains("Cookie"));
        QVERIFY(!preflight.headers.contains("Authorization"));
        const HttpRequest &actual = run.sent.at(1);
        QCOMPARE(actual.method, "patch"_ba);
        QCOMPARE(actual.headers.get("Origin"), std::optional(pageOrigin));
        QVERIFY(!actual.headers.contains("Cookie")); // forbidden: fetch() drops it
        QCOMPARE(actual.headers.get("Authorization"), std::optional("x"_ba));
    }

    void typeErrors_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<bool>("body");
        QTest::addColumn<QString>("error");
        const QString url = apiUrl.toString();
        QTest::newRow("CONNECT") << url << "CONNECT"_ba
                                 << ""_ba << false << u"ForbiddenMethod"_s;
        QTest::newRow("trace") << url << "trace"_ba
                               << ""_ba << false << u"ForbiddenMethod"_s;
        QTest::newRow("space in method") << url << "GE T"_ba
                                         << ""_ba << false << u"InvalidMethod"_s;
        QTest::newRow("GET with body") << url << "GET"_ba
                                       << ""_ba << true << u"BodyNotAllowed"_s;
        QTest::newRow("head with body") << url << "head"_ba
                                        << ""_ba << true << u"BodyNotAllowed"_s;
        QTest::newRow("bad header name") << url << "GET"_ba
                                         << "X A: 1"_ba << false << u"InvalidHeaderName"_s;
        QTest::newRow("ftp url") << u"ftp://api.example.com/"_s << "GET"_ba
                                 << ""_ba << false << u"UnsupportedScheme"_s;
        QTest::newRow("credentials in url") << u"https://u:p@api.example.com/"_s << "GET"_ba
                                            << ""_ba << false << u"UrlContainsCredentials"_s;
        QTest::newRow("relative url") << u"/prod/items"_s << "GET"_ba
                                      << ""_ba << false << u"InvalidUrl"_s;
    }

    void typeErrors()
    {
        QFETCH(QString, url);
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, headers);
        QFETCH(bool, body);
        QFETCH(QString, error);
        FetchInit i = init(method, headers);
        i.url = QUrl(url);
        if (body) {
            i.body = "x"_ba;
        }
        const Run run = drive(i, {});
        QCOMPARE(errorKey(run.result), error);
        QVERIFY(run.sent.isEmpty());
        QCOMPARE(run.result.step(StepKind::ClientInitiates).state, StepState::Failed);
        QCOMPARE(run.result.step(StepKind::BrowserPreflight).state, StepState::Skipped);
        QCOMPARE(run.result.step(StepKind::ClientReceives).state, StepState::Failed);
    }

    void headerValueWithNewlineThrows()
    {
        FetchInit i = init("GET");
        i.headers = {{"X-A", "a\nb"}};
        QCOMPARE(errorKey(drive(i, {}).result), u"InvalidHeaderValue"_s);
    }

    void forbiddenHeadersAreDroppedSilently()
    {
        FetchInit i = init("GET");
        i.headers = {{"Cookie", "a=b"},
                     {"Sec-Foo", "1"},
                     {"X-HTTP-Method-Override", "TRACE"},
                     {"X-HTTP-Method-Override-Ok", "x"}};
        const Run run = drive(i, {"204\nAccess-Control-Allow-Origin: *\n"
                                  "Access-Control-Allow-Headers: x-http-method-override-ok",
                                  "200\nAccess-Control-Allow-Origin: *"});
        QVERIFY(run.result.allowed);
        QCOMPARE(run.sent.first().headers.get("Access-Control-Request-Headers"),
                 std::optional("x-http-method-override-ok"_ba));
        QVERIFY(run.result.step(StepKind::ClientInitiates).reason.contains(u"Cookie"_s));
    }

    void stringBodyAddsTextPlain()
    {
        FetchInit i = init("POST");
        i.body = "{}"_ba;
        const Run run = drive(i, {"200\nAccess-Control-Allow-Origin: *"});
        QVERIFY(!run.result.preflightSent);
        QCOMPARE(run.sent.first().headers.get("Content-Type"),
                 std::optional("text/plain;charset=UTF-8"_ba));
        QCOMPARE(run.sent.first().body, std::optional("{}"_ba));
    }

    void redirects_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<QList<QByteArray>>("responses");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("redirects");
        using L = QList<QByteArray>;
        QTest::newRow("same-origin hop")
            << "GET"_ba
            << ""_ba
            << L{"302\nLocation: /prod/other\nAccess-Control-Allow-Origin: {origin}",
                 "200\nAccess-Control-Allow-Origin: {origin}"}
            << u""_s << 1;
        QTest::newRow("redirect without ACAO")
            << "GET"_ba
            << ""_ba << L{"302\nLocation: /prod/other"} << u"MissingAllowOriginHeader"_s << 0;
        QTest::newRow("cross-origin hop taints the origin")
            << "GET"_ba
            << ""_ba
            << L{"302\nLocation: https://cdn.example.net/x\nAccess-Control-Allow-Origin: {origin}",
                 "200\nAccess-Control-Allow-Origin: {origin}"}
            << u"AllowOriginMismatch"_s << 1;
        QTest::newRow("tainted origin accepts null")
            << "GET"_ba
            << ""_ba
            << L{"302\nLocation: https://cdn.example.net/x\nAccess-Control-Allow-Origin: {origin}",
                 "200\nAccess-Control-Allow-Origin: null"}
            << u""_s << 1;
        QTest::newRow("tainted origin accepts *")
            << "GET"_ba
            << ""_ba
            << L{"307\nLocation: https://cdn.example.net/x\nAccess-Control-Allow-Origin: *",
                 "200\nAccess-Control-Allow-Origin: *"}
            << u""_s << 1;
        QTest::newRow("location with credentials")
            << "GET"_ba
            << ""_ba
            << L{"302\nLocation: https://u:p@cdn.example.net/\nAccess-Control-Allow-Origin: *"}
            << u"RedirectContainsCredentials"_s << 0;
        QTest::newRow("location not http")
            << "GET"_ba
            << ""_ba << L{"302\nLocation: ftp://cdn.example.net/\nAccess-Control-Allow-Origin: *"}
            << u"RedirectUnsupportedScheme"_s << 0;
        QTest::newRow("redirect needs a new preflight")
            << "PUT"_ba
            << ""_ba
            << L{"204\nAccess-Control-Allow-Origin: *\nAccess-Control-Allow-Methods: PUT",
                 "307\nLocation: /v2/items\nAccess-Control-Allow-Origin: *",
                 "204\nAccess-Control-Allow-Origin: *\nAccess-Control-Allow-Methods: GET",
                 "200\nAccess-Control-Allow-Origin: *"}
            << u"MethodDisallowedByPreflightResponse"_s << 1;
        QTest::newRow("303 turns POST into a simple GET")
            << "POST"_ba
            << "Content-Type: application/json"_ba
            << L{"204\nAccess-Control-Allow-Origin: *\nAccess-Control-Allow-Headers: content-type",
                 "303\nLocation: /prod/result\nAccess-Control-Allow-Origin: *",
                 "200\nAccess-Control-Allow-Origin: *"}
            << u""_s << 1;
        QTest::newRow("304 is not a redirect")
            << "GET"_ba
            << ""_ba << L{"304\nLocation: /x\nAccess-Control-Allow-Origin: *"} << u""_s << 0;
        L twenty;
        for (int i = 0; i < 20; ++i) {
            twenty.append("302\nLocation: /prod/hop" + QByteArray::number(i) +
                          "\nAccess-Control-Allow-Origin: *");
        }
        QTest::newRow("20 redirects")
            << "GET"_ba
            << ""_ba << (L(twenty) << "200\nAccess-Control-Allow-Origin: *") << u""_s << 20;
        QTest::newRow("21 redirects")
            << "GET"_ba
            << ""_ba << (L(twenty) << "302\nLocation: /again\nAccess-Control-Allow-Origin: *")
            << u"TooManyRedirects"_s << 20;
    }

    void redirects()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, headers);
        QFETCH(QList<QByteArray>, responses);
        QFETCH(QString, error);
        QFETCH(int, redirects);
        FetchInit i = init(method, headers);
        if (method == "POST") {
            i.body = "{}"_ba;
        }
        const Run run = drive(i, responses);
        QCOMPARE(errorKey(run.result), error);
        QCOMPARE(run.result.redirects, redirects);
        QCOMPARE(run.sent.size(), error.isEmpty() ? responses.size() : run.sent.size());
    }

    void redirectDetails()
    {
        // 303 drops the body and its Content-Type, so the next hop needs no preflight.
        FetchInit post = init("POST", "Content-Type: application/json\nAuthorization: t");
        post.body = "{}"_ba;
        const Run run =
            drive(post, {"204\nAccess-Control-Allow-Origin: *\nAccess-Control-Allow-Headers: "
                         "content-type, authorization",
                         "303\nLocation: https://cdn.example.net/r\nAccess-Control-Allow-Origin: *",
                         "200\nAccess-Control-Allow-Origin: *"});
        QVERIFY(run.result.allowed);
        QCOMPARE(run.sent.size(), 3);
        const HttpRequest &last = run.sent.at(2);
        QCOMPARE(last.method, "GET"_ba);
        QVERIFY(!last.body);
        QVERIFY(!last.headers.contains("Content-Type"));
        QVERIFY(!last.headers.contains("Authorization")); // cross-origin hop drops it
        // api → cdn is a cross-origin hop from an origin that is not the page's: tainted.
        QCOMPARE(last.headers.get("Origin"), std::optional("null"_ba));

        // A same-origin hop keeps the origin; the first cross-origin hop makes it null.
        const Run tainted = drive(init("GET"), {"302\nLocation: https://api.example.com/a\n"
                                                "Access-Control-Allow-Origin: *",
                                                "302\nLocation: https://cdn2.example.net/b\n"
                                                "Access-Control-Allow-Origin: *",
                                                "200\nAccess-Control-Allow-Origin: *"});
        QVERIFY(tainted.result.allowed);
        QCOMPARE(tainted.sent.at(1).headers.get("Origin"), std::optional(pageOrigin));
        QCOMPARE(tainted.sent.at(2).headers.get("Origin"), std::optional("null"_ba));
    }

    void exposure_data()
    {
        QTest::addColumn<bool>("credentials");
        QTest::addColumn<QByteArray>("actual");
        QTest::addColumn<QByteArray>("visible");
        const QByteArray base = "200\nAccess-Control-Allow-Origin: {origin}\n"
                                "Access-Control-Allow-Credentials: true\n"
                                "Content-Type: application/json\nX-Request-Id: 1\n"
                                "Set-Cookie: a=b\nETag: \"x\"";
        QTest::newRow("safelisted only") << false << base << "content-type"_ba;
        QTest::newRow("listed") << false << base + "\nAccess-Control-Expose-Headers: X-Request-Id"
                                << "content-type,x-request-id"_ba;
        QTest::newRow("wildcard") << false << base + "\nAccess-Control-Expose-Headers: *"
                                  << "access-control-allow-origin,access-control-allow-credentials,"
                                     "content-type,x-request-id,etag,"
                                     "access-control-expose-headers"_ba;
        QTest::newRow("wildcard with credentials is literal")
            << true << base + "\nAccess-Control-Expose-Headers: *"
            << "content-type"_ba;
        QTest::newRow("set-cookie never")
            << false << base + "\nAccess-Control-Expose-Headers: Set-Cookie"
            << "content-type"_ba;
        QTest::newRow("unparsable list exposes nothing extra")
            << false << base + "\nAccess-Control-Expose-Headers: X-Request-Id;"
            << "content-type"_ba;
    }

    void exposure()
    {
        QFETCH(bool, credentials);
        QFETCH(QByteArray, actual);
        QFETCH(QByteArray, visible);
        const Run run = drive(init("GET", {}, credentials), {actual});
        QVERIFY(run.result.allowed);
        QList<QByteArray> names;
        for (const Header &h : run.result.exposedHeaders.headers()) {
            names.append(h.name);
        }
        QCOMPARE(names.join(','), visible);
    }

    void sameOriginRequestIsNotJudged()
    {
        FetchInit i = init("PUT", "X-A: 1");
        i.url = QUrl(u"https://app.example.com/api"_s);
        const Run run = drive(i, {"200\nContent-Type: text/plain"});
        QVERIFY(run.result.allowed);
        QVERIFY(!run.result.preflightSent);
    }

    void networkFailureEndsTheFlow()
    {
        FetchEvaluator evaluator(init("PUT"));
        QVERIFY(evaluator.nextIsPreflight());
        evaluator.fail(CorsErrorCode::Timeout, u"10 s"_s, 10000);
        QVERIFY(evaluator.finished());
        QVERIFY(!evaluator.nextRequest());
        const FlowResult &result = evaluator.result();
        QCOMPARE(errorKey(result), u"Timeout"_s);
        QVERIFY(isNoResponse(result.error->code));
        QCOMPARE(result.step(StepKind::ServerPreflightResponse).state, StepState::Failed);
        QCOMPARE(result.step(StepKind::BrowserActualRequest).state, StepState::Skipped);
        QCOMPARE(result.step(StepKind::ServerActualResponse).state, StepState::Skipped);
        QCOMPARE(result.step(StepKind::ClientReceives).state, StepState::Failed);
    }

    void apiGatewayFixes()
    {
        // 403 Missing Authentication Token on the preflight: a path or method that does not
        // exist, or IAM authorization on OPTIONS.
        const Run missing = drive(init("PUT"), {"403\nx-amzn-ErrorType: "
                                                "MissingAuthenticationTokenException"});
        QVERIFY(missing.result.error->fix.contains(u"no resource of the API matches this path"_s));
        QVERIFY(missing.result.error->fix.contains(u"AddDefaultAuthorizerToCorsPreflight"_s));
        // Another 403 on the preflight (an API key, an authorizer's denial): the authorizer.
        const Run authorizer = drive(init("PUT"), {"403\nx-amzn-ErrorType: ForbiddenException"});
        QVERIFY(authorizer.result.error->fix.contains(u"AddDefaultAuthorizerToCorsPreflight"_s));
        QVERIFY(!authorizer.result.error->fix.contains(u"no resource"_s));
        // A 2xx actual response without ACAO: the Lambda must add the header.
        const Run lambda = drive(init("GET"), {"200\nContent-Type: application/json"});
        QVERIFY(lambda.result.error->fix.contains(u"Lambda"_s));
        // A 5xx without ACAO: gateway responses.
        const Run gateway = drive(init("GET"), {"502\nContent-Type: application/json"});
        QVERIFY(gateway.result.error->fix.contains(u"DEFAULT_5XX"_s));
        // The message quotes the value at fault.
        const Run mismatch = drive(init("GET"), {"200\nAccess-Control-Allow-Origin: "
                                                 "https://app.example.com/"});
        QVERIFY(mismatch.result.error->message.contains(u"'https://app.example.com/'"_s));
    }

    // #21: when the caller knows the API type (the tester's project), the fix speaks of that
    // type only; unknown, it names both.
    void fixesSpeakTheKnownApiType_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("status");
        const auto row = [](const char *name, CorsErrorCode code, int status) {
            QTest::newRow(name) << int(code) << status;
        };
        row("missing ACAO on preflight", CorsErrorCode::PreflightMissingAllowOriginHeader, 200);
        row("missing ACAO on response", CorsErrorCode::MissingAllowOriginHeader, 200);
        row("missing ACAO on an error", CorsErrorCode::MissingAllowOriginHeader, 502);
        row("preflight 403", CorsErrorCode::PreflightInvalidStatus, 403);
        row("preflight 404", CorsErrorCode::PreflightInvalidStatus, 404);
        row("method", CorsErrorCode::MethodDisallowedByPreflightResponse, 200);
        row("header", CorsErrorCode::HeaderDisallowedByPreflightResponse, 200);
        row("credentials", CorsErrorCode::PreflightInvalidAllowCredentials, 200);
    }

    void fixesSpeakTheKnownApiType()
    {
        QFETCH(int, code);
        QFETCH(int, status);
        ErrorContext context;
        context.origin = pageOrigin;
        context.value = "X-Trace-Id";
        context.method = "PUT";
        context.status = status;
        context.credentials = true;
        const auto fixFor = [&](GatewayType gateway) {
            context.gateway = gateway;
            return explain(CorsErrorCode(code), context).fix;
        };
        const QString both = fixFor(GatewayType::Unknown);
        const QString rest = fixFor(GatewayType::Rest);
        const QString http = fixFor(GatewayType::Http);
        QVERIFY(!both.isEmpty());
        QVERIFY(rest != http);
        QVERIFY2(!rest.contains(u"HTTP API"_s) && !rest.contains(u"CorsConfiguration"_s),
                 qPrintable(rest));
        QVERIFY2(!http.contains(u"REST"_s) && !http.contains(u"MOCK"_s) &&
                     !http.contains(u"gateway responses"_s),
                 qPrintable(http));
    }

    void everyErrorIsExplained()
    {
        for (int i = 0; i <= static_cast<int>(CorsErrorCode::NetworkError); ++i) {
            const auto code = static_cast<CorsErrorCode>(i);
            ErrorContext context;
            context.origin = pageOrigin;
            context.value = "x";
            context.status = 403;
            const CorsError error = explain(code, context);
            QVERIFY2(!corsErrorKey(code).isEmpty(), qPrintable(QString::number(i)));
            QVERIFY2(!error.message.isEmpty(), qPrintable(corsErrorKey(code)));
            QVERIFY2(!error.fix.isEmpty(), qPrintable(corsErrorKey(code)));
        }
    }
};

QTEST_GUILESS_MAIN(TestFetchEvaluator)
#include "tst_fetch_evaluator.moc"
