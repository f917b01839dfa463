// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The emulated gateway as a pure function: for a configuration and a request, the status, the
// CORS headers that must (and must not) be there, and the verdict. Each row says which part of
// API Gateway's behaviour it pins.
#include "emulator/gateway.h"
#include "io/projectfile.h"
#include "model/validator.h"
#include "support/headertext.h"
#include "support/projectyaml.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cors;
using emulator::Verdict;

Q_DECLARE_METATYPE(cors::emulator::Verdict)

namespace {

QByteArray baseYaml(const QByteArray &api)
{
    return "version: 2\napiType: " + api +
           "\nallowOrigins: [https://app.example.com]\n"
           "allowMethods: [GET, POST, PUT, OPTIONS]\nallowHeaders: [Content-Type, X-Trace]\n"
           "exposeHeaders: []\nmaxAge: 600\nallowCredentials: false\nauthorizer: none\n"
           "apiKeyRequired: false\nauthorizePreflight: false\ngatewayResponses: true\n";
}

/// The base configuration with top-level keys replaced by the lines of `changes`.
CorsConfig configFor(const QByteArray &api, const QByteArray &changes)
{
    const projectfile::LoadResult loaded =
        projectfile::parse(withChangedKeys(baseYaml(api), changes));
    if (!loaded.ok()) {
        qFatal("test configuration does not load: %s", changes.constData());
    }
    return loaded.config;
}

const QByteArray appOrigin = "Origin: https://app.example.com\n";
const QByteArray evilOrigin = "Origin: https://evil.example\n";

} // namespace

