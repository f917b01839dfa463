// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `corscfg serve` against the real thing. One `corscfg serve` process per configuration (REST and
// HTTP; allowed and other origins, authorizers with and without the preflight exemption, API
// keys, gateway responses off, wildcards, credentials, routes); headless Chromium loads a page from
// another loopback port and runs fetch() for every configuration × request. Each outcome must be
// what the configuration means for API Gateway, written below from the Fetch standard's point
// of view (expectedOutcome), and `corscfg check` against the same mock must agree with Chromium.
#include "fetch/headerlist.h"
#include "io/projectfile.h"
#include "support/chromium.h"
#include "support/processrun.h"
#include "support/scriptedserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace cors;

namespace {

struct MockSpec
{
    QString name;
    CorsConfig config;
};

struct RequestSpec
{
    QString name;
    QByteArray method = "GET";
    QList<fetch::Header> headers;
    bool credentials = false;
    std::optional<QByteArray> body;
    QByteArray path = "/items"; ///< the case number is added as a query
};

struct Outcome
{
    bool allowed = false;
    int status = 0;
    QString error;
};

QList<MockSpec> mockSpecs(const QString &pageOrigin)
{
    CorsConfig rest;
    rest.apiType = ApiType::Rest;
    rest.allowOrigins = {pageOrigin};
    rest.allowMethods = {u"GET"_s, u"POST"_s, u"PUT"_s, u"OPTIONS"_s};
    rest.allowHeaders = {u"Content-Type"_s, u"X-Trace"_s, u"Authorization"_s, u"X-Api-Key"_s};
    rest.maxAge = 0; // no preflight cache: every case asks again

    QList<MockSpec> specs;
    const auto add = [&specs](const QString &name, const CorsConfig &base,
                              const std::function<void(CorsConfig &)> &change) {
        CorsConfig config = base;
        change(config);
        specs.append({name, config});
    };
    CorsConfig http = rest;
    http.apiType = ApiType::Http;
    http.allowMethods = {u"GET"_s, u"POST"_s, u"PUT"_s};
    for (const CorsConfig &base : {rest, http}) {
        const QString api = apiTypeKey(base.apiType);
        add(api + u" allowed"_s, base, [](CorsConfig &) {});
        add(api + u" other origin"_s, base,
            [](CorsConfig &c) { c.allowOrigins = {u"http://localhost:3000"_s}; });
        add(api + u" authorizer, OPTIONS exempt"_s, base,
            [](CorsConfig &c) { c.authorizer = u"Authorization"_s; });
        add(api + u" authorizer on OPTIONS too"_s, base, [](CorsConfig &c) {
            c.authorizer = u"Authorization"_s;
            c.authorizePreflight = true;
        });
        add(api + u" credentials"_s, base, [](CorsConfig &c) { c.allowCredentials = true; });
    }
    add(u"rest api key, OPTIONS exempt"_s, rest, [](CorsConfig &c) { c.apiKeyRequired = true; });
    add(u"rest api key on OPTIONS too"_s, rest, [](CorsConfig &c) {
        c.apiKeyRequired = true;
        c.authorizePreflight = true;
    });
    add(u"rest no gateway responses"_s, rest, [](CorsConfig &c) {
        c.authorizer = u"Authorization"_s;
        c.gatewayResponses = false;
    });
    add(u"rest any origin"_s, rest, [](CorsConfig &c) { c.allowOrigins = {u"*"_s}; });
    add(u"http wildcards"_s, http, [](CorsConfig &c) {
        c.allowOrigins = {u"*"_s};
        c.allowMethods = {u"*"_s};
        c.allowHeaders = {u"*"_s, u"Authorization"_s};
    });
    add(u"http any http origin"_s, http, [](CorsConfig &c) { c.allowOrigins = {u"http://*"_s}; });

    // An API with routes: each path answers only what its routes serve.
    const QList<Route> routes{Route{u"/items"_s, {u"GET"_s, u"POST"_s}, false},
                              Route{u"/items/{id}"_s, {u"GET"_s, u"PUT"_s, u"DELETE"_s}, false},
                              Route{u"/health"_s, {u"GET"_s}, true}};
    for (const CorsConfig &base : {rest, http}) {
        const QString api = apiTypeKey(base.apiType);
        const auto withRoutes = [&routes](CorsConfig &c) {
            c.routes = routes;
            c.authorizer = u"Authorization"_s;
        };
        add(api + u" routes"_s, base, withRoutes);
        add(api + u" routes, other origin"_s, base, [&](CorsConfig &c) {
            withRoutes(c);
            c.allowOrigins = {u"http://localhost:3000"_s};
        });
    }
    // Several origins on a REST API: the MOCK preflight's template echoes the page's origin;
    // API Gateway's own errors name only the first origin (gateway responses are static).
    add(u"rest several origins, page second"_s, rest, [&](CorsConfig &c) {
        c.allowOrigins = {u"https://app.example.com"_s, pageOrigin, u"http://localhost:3000"_s};
    });
    add(u"rest several origins, page first, credentials, authorizer"_s, rest, [&](CorsConfig &c) {
        c.allowOrigins = {pageOrigin, u"https://app.example.com"_s};
        c.allowCredentials = true;
        c.authorizer = u"Authorization"_s;
    });
    add(u"rest several origins, page second, credentials, authorizer"_s, rest, [&](CorsConfig &c) {
        c.allowOrigins = {u"https://app.example.com"_s, pageOrigin};
        c.allowCredentials = true;
        c.authorizer = u"Authorization"_s;
    });
    add(u"rest several origins, not the page"_s, rest, [&](CorsConfig &c) {
        c.allowOrigins = {u"https://app.example.com"_s, u"http://localhost:3000"_s};
    });
    add(u"rest routes, several origins, page second"_s, rest, [&](CorsConfig &c) {
        c.routes = routes;
        c.authorizer = u"Authorization"_s;
        c.allowOrigins = {u"https://app.example.com"_s, pageOrigin};
    });
    // Stages: `corscfg serve` serves the first stage, whose origins decide.
    for (const CorsConfig &base : {rest, http}) {
        const QString api = apiTypeKey(base.apiType);
        add(api + u" stages, page in the first stage"_s, base, [&](CorsConfig &c) {
            c.allowOrigins = {u"https://app.example.com"_s};
            c.stages = {Stage{u"dev"_s, QStringList{u"http://localhost:3000"_s, pageOrigin}},
                        Stage{u"prod"_s, std::nullopt}};
            c.authorizer = u"Authorization"_s;
        });
        add(api + u" stages, page only in another stage"_s, base, [&](CorsConfig &c) {
            c.allowOrigins = {pageOrigin};
            c.stages = {Stage{u"dev"_s, QStringList{u"http://localhost:3000"_s}},
                        Stage{u"prod"_s, std::nullopt}};
        });
    }
    add(u"rest routes, no gateway responses"_s, rest, [&](CorsConfig &c) {
        c.routes = routes;
        c.authorizer = u"Authorization"_s;
        c.gatewayResponses = false;
    });
    return specs;
}

RequestSpec requestSpec(const QString &name, const QByteArray &method,
                        const QList<fetch::Header> &headers = {},
                        std::optional<QByteArray> body = std::nullopt,
                        const QByteArray &path = "/items")
{
    RequestSpec spec;
    spec.path = path;
    spec.name = name;
    spec.method = method;
    spec.headers = headers;
    spec.body = std::move(body);
    return spec;
}

QList<RequestSpec> requestSpecs()
{
    QList<RequestSpec> requests{
        requestSpec(u"simple GET"_s, "GET"),
        requestSpec(u"POST JSON"_s, "POST", {{"Content-Type", "application/json"}}, "{}"),
        requestSpec(u"PUT"_s, "PUT", {}, "x"),
        requestSpec(u"DELETE"_s, "DELETE"),
        requestSpec(u"allowed header"_s, "GET", {{"X-Trace", "1"}}),
        requestSpec(u"other header"_s, "GET", {{"X-Other", "1"}}),
        requestSpec(u"token"_s, "GET", {{"Authorization", "Bearer t"}}),
        requestSpec(u"API key"_s, "GET", {{"X-Api-Key", "k"}}),
    };
    RequestSpec serverError = requestSpec(u"server error"_s, "GET");
    serverError.path = "/_status/500";
    requests.append(serverError);
    RequestSpec credentials = requestSpec(u"credentials"_s, "GET");
    credentials.credentials = true;
    requests.append(credentials);
    RequestSpec credentialedPut = requestSpec(u"credentialed PUT"_s, "PUT", {}, "x");
    credentialedPut.credentials = true;
    requests.append(credentialedPut);
    // fetch() upper-cases only DELETE, GET, HEAD, OPTIONS, POST and PUT: 'patch' stays as typed.
    requests.append(requestSpec(u"lowercase patch"_s, "patch"));
    return requests;
}

/// The requests for a configuration with routes: every route × method, with and without the
/// token, and paths and methods no route serves.
QList<RequestSpec> routeRequestSpecs()
{
    const fetch::Header token{"Authorization", "Bearer t"};
    QList<RequestSpec> requests;
    for (const QByteArray &path : {"/items"_ba, "/items/7"_ba, "/health"_ba, "/nothing/here"_ba}) {
        for (const QByteArray &method : {"GET"_ba, "POST"_ba, "PUT"_ba, "DELETE"_ba}) {
            const std::optional<QByteArray> body =
                method == "PUT" || method == "POST" ? std::optional<QByteArray>("x") : std::nullopt;
            const QString name = QString::fromLatin1(method + ' ' + path);
            requests.append(requestSpec(name, method, {}, body, path));
            requests.append(requestSpec(name + u" with token"_s, method, {token}, body, path));
        }
    }
    return requests;
}

/// What `corscfg serve` deploys of a project: with stages, the first stage's API.
CorsConfig served(const CorsConfig &config)
{
    return config.stages.isEmpty() ? config : config.forStage(config.stages.first());
}

/// Whether a REST API's DEFAULT_4XX/5XX gateway responses let the page read API Gateway's own
/// errors: they exist, and their static Access-Control-Allow-Origin is '*', the only origin, or
/// with several origins the first (AWS: gateway responses take no mapping template).
bool gatewayResponseAllows(const CorsConfig &config, const QString &pageOrigin)
{
    return config.gatewayResponses &&
           (config.allowOrigins.contains(u"*"_s) || config.allowOrigins.value(0) == pageOrigin);
}

/// What `config` means for a browser's fetch() once deployed on API Gateway, from the Fetch
/// standard's side: is the origin allowed, does the request need a preflight (§4.1 main fetch
/// step 5: unsafe method or CORS-unsafe request headers), can the preflight pass, and does the
/// actual response carry what the CORS check (§4.9) needs.
bool expectedOutcome(const CorsConfig &config, const RequestSpec &request,
                     const QString &pageOrigin)
{
    const bool rest = config.apiType == ApiType::Rest;
    const bool originAllowed = config.allowOrigins.contains(u"*"_s) ||
                               config.allowOrigins.contains(pageOrigin) ||
                               config.allowOrigins.contains(u"http://*"_s);
    if (!originAllowed) {
        return false;
    }
    const bool safeMethod =
        request.method == "GET" || request.method == "HEAD" || request.method == "POST";
    QList<QByteArray> unsafeHeaders;
    for (const fetch::Header &header : request.headers) {
        // Every header in the table is CORS-unsafe (X-*, Authorization, JSON Content-Type).
        unsafeHeaders.append(header.name);
    }
    if (!safeMethod || !unsafeHeaders.isEmpty()) {
        // The preflight carries no token and no key (§4.8).
        if (config.authorizePreflight &&
            (config.hasAuthorizer() || (rest && config.apiKeyRequired))) {
            return false;
        }
        const bool wildcard = !request.credentials;
        // §4.8 step 7.5: the method list is compared byte for byte (case-sensitive).
        const bool methodAllowed =
            safeMethod || config.allowMethods.contains(QString::fromLatin1(request.method)) ||
            (wildcard && config.allowMethods.contains(u"*"_s));
        if (!methodAllowed) {
            return false;
        }
        for (const QByteArray &name : unsafeHeaders) {
            const bool listed =
                containsEntry(config.allowHeaders, QString::fromLatin1(name), Qt::CaseInsensitive);
            const bool byWildcard = wildcard && config.allowHeaders.contains(u"*"_s) &&
                                    name.compare("Authorization", Qt::CaseInsensitive) != 0;
            if (!listed && !byWildcard) {
                return false;
            }
        }
    }
    // API Gateway's own errors (401 missing token, 403 missing key, 5xx) on a REST API carry
    // CORS headers only through the DEFAULT_4XX/5XX gateway responses.
    const bool hasToken =
        std::any_of(request.headers.begin(), request.headers.end(),
                    [](const fetch::Header &h) { return h.name == "Authorization"; });
    const bool hasKey = std::any_of(request.headers.begin(), request.headers.end(),
                                    [](const fetch::Header &h) { return h.name == "X-Api-Key"; });
    const bool gatewayError = (config.hasAuthorizer() && !hasToken) ||
                              (rest && config.apiKeyRequired && !hasKey) ||
                              request.path.startsWith("/_status/");
    if (rest && gatewayError && !gatewayResponseAllows(config, pageOrigin)) {
        return false;
    }
    // §3.2.5: credentials need Access-Control-Allow-Credentials and an exact origin.
    if (request.credentials && (!config.allowCredentials || config.allowOrigins.contains(u"*"_s))) {
        return false;
    }
    return true;
}

/// The route a path reaches in this test's simple routes ("/items", "/items/{id}", "/health"):
/// literal parts before parameters, as API Gateway selects them.
const Route *routeFor(const CorsConfig &config, const QByteArray &path, const QByteArray &method)
{
    const QStringList parts = QString::fromLatin1(path).split(u'/', Qt::SkipEmptyParts);
    const Route *best = nullptr;
    bool bestLiteral = false;
    for (const Route &route : config.routes) {
        const QStringList pattern = route.path.split(u'/', Qt::SkipEmptyParts);
        if (pattern.size() != parts.size() ||
            (!method.isEmpty() && !route.methods.contains(QString::fromLatin1(method)))) {
            continue;
        }
        bool matches = true;
        bool literal = true;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const bool parameter = pattern[i].startsWith(u'{');
            literal = literal && !parameter;
            matches = matches && (parameter || pattern[i] == parts[i]);
        }
        if (matches && (!best || (literal && !bestLiteral))) {
            best = &route;
            bestLiteral = literal;
        }
    }
    return best;
}