class TestEmulatorGateway : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answers_data()
    {
        QTest::addColumn<QByteArray>("api");
        QTest::addColumn<QByteArray>("changes");
        QTest::addColumn<QByteArray>("request"); ///< "METHOD /target" then header lines
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("present"); ///< header lines that must be there
        QTest::addColumn<QByteArray>("absent");  ///< header names that must not
        QTest::addColumn<Verdict>("verdict");

        const auto row = [](const char *name, const char *api, const QByteArray &changes,
                            const QByteArray &request, int status, const QByteArray &present,
                            const QByteArray &absent, Verdict verdict) {
            QTest::newRow(name) << QByteArray(api) << changes << request << status << present
                                << absent << verdict;
        };
        const QByteArray preflightPut =
            "OPTIONS /items\n" + appOrigin + "Access-Control-Request-Method: PUT\n";

        // REST: the MOCK integration answers every OPTIONS with the same static headers.
        row("rest preflight static headers", "rest", "", preflightPut, 200,
            "Access-Control-Allow-Origin: https://app.example.com\n"
            "Access-Control-Allow-Methods: GET,POST,PUT,OPTIONS\n"
            "Access-Control-Allow-Headers: Content-Type,X-Trace\nAccess-Control-Max-Age: 600",
            "Access-Control-Allow-Credentials\nVary", Verdict::PreflightAnswered);
        row("rest preflight from another origin gets the same static origin", "rest", "",
            "OPTIONS /items\n" + evilOrigin + "Access-Control-Request-Method: PUT", 200,
            "Access-Control-Allow-Origin: https://app.example.com", "", Verdict::PreflightAnswered);
        row("rest preflight for a method not listed: MOCK does not check", "rest", "",
            "OPTIONS /items\n" + appOrigin + "Access-Control-Request-Method: DELETE", 200,
            "Access-Control-Allow-Methods: GET,POST,PUT,OPTIONS", "", Verdict::PreflightAnswered);
        row("rest preflight with credentials", "rest", "allowCredentials: true", preflightPut, 200,
            "Access-Control-Allow-Credentials: true", "", Verdict::PreflightAnswered);
        row("rest preflight exempt from the authorizer", "rest",
            "authorizer: Authorization\nallowHeaders: [Content-Type, Authorization]", preflightPut,
            200, "Access-Control-Allow-Origin: https://app.example.com", "",
            Verdict::PreflightAnswered);
        row("rest preflight through the authorizer: 401 with gateway response headers", "rest",
            "authorizer: Authorization\nallowHeaders: [Content-Type, Authorization]\n"
            "authorizePreflight: true",
            preflightPut, 401,
            "Access-Control-Allow-Origin: https://app.example.com\n"
            "Access-Control-Allow-Headers: Content-Type,Authorization",
            "Access-Control-Allow-Methods", Verdict::PreflightRefused);
        row("rest preflight needs an API key: 403", "rest",
            "apiKeyRequired: true\nallowHeaders: [Content-Type, X-Api-Key]\n"
            "authorizePreflight: true",
            preflightPut, 403, "", "Access-Control-Allow-Methods", Verdict::PreflightRefused);
        row("rest preflight 401 without gateway responses has no CORS headers", "rest",
            "authorizer: Authorization\nallowHeaders: [Content-Type, Authorization]\n"
            "authorizePreflight: true\ngatewayResponses: false",
            preflightPut, 401, "", "Access-Control-Allow-Origin", Verdict::PreflightRefused);

        // REST: the generated Lambda example behind the proxy integration.
        row("rest actual allowed origin echoed with Vary", "rest", "", "GET /items\n" + appOrigin,
            200, "Access-Control-Allow-Origin: https://app.example.com\nVary: Origin",
            "Access-Control-Allow-Credentials", Verdict::CorsHeadersAdded);
        row("rest actual other origin: no ACAO", "rest", "", "GET /items\n" + evilOrigin, 200,
            "Vary: Origin", "Access-Control-Allow-Origin", Verdict::NoCorsHeaders);
        row("rest actual without Origin", "rest", "", "GET /items", 200, "Vary: Origin",
            "Access-Control-Allow-Origin", Verdict::NoCorsHeaders);
        row("rest actual wildcard", "rest", "allowOrigins: ['*']", "GET /items\n" + evilOrigin, 200,
            "Access-Control-Allow-Origin: *", "Vary", Verdict::CorsHeadersAdded);
        row("rest actual credentials and expose headers", "rest",
            "allowCredentials: true\nexposeHeaders: [X-Request-Id, ETag]",
            "POST /items\n" + appOrigin, 200,
            "Access-Control-Allow-Credentials: true\n"
            "Access-Control-Expose-Headers: X-Request-Id,ETag",
            "", Verdict::CorsHeadersAdded);
        row("rest actual expose headers only with ACAO", "rest", "exposeHeaders: [X-Request-Id]",
            "GET /items\n" + evilOrigin, 200, "", "Access-Control-Expose-Headers",
            Verdict::NoCorsHeaders);
        row("rest OPTIONS without preflight headers is still the MOCK", "rest", "",
            "OPTIONS /items\n" + appOrigin, 200,
            "Access-Control-Allow-Methods: GET,POST,PUT,OPTIONS", "", Verdict::PreflightAnswered);

        // REST: API Gateway's own errors follow gatewayResponses.
        row("rest missing token 401 with gateway responses", "rest",
            "authorizer: Authorization\nallowHeaders: [Content-Type, Authorization]",
            "GET /items\n" + appOrigin, 401, "Access-Control-Allow-Origin: https://app.example.com",
            "Vary", Verdict::CorsHeadersAdded);
        row("rest token present reaches the Lambda", "rest",
            "authorizer: Authorization\nallowHeaders: [Content-Type, Authorization]",
            "GET /items\n" + appOrigin + "Authorization: Bearer x", 200, "Vary: Origin", "",
            Verdict::CorsHeadersAdded);
        row("rest empty token is no token", "rest",
            "authorizer: Authorization\nallowHeaders: [Content-Type, Authorization]",
            "GET /items\n" + appOrigin + "Authorization:   ", 401, "", "",
            Verdict::CorsHeadersAdded);
        row("rest missing API key 403", "rest",
            "apiKeyRequired: true\nallowHeaders: [Content-Type, X-Api-Key]",
            "GET /items\n" + appOrigin, 403, "Access-Control-Allow-Origin: https://app.example.com",
            "", Verdict::CorsHeadersAdded);
        row("rest API key present", "rest",
            "apiKeyRequired: true\nallowHeaders: [Content-Type, X-Api-Key]",
            "GET /items\n" + appOrigin + "x-api-key: k", 200, "Vary: Origin", "",
            Verdict::CorsHeadersAdded);
        row("rest status 500 with gateway responses", "rest", "", "GET /_status/500\n" + appOrigin,
            500, "Access-Control-Allow-Origin: https://app.example.com", "",
            Verdict::CorsHeadersAdded);
        row("rest status 404 without gateway responses", "rest", "gatewayResponses: false",
            "GET /_status/404\n" + appOrigin, 404, "", "Access-Control-Allow-Origin",
            Verdict::NoCorsHeaders);
        row("rest status path out of range is a normal path", "rest", "",
            "GET /_status/200\n" + appOrigin, 200, "Vary: Origin", "", Verdict::CorsHeadersAdded);

        // HTTP: API Gateway answers the preflight itself.
        row("http preflight allowed", "http", "",
            preflightPut + "Access-Control-Request-Headers: content-type,x-trace", 204,
            "access-control-allow-origin: https://app.example.com\n"
            "access-control-allow-methods: GET,POST,PUT,OPTIONS\n"
            "access-control-allow-headers: Content-Type,X-Trace\naccess-control-max-age: 600",
            "access-control-allow-credentials", Verdict::PreflightAnswered);
        row("http preflight origin not allowed", "http", "",
            "OPTIONS /items\n" + evilOrigin + "Access-Control-Request-Method: PUT", 204, "",
            "access-control-allow-origin\naccess-control-allow-methods", Verdict::PreflightRefused);
        row("http preflight method not allowed", "http", "",
            "OPTIONS /items\n" + appOrigin + "Access-Control-Request-Method: DELETE", 204, "",
            "access-control-allow-origin", Verdict::PreflightRefused);
        row("http preflight header not allowed", "http", "",
            preflightPut + "Access-Control-Request-Headers: content-type,x-other", 204, "",
            "access-control-allow-origin", Verdict::PreflightRefused);
        row("http preflight header case-insensitive", "http", "",
            preflightPut + "Access-Control-Request-Headers: X-TRACE", 204,
            "access-control-allow-origin: https://app.example.com", "", Verdict::PreflightAnswered);
        row("http preflight wildcards", "http",
            "allowOrigins: ['*']\nallowMethods: ['*']\nallowHeaders: ['*']",
            "OPTIONS /x\n" + evilOrigin +
                "Access-Control-Request-Method: PATCH\nAccess-Control-Request-Headers: x-a,x-b",
            204,
            "access-control-allow-origin: *\naccess-control-allow-methods: *\n"
            "access-control-allow-headers: *",
            "", Verdict::PreflightAnswered);
        row("http preflight scheme wildcard", "http", "allowOrigins: ['https://*']",
            "OPTIONS /x\n" + evilOrigin + "Access-Control-Request-Method: GET", 204,
            "access-control-allow-origin: https://evil.example", "", Verdict::PreflightAnswered);
        row("http preflight scheme wildcard other scheme", "http", "allowOrigins: ['https://*']",
            "OPTIONS /x\nOrigin: http://evil.example\nAccess-Control-Request-Method: GET", 204, "",
            "access-control-allow-origin", Verdict::PreflightRefused);
        row("http preflight credentials echo the origin", "http", "allowCredentials: true",
            preflightPut, 204,
            "access-control-allow-origin: https://app.example.com\n"
            "access-control-allow-credentials: true",
            "", Verdict::PreflightAnswered);
        row("http preflight before the authorizer", "http",
            "authorizer: Authorization\nallowHeaders: [Content-Type, Authorization]",
            preflightPut + "Access-Control-Request-Headers: authorization", 204,
            "access-control-allow-origin: https://app.example.com", "", Verdict::PreflightAnswered);
        row("http preflight caught by the authorized route", "http",
            "authorizer: Authorization\nallowHeaders: [Content-Type, Authorization]\n"
            "authorizePreflight: true",
            preflightPut + "Access-Control-Request-Headers: authorization", 401,
            "access-control-allow-origin: https://app.example.com", "access-control-allow-methods",
            Verdict::PreflightRefused);

        // HTTP: CORS headers added to every response for an allowed origin.
        row("http actual allowed", "http", "exposeHeaders: [X-Request-Id]",
            "GET /items\n" + appOrigin, 200,
            "access-control-allow-origin: https://app.example.com\n"
            "access-control-expose-headers: X-Request-Id",
            "access-control-allow-methods", Verdict::CorsHeadersAdded);
        row("http actual other origin", "http", "", "GET /items\n" + evilOrigin, 200, "",
            "access-control-allow-origin", Verdict::NoCorsHeaders);
        row("http actual wildcard", "http", "allowOrigins: ['*']", "GET /items\n" + evilOrigin, 200,
            "access-control-allow-origin: *", "", Verdict::CorsHeadersAdded);
        row("http OPTIONS without ACRM is routed", "http", "", "OPTIONS /items\n" + appOrigin, 200,
            "access-control-allow-origin: https://app.example.com", "access-control-allow-methods",
            Verdict::CorsHeadersAdded);
        row("http missing token 401 keeps CORS headers", "http",
            "authorizer: Authorization\nallowHeaders: [Content-Type, Authorization]",
            "GET /items\n" + appOrigin, 401, "access-control-allow-origin: https://app.example.com",
            "", Verdict::CorsHeadersAdded);
        row("http status 502 keeps CORS headers", "http", "", "GET /_status/502\n" + appOrigin, 502,
            "access-control-allow-origin: https://app.example.com", "", Verdict::CorsHeadersAdded);
        // Routes (AWS: "Set up API resources", "Working with routes for HTTP APIs").
        const QByteArray restRoutes =
            "authorizer: Authorization\nallowHeaders: [Content-Type, Authorization]\n"
            "routes: [{path: /items, methods: [GET, POST]}, {path: '/items/{id}', methods: [GET,"
            " PUT]}, {path: /health, methods: [GET], authorizer: none}]";
        row("rest route preflight allows its own methods", "rest", restRoutes,
            "OPTIONS /items/42\n" + appOrigin + "Access-Control-Request-Method: PUT\n", 200,
            "Access-Control-Allow-Methods: GET,PUT,OPTIONS", "", Verdict::PreflightAnswered);
        row("rest parent preflight allows its own methods", "rest", restRoutes,
            "OPTIONS /items\n" + appOrigin + "Access-Control-Request-Method: POST\n", 200,
            "Access-Control-Allow-Methods: GET,POST,OPTIONS", "", Verdict::PreflightAnswered);
        row("rest unknown path is 403 Missing Authentication Token", "rest", restRoutes,
            "GET /orders\n" + appOrigin + "Authorization: t\n", 403,
            "x-amzn-ErrorType: MissingAuthenticationTokenException\n"
            "Access-Control-Allow-Origin: https://app.example.com",
            "", Verdict::CorsHeadersAdded);
        row("rest unknown path preflight is 403", "rest", restRoutes,
            "OPTIONS /orders\n" + appOrigin + "Access-Control-Request-Method: PUT\n", 403,
            "x-amzn-ErrorType: MissingAuthenticationTokenException", "Access-Control-Allow-Methods",
            Verdict::PreflightRefused);
        row("rest missing method is 403 without gateway responses", "rest",
            restRoutes + "\ngatewayResponses: false",
            "DELETE /items/1\n" + appOrigin + "Authorization: t\n", 403,
            "x-amzn-ErrorType: MissingAuthenticationTokenException", "Access-Control-Allow-Origin",
            Verdict::NoCorsHeaders);
        row("rest deeper than any resource is 403", "rest", restRoutes,
            "GET /items/1/parts\n" + appOrigin + "Authorization: t\n", 403, "",
            "Access-Control-Allow-Methods", Verdict::CorsHeadersAdded);
        row("rest authorized route needs the token", "rest", restRoutes, "GET /items\n" + appOrigin,
            401, "", "", Verdict::CorsHeadersAdded);
        row("rest public route needs no token", "rest", restRoutes, "GET /health\n" + appOrigin,
            200, "Access-Control-Allow-Origin: https://app.example.com\nVary: Origin", "",
            Verdict::CorsHeadersAdded);
        row("rest greedy route catches deeper paths", "rest",
            "routes: [{path: '/files/{path+}', methods: [GET]}]", "GET /files/a/b/c\n" + appOrigin,
            200, "Access-Control-Allow-Origin: https://app.example.com", "",
            Verdict::CorsHeadersAdded);
        row("rest greedy route does not match its parent", "rest",
            "routes: [{path: '/files/{path+}', methods: [GET]}]", "GET /files\n" + appOrigin, 403,
            "x-amzn-ErrorType: MissingAuthenticationTokenException", "", Verdict::CorsHeadersAdded);
        row("rest literal beats a parameter", "rest",
            "routes: [{path: '/items/{id}', methods: [GET]}, {path: /items/new, methods: [POST]}]",
            "OPTIONS /items/new\n" + appOrigin + "Access-Control-Request-Method: POST\n", 200,
            "Access-Control-Allow-Methods: POST,OPTIONS", "", Verdict::PreflightAnswered);
        const QByteArray httpRoutes =
            "authorizer: Authorization\nallowHeaders: [Content-Type, Authorization]\n"
            "routes: [{path: '/{proxy+}', methods: [ANY]}, {path: /public, methods: [GET],"
            " authorizer: none}]";
        row("http unknown route is 404", "http", "routes: [{path: /items, methods: [GET]}]",
            "GET /orders\n" + appOrigin, 404,
            "access-control-allow-origin: https://app.example.com", "", Verdict::CorsHeadersAdded);
        row("http method without a route is 404", "http",
            "routes: [{path: /items, methods: [GET]}]", "PUT /items\n" + appOrigin, 404, "", "",
            Verdict::CorsHeadersAdded);
        row("http preflight skips the ANY route's authorizer", "http", httpRoutes,
            "OPTIONS /a/b\n" + appOrigin + "Access-Control-Request-Method: PUT\n", 204,
            "access-control-allow-origin: https://app.example.com", "", Verdict::PreflightAnswered);
        row("http ANY route needs the token", "http", httpRoutes, "PUT /a/b\n" + appOrigin, 401, "",
            "", Verdict::CorsHeadersAdded);
        row("http public route needs no token", "http", httpRoutes, "GET /public\n" + appOrigin,
            200, "access-control-allow-origin: https://app.example.com", "",
            Verdict::CorsHeadersAdded);
        row("http $default catches what no route matches", "http",
            "routes: [{path: $default, methods: [ANY]}, {path: /items, methods: [GET]}]",
            "DELETE /anything\n" + appOrigin, 200,
            "access-control-allow-origin: https://app.example.com", "", Verdict::CorsHeadersAdded);
        row("http authorized $default without OPTIONS routes takes the preflight", "http",
            "authorizer: Authorization\nallowHeaders: [Content-Type, Authorization]\n"
            "authorizePreflight: true\nroutes: [{path: $default, methods: [ANY]}]",
            "OPTIONS /x\n" + appOrigin + "Access-Control-Request-Method: PUT\n", 401, "", "",
            Verdict::PreflightRefused);
        row("http api key is ignored", "http", "apiKeyRequired: true", "GET /items\n" + appOrigin,
            200, "access-control-allow-origin: https://app.example.com", "",
            Verdict::CorsHeadersAdded);
    }

    void answers()
    {
        QFETCH(QByteArray, api);
        QFETCH(QByteArray, changes);
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QFETCH(QByteArray, present);
        QFETCH(QByteArray, absent);
        QFETCH(Verdict, verdict);

        const CorsConfig config = configFor(api, changes);
        QVERIFY2(!hasErrors(validate(config)), "rows use configurations that can be deployed");
        const qsizetype lineEnd = request.indexOf('\n');
        const QByteArray requestLine = lineEnd < 0 ? request : request.first(lineEnd);
        emulator::HttpRequest httpRequest;
        httpRequest.method = requestLine.split(' ').value(0);
        httpRequest.target = requestLine.split(' ').value(1);
        httpRequest.headers =
            parseHeaderText(lineEnd < 0 ? QByteArray() : request.sliced(lineEnd + 1), true);

        const emulator::GatewayResponse response = emulator::answer(config, httpRequest);
        QString shown;
        for (const fetch::Header &h : response.headers.headers()) {
            shown += QString::fromLatin1(h.name + ": " + h.value) + u"\n"_s;
        }
        const QByteArray context =
            "\nheaders:\n" + shown.toUtf8() + "outcome: " + response.outcome.toUtf8();
        QVERIFY2(response.status == status,
                 QByteArray("status " + QByteArray::number(response.status) + context).constData());
        const fetch::HeaderList expectedHeaders = parseHeaderText(present, true);
        for (const fetch::Header &expected : expectedHeaders.headers()) {
            QVERIFY2(response.headers.get(expected.name) == expected.value,
                     QByteArray("missing " + expected.name + ": " + expected.value + context)
                         .constData());
            QCOMPARE(response.headers.count(expected.name), 1);
        }
        for (const QByteArray &name : absent.split('\n')) {
            if (!name.isEmpty()) {
                QVERIFY2(!response.headers.contains(name),
                         QByteArray("unexpected " + name + context).constData());
            }
        }
        QVERIFY2(response.verdict == verdict, context.constData());
        QVERIFY(!response.outcome.isEmpty());
    }

    void bodies()
    {
        CorsConfig config;
        emulator::HttpRequest request{"GET", "/a%20b?x=1", {}, {}};
        QJsonObject body = QJsonDocument::fromJson(emulator::answer(config, request).body).object();
        QCOMPARE(body.value(u"path"_s).toString(), u"/a b"_s);
        QCOMPARE(body.value(u"method"_s).toString(), u"GET"_s);

        request.target = "/_status/504";
        const emulator::GatewayResponse timeout = emulator::answer(config, request);
        QCOMPARE(timeout.status, 504);
        body = QJsonDocument::fromJson(timeout.body).object();
        QCOMPARE(body.value(u"message"_s).toString(), u"Endpoint request timed out"_s);
    }

    void statusPaths_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<int>("status");
        QTest::newRow("404") << QByteArray("/_status/404") << 404;
        QTest::newRow("500 with query") << QByteArray("/_status/500?x=1") << 500;
        QTest::newRow("599") << QByteArray("/_status/599") << 599;
        QTest::newRow("399") << QByteArray("/_status/399") << 0;
        QTest::newRow("600") << QByteArray("/_status/600") << 0;
        QTest::newRow("four digits") << QByteArray("/_status/4040") << 0;
        QTest::newRow("sign") << QByteArray("/_status/+40") << 0;
        QTest::newRow("sub path") << QByteArray("/_status/404/x") << 0;
        QTest::newRow("other path") << QByteArray("/items") << 0;
    }

    void statusPaths()
    {
        QFETCH(QByteArray, target);
        QFETCH(int, status);
        QCOMPARE(emulator::requestedErrorStatus(target), status);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorGateway)
#include "tst_emulator_gateway.moc"