/// What a configuration with routes means for fetch() once deployed: REST answers a preflight
/// only on a route's path, with the methods its routes serve (AWS: "Enabling CORS for a REST API
/// resource"), and a path or method without a route with 403 Missing Authentication Token
/// (a DEFAULT_4XX response, AWS: "Gateway response types"); an HTTP API answers every
/// preflight from its CORS configuration and a request no route serves with 404 carrying the
/// CORS headers (AWS: "Configuring CORS for an HTTP API").
bool expectedRouteOutcome(const CorsConfig &config, const RequestSpec &request,
                          const QString &pageOrigin)
{
    if (!config.allowOrigins.contains(pageOrigin)) {
        return false;
    }
    const bool rest = config.apiType == ApiType::Rest;
    const bool safeMethod = request.method == "GET" || request.method == "POST";
    const bool hasToken = !request.headers.isEmpty();
    const QString method = QString::fromLatin1(request.method);
    const Route *pathRoute = routeFor(config, request.path, {});
    if (!safeMethod || hasToken) { // Fetch §4.1 step 5: a preflight first
        if (rest) {
            if (!pathRoute) {
                return false; // 403: no OPTIONS method on a resource that does not exist
            }
            QStringList served;
            for (const Route &route : config.routes) {
                if (route.path == pathRoute->path) {
                    served << route.methods;
                }
            }
            if (!safeMethod && !(served.contains(method) && config.allowMethods.contains(method))) {
                return false; // Access-Control-Allow-Methods of this path lacks it
            }
        } else if (!safeMethod && !config.allowMethods.contains(method)) {
            return false;
        }
    }
    const Route *route = routeFor(config, request.path, request.method);
    const bool gatewayError = !route || (!route->isPublic && !hasToken);
    return !(rest && gatewayError && !gatewayResponseAllows(config, pageOrigin));
}

} // namespace

class TestEmulatorChromium : public QObject
{
    Q_OBJECT

    struct Case
    {
        int mock = 0;
        int request = 0;
        bool expected = false;
        QString url;
    };

    QByteArray servePage(const ReceivedRequest &request)
    {
        if (request.method == "GET" && request.target == "/") {
            return "200\nContent-Type: text/html; charset=utf-8\nCache-Control: no-store\n\n" +
                   pageHtml().toUtf8();
        }
        if (request.method == "POST" && request.target.startsWith("/result/")) {
            const int index = request.target.sliced(8).toInt();
            const QJsonObject r = QJsonDocument::fromJson(request.body).object();
            m_chromium.insert(index, {r.value(u"ok"_s).toBool(), r.value(u"status"_s).toInt(),
                                      r.value(u"error"_s).toString()});
            return "204";
        }
        if (request.target == "/done") {
            m_done = true;
            return "204";
        }
        return "404";
    }

    QString pageHtml() const
    {
        QJsonArray array;
        for (const Case &c : m_cases) {
            const RequestSpec &r = m_requests[c.request];
            QJsonArray headers;
            for (const fetch::Header &h : r.headers) {
                headers.append(
                    QJsonArray{QString::fromLatin1(h.name), QString::fromLatin1(h.value)});
            }
            array.append(QJsonObject{
                {u"url"_s, c.url},
                {u"method"_s, QString::fromLatin1(r.method)},
                {u"headers"_s, headers},
                {u"credentials"_s, r.credentials},
                {u"body"_s, r.body ? QJsonValue(QString::fromLatin1(*r.body)) : QJsonValue()},
            });
        }
        return fetchCasesPage(array);
    }

    QString describe(int index) const
    {
        const Case &c = m_cases[index];
        return u"%1 × %2"_s.arg(m_mocks[c.mock].name, m_requests[c.request].name);
    }

    ScriptedServer m_page{[this](const ReceivedRequest &r) { return servePage(r); }};
    QString m_pageOrigin;
    QTemporaryDir m_dir;
    QList<MockSpec> m_mocks;
    QList<RequestSpec> m_requests = requestSpecs();
    std::vector<std::unique_ptr<QProcess>> m_serves;
    QStringList m_mockUrls;
    QList<Case> m_cases;
    QMap<int, Outcome> m_chromium;
    bool m_done = false;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_page.listen());
        QVERIFY(m_dir.isValid());
        m_pageOrigin = QString::fromLatin1(m_page.origin());
        m_mocks = mockSpecs(m_pageOrigin);

        for (int i = 0; i < m_mocks.size(); ++i) {
            const QString path = m_dir.filePath(u"mock%1.cors.yaml"_s.arg(i));
            QVERIFY(projectfile::write(m_mocks[i].config, path));
            auto serve = std::make_unique<QProcess>();
            const QString url = startServe(*serve, QStringLiteral(CORSCFG_PATH),
                                           {u"--config"_s, path, u"--port"_s, u"0"_s})
                                    .toString();
            QVERIFY2(url.startsWith(u"http://127.0.0.1:"_s),
                     qPrintable(u"%1: no URL on stdout (%2); stderr: %3"_s.arg(
                         m_mocks[i].name, url, QString::fromUtf8(serve->readAllStandardError()))));
            m_mockUrls.append(url);
            m_serves.push_back(std::move(serve));
        }

        const int routeRequests = int(m_requests.size());
        m_requests.append(routeRequestSpecs());
        for (int m = 0; m < m_mocks.size(); ++m) {
            const bool withRoutes = !m_mocks[m].config.routes.isEmpty();
            const int first = withRoutes ? routeRequests : 0;
            const int end = withRoutes ? int(m_requests.size()) : routeRequests;
            for (int r = first; r < end; ++r) {
                const int index = int(m_cases.size());
                // A URL of its own per case, so no preflight cache entry is shared.
                const QString url = m_mockUrls[m] + QString::fromLatin1(m_requests[r].path) +
                                    u"?case=%1"_s.arg(index);
                const bool expected = withRoutes ? expectedRouteOutcome(served(m_mocks[m].config),
                                                                        m_requests[r], m_pageOrigin)
                                                 : expectedOutcome(served(m_mocks[m].config),
                                                                   m_requests[r], m_pageOrigin);
                m_cases.append({m, r, expected, url});
            }
        }

        const QString failure =
            runHeadlessChromium(m_pageOrigin + u"/"_s, [this]() { return m_done; });
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(m_chromium.size(), m_cases.size());
    }

    void cleanupTestCase()
    {
        for (const auto &serve : m_serves) {
            serve->terminate(); // SIGTERM: serve stops cleanly
        }
        for (const auto &serve : m_serves) {
            QVERIFY(serve->waitForFinished(10000));
            QCOMPARE(serve->exitStatus(), QProcess::NormalExit);
            QCOMPARE(serve->exitCode(), 0);
        }
        // Every request was logged with its origin and outcome.
        const QString log = QString::fromUtf8(m_serves.front()->readAllStandardError());
        QVERIFY2(log.contains(u"OPTIONS /items?case="_s) &&
                     log.contains(u"origin=%1 → 200"_s.arg(m_pageOrigin)),
                 qPrintable(log));
    }

    void chromiumMatchesConfiguration_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < m_cases.size(); ++i) {
            QTest::addRow("%d %s", i, qPrintable(describe(i))) << i;
        }
    }

    void chromiumMatchesConfiguration()
    {
        QFETCH(int, index);
        const Outcome &outcome = m_chromium[index];
        QVERIFY2(outcome.allowed == m_cases[index].expected,
                 qPrintable(u"expected %1, Chromium %2 (%3)"_s.arg(
                     m_cases[index].expected ? u"allowed"_s : u"blocked"_s,
                     outcome.allowed ? u"allowed"_s : u"blocked"_s,
                     outcome.allowed ? QString::number(outcome.status) : outcome.error)));
    }

    void checkAgreesWithChromium_data() { chromiumMatchesConfiguration_data(); }

    void checkAgreesWithChromium()
    {
        QFETCH(int, index);
        const Case &c = m_cases[index];
        const RequestSpec &r = m_requests[c.request];
        QStringList arguments{u"check"_s,   c.url,         u"--origin"_s,
                              m_pageOrigin, u"--method"_s, QString::fromLatin1(r.method),
                              u"--json"_s};
        for (const fetch::Header &h : r.headers) {
            arguments << u"--header"_s << QString::fromLatin1(h.name + ": " + h.value);
        }
        if (r.credentials) {
            arguments << u"--credentials"_s;
        }
        if (r.body) {
            arguments << u"--data"_s << QString::fromLatin1(*r.body);
        }
        const ProcessRun run = runProcess(QStringLiteral(CORSCFG_PATH), arguments);
        const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY2(result.contains(u"allowed"_s), qPrintable(run.out + run.err));
        const bool allowed = result.value(u"allowed"_s).toBool();
        QCOMPARE(run.exitCode, allowed ? 0 : 1);
        QVERIFY2(allowed == m_chromium[index].allowed,
                 qPrintable(u"corscfg check says %1, Chromium %2\n%3"_s.arg(
                     allowed ? u"allowed"_s : u"blocked"_s,
                     m_chromium[index].allowed ? u"allowed"_s : u"blocked"_s, run.out)));
    }

    void outcomesAreMixed()
    {
        // A table where everything passes, or everything fails, proves little.
        const auto allowed =
            std::count_if(m_cases.begin(), m_cases.end(), [](const Case &c) { return c.expected; });
        QVERIFY2(allowed >= m_cases.size() / 4 && allowed <= m_cases.size() * 3 / 4,
                 qPrintable(u"%1 of %2 cases allowed"_s.arg(allowed).arg(m_cases.size())));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorChromium)
#include "tst_emulator_chromium.moc"
