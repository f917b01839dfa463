// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The advisor's rules: for every rule, configurations that trigger it and near-misses that must
// not. Each configuration is a project file body on top of a quiet REST or HTTP configuration.
#include "advisor/advisor.h"
#include "advisor/findingsmodel.h"
#include "io/projectfile.h"
#include "support/projectyaml.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace cors;

namespace {

/// A configuration the advisor has little to say about, in project-file form; a row's YAML
/// replaces keys of it.
QByteArray quietBase(const QByteArray &api)
{
    return "version: 2\napiType: " + api +
           "\nallowOrigins: [https://app.example.com]\n"
           "allowMethods: [GET, POST, OPTIONS]\nallowHeaders: [Content-Type]\n"
           "maxAge: 600\nallowCredentials: false\nauthorizer: none\napiKeyRequired: false\n"
           "gatewayResponses: true\n";
}

projectfile::LoadResult configFrom(const QByteArray &api, const QByteArray &changes)
{
    return projectfile::parse(withChangedKeys(quietBase(api), changes));
}

int count(const Findings &findings, const QString &rule)
{
    return int(std::count_if(findings.begin(), findings.end(),
                             [&rule](const Finding &f) { return f.rule == rule; }));
}

/// One row of the rule table.
struct Row
{
    const char *name;
    QByteArray api;
    QByteArray changes;
    const char *rule;
    int expected;
};

const QList<Row> &table()
{
    static const QList<Row> rows = [] {
        QList<Row> all;
        auto row = [&all](const char *name, const QByteArray &api, const QByteArray &changes,
                          const char *rule, int expected) {
            all.append({name, api, changes, rule, expected});
        };
        // Origins.
        row("wildcard origin", "http", "allowOrigins: ['*']", "WILDCARD_ORIGIN", 1);
        row("wildcard origin rest", "rest", "allowOrigins: ['*']", "WILDCARD_ORIGIN", 1);
        row("named origin: no wildcard advice", "http", "", "WILDCARD_ORIGIN", 0);
        row("wildcard + credentials", "http", "allowOrigins: ['*']\nallowCredentials: true",
            "WILDCARD_ORIGIN_WITH_CREDENTIALS", 1);
        row("wildcard + credentials is not plain wildcard", "http",
            "allowOrigins: ['*']\nallowCredentials: true", "WILDCARD_ORIGIN", 0);
        row("named origin + credentials", "http", "allowCredentials: true",
            "WILDCARD_ORIGIN_WITH_CREDENTIALS", 0);
        row("rest two origins", "rest",
            "allowOrigins: [https://a.example.com, https://b.example.com]", "REST_MULTIPLE_ORIGINS",
            1);
        row("rest one origin", "rest", "", "REST_MULTIPLE_ORIGINS", 0);
        row("rest two origins and '*'", "rest", "allowOrigins: [https://a.example.com, '*']",
            "REST_MULTIPLE_ORIGINS", 0);
        row("rest two origins: gateway responses name the first", "rest",
            "allowOrigins: [https://a.example.com, https://b.example.com]",
            "REST_GATEWAY_RESPONSE_ORIGIN", 1);
        row("rest two origins without gateway responses", "rest",
            "allowOrigins: [https://a.example.com, https://b.example.com]\n"
            "gatewayResponses: false",
            "REST_GATEWAY_RESPONSE_ORIGIN", 0);
        row("http two origins: no gateway responses", "http",
            "allowOrigins: [https://a.example.com, https://b.example.com]",
            "REST_GATEWAY_RESPONSE_ORIGIN", 0);
        row("http two origins", "http",
            "allowOrigins: [https://a.example.com, https://b.example.com]", "REST_MULTIPLE_ORIGINS",
            0);
        row("https://* on http", "http", "allowOrigins: ['https://*']", "SCHEME_WILDCARD_ORIGIN",
            1);
        row("http://* on http", "http", "allowOrigins: ['http://*']", "SCHEME_WILDCARD_ORIGIN", 1);
        row("subdomain origin is no scheme wildcard", "http",
            "allowOrigins: [https://star.example.com]", "SCHEME_WILDCARD_ORIGIN", 0);
        row("http origin", "http", "allowOrigins: [http://app.example.com]", "INSECURE_ORIGIN", 1);
        row("https origin", "http", "", "INSECURE_ORIGIN", 0);
        row("http loopback origin", "http", "allowOrigins: ['http://localhost:3000']",
            "INSECURE_ORIGIN", 0);
        row("http origin + credentials", "http",
            "allowOrigins: [http://app.example.com]\nallowCredentials: true",
            "INSECURE_ORIGIN_WITH_CREDENTIALS", 1);
        row("https origin + credentials", "http", "allowCredentials: true",
            "INSECURE_ORIGIN_WITH_CREDENTIALS", 0);
        row("localhost", "http", "allowOrigins: ['http://localhost:3000']", "LOCALHOST_ORIGIN", 1);
        row("127.0.0.1", "http", "allowOrigins: ['http://127.0.0.1:8080']", "LOCALHOST_ORIGIN", 1);
        row("[::1]", "http", "allowOrigins: ['http://[::1]:8080']", "LOCALHOST_ORIGIN", 1);
        row("app.localhost", "http", "allowOrigins: ['http://app.localhost']", "LOCALHOST_ORIGIN",
            1);
        row("localhost.example.com", "http", "allowOrigins: ['https://localhost.example.com']",
            "LOCALHOST_ORIGIN", 0);
        // Stages: a development origin is fine in a development stage, noted in production.
        row("localhost in a dev stage", "http",
            "stages: {dev: {allowOrigins: ['http://localhost:3000']}, prod: ~}", "LOCALHOST_ORIGIN",
            0);
        row("localhost in the prod stage", "http",
            "stages: {dev: ~, prod: {allowOrigins: ['http://localhost:3000']}}", "LOCALHOST_ORIGIN",
            1);
        row("localhost inherited by the prod stage", "http",
            "allowOrigins: ['http://localhost:3000']\nstages: {prod: ~, dev: ~}",
            "LOCALHOST_ORIGIN", 1);
        row("localhost inherited by dev stages only", "http",
            "allowOrigins: ['http://localhost:3000']\nstages: {dev: ~, test: ~}",
            "LOCALHOST_ORIGIN", 0);
        row("two origins in one stage need Vary", "http",
            "stages: {prod: {allowOrigins: [https://a.example.com, https://b.example.com]}}",
            "VARY_ORIGIN", 1);
        row("two origins need Vary", "http",
            "allowOrigins: [https://a.example.com, https://b.example.com]", "VARY_ORIGIN", 1);
        row("one origin needs no Vary", "http", "", "VARY_ORIGIN", 0);
        row("wildcard needs no Vary", "http", "allowOrigins: ['*']", "VARY_ORIGIN", 0);

        // Authorizer and API key.
        row("rest authorizer", "rest",
            "authorizer: Authorization\nallowHeaders: [Content-Type, Authorization]",
            "AUTHORIZER_PREFLIGHT_REST", 1);
        row("rest no authorizer", "rest", "", "AUTHORIZER_PREFLIGHT_REST", 0);
        row("rest api key", "rest", "apiKeyRequired: true\nallowHeaders: [Content-Type, X-Api-Key]",
            "API_KEY_PREFLIGHT_REST", 1);
        row("rest no api key", "rest", "", "API_KEY_PREFLIGHT_REST", 0);
        row("http authorizer", "http",
            "authorizer: Authorization\nallowHeaders: [Content-Type, Authorization]",
            "AUTHORIZER_PREFLIGHT_HTTP", 1);
        row("http no authorizer", "http", "", "AUTHORIZER_PREFLIGHT_HTTP", 0);
        row("http authorizer, two ANY routes", "http",
            "authorizer: Authorization\nallowHeaders: [Content-Type, Authorization]\n"
            "routes: [{path: /, methods: [ANY]}, {path: '/{proxy+}', methods: [ANY]},"
            " {path: /items, methods: [GET]}]",
            "AUTHORIZER_PREFLIGHT_HTTP", 2);
        row("http authorizer, $default", "http",
            "authorizer: Authorization\nallowHeaders: [Content-Type, Authorization]\n"
            "routes: [{path: $default, methods: [ANY]}]",
            "AUTHORIZER_PREFLIGHT_HTTP", 1);
        row("http authorizer, method routes and a public ANY route", "http",
            "authorizer: Authorization\nallowHeaders: [Content-Type, Authorization]\n"
            "routes: [{path: '/{proxy+}', methods: [ANY], authorizer: none},"
            " {path: /items, methods: [GET, POST]}]",
            "AUTHORIZER_PREFLIGHT_HTTP", 0);
        row("http authorizer on OPTIONS", "http",
            "authorizer: Authorization\nallowHeaders: [Content-Type, Authorization]\n"
            "authorizePreflight: true",
            "PREFLIGHT_AUTHORIZED", 1);
        row("http authorizer on OPTIONS has no reminder", "http",
            "authorizer: Authorization\nallowHeaders: [Content-Type, Authorization]\n"
            "authorizePreflight: true",
            "AUTHORIZER_PREFLIGHT_HTTP", 0);
        row("rest api key on OPTIONS", "rest",
            "apiKeyRequired: true\nallowHeaders: [Content-Type, X-Api-Key]\n"
            "authorizePreflight: true",
            "PREFLIGHT_AUTHORIZED", 1);
        row("rest authorizer on OPTIONS has no reminder", "rest",
            "authorizer: Authorization\nallowHeaders: [Content-Type, Authorization]\n"
            "authorizePreflight: true",
            "AUTHORIZER_PREFLIGHT_REST", 0);
        row("OPTIONS authorized without authorizer or key", "rest", "authorizePreflight: true",
            "PREFLIGHT_AUTHORIZED", 0);
        row("http api key only on OPTIONS", "http",
            "apiKeyRequired: true\nauthorizePreflight: true", "PREFLIGHT_AUTHORIZED", 0);
        row("OPTIONS exempt", "rest",
            "authorizer: Authorization\nallowHeaders: [Content-Type, Authorization]",
            "PREFLIGHT_AUTHORIZED", 0);
        row("http api key", "http", "apiKeyRequired: true", "API_KEY_ON_HTTP_API", 1);
        row("rest api key is fine", "rest",
            "apiKeyRequired: true\nallowHeaders: [Content-Type, X-Api-Key]", "API_KEY_ON_HTTP_API",
            0);
        row("authorizer header missing", "http", "authorizer: Authorization",
            "AUTH_HEADER_NOT_ALLOWED", 1);
        row("authorizer header listed in other case", "http",
            "authorizer: Authorization\nallowHeaders: [Content-Type, authorization]",
            "AUTH_HEADER_NOT_ALLOWED", 0);
        row("custom token header under *", "http", "authorizer: X-Token\nallowHeaders: ['*']",
            "AUTH_HEADER_NOT_ALLOWED", 0);
        row("Authorization under * is not allowed", "http",
            "authorizer: Authorization\nallowHeaders: ['*']", "AUTH_HEADER_NOT_ALLOWED", 1);
        row("api key header missing", "rest", "apiKeyRequired: true", "API_KEY_HEADER_NOT_ALLOWED",
            1);
        row("api key header listed", "rest",
            "apiKeyRequired: true\nallowHeaders: [Content-Type, x-api-key]",
            "API_KEY_HEADER_NOT_ALLOWED", 0);
        row("* headers without Authorization", "http", "allowHeaders: ['*']",
            "WILDCARD_HEADERS_AUTHORIZATION", 1);
        row("* headers with Authorization", "http", "allowHeaders: ['*', Authorization]",
            "WILDCARD_HEADERS_AUTHORIZATION", 0);
        row("* headers, Authorization authorizer says it once", "http",
            "allowHeaders: ['*']\nauthorizer: Authorization", "WILDCARD_HEADERS_AUTHORIZATION", 0);

        // Methods and headers.
        row("POST without Content-Type", "http", "allowHeaders: [X-Trace]",
            "CONTENT_TYPE_NOT_ALLOWED", 1);
        row("PUT without Content-Type", "http", "allowMethods: [GET, PUT]\nallowHeaders: []",
            "CONTENT_TYPE_NOT_ALLOWED", 1);
        row("GET only needs no Content-Type", "http", "allowMethods: [GET]\nallowHeaders: []",
            "CONTENT_TYPE_NOT_ALLOWED", 0);
        row("POST with * headers", "http", "allowHeaders: ['*']", "CONTENT_TYPE_NOT_ALLOWED", 0);
        row("POST with Content-Type", "http", "", "CONTENT_TYPE_NOT_ALLOWED", 0);
        row("* methods", "http", "allowMethods: ['*']", "WILDCARD_METHODS", 1);
        row("named methods", "http", "", "WILDCARD_METHODS", 0);
        row("every method", "http", "allowMethods: [GET, POST, PUT, PATCH, DELETE, OPTIONS]",
            "ALL_METHODS", 1);
        row("all but DELETE", "http", "allowMethods: [GET, POST, PUT, PATCH, OPTIONS]",
            "ALL_METHODS", 0);
        row("rest without OPTIONS", "rest", "allowMethods: [GET, POST]", "OPTIONS_METHOD_MISSING",
            1);
        row("rest with OPTIONS", "rest", "", "OPTIONS_METHOD_MISSING", 0);
        row("http without OPTIONS", "http", "allowMethods: [GET, POST]", "OPTIONS_METHOD_MISSING",
            0);
        row("forbidden header", "http", "allowHeaders: [Content-Type, Cookie]",
            "FORBIDDEN_HEADER_ALLOWED", 1);
        row("Sec- header", "http", "allowHeaders: [Content-Type, Sec-Fetch-Mode]",
            "FORBIDDEN_HEADER_ALLOWED", 1);
        row("ordinary header", "http", "allowHeaders: [Content-Type, X-Cookie]",
            "FORBIDDEN_HEADER_ALLOWED", 0);
        row("safelisted header", "http", "allowHeaders: [Content-Type, Accept-Language]",
            "SAFELISTED_HEADER_ALLOWED", 1);
        row("Content-Type is not always safelisted", "http", "", "SAFELISTED_HEADER_ALLOWED", 0);

        // Max age.
        row("max age unset", "http", "maxAge: ~", "MAX_AGE_UNSET", 1);
        row("max age set", "http", "", "MAX_AGE_UNSET", 0);
        row("max age 0", "http", "maxAge: 0", "MAX_AGE_DISABLED", 1);
        row("max age -1", "http", "maxAge: -1", "MAX_AGE_DISABLED", 1);
        row("max age 1", "http", "maxAge: 1", "MAX_AGE_DISABLED", 0);
        row("max age 601", "http", "maxAge: 601", "MAX_AGE_ABOVE_BROWSER_CAP", 1);
        row("max age 86400", "http", "maxAge: 86400", "MAX_AGE_ABOVE_BROWSER_CAP", 1);
        row("max age 600", "http", "maxAge: 600", "MAX_AGE_ABOVE_BROWSER_CAP", 0);

        // Platform.
        row("rest without gateway responses", "rest", "gatewayResponses: false",
            "NO_GATEWAY_RESPONSES", 1);
        row("rest with gateway responses", "rest", "", "NO_GATEWAY_RESPONSES", 0);
        row("rest expose headers", "rest", "exposeHeaders: [X-Request-Id]", "REST_EXPOSE_HEADERS",
            1);
        row("http expose headers", "http", "exposeHeaders: [X-Request-Id]", "REST_EXPOSE_HEADERS",
            0);
        row("rest without expose headers", "rest", "", "REST_EXPOSE_HEADERS", 0);
        return all;
    }();
    return rows;
}

} // namespace

class TestAdvisor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QByteArray>("api");
        QTest::addColumn<QByteArray>("changes");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("expected");
        for (const Row &r : table()) {
            QTest::newRow(r.name) << r.api << r.changes << QString::fromLatin1(r.rule)
                                  << r.expected;
        }
    }

    void rules()
    {
        QFETCH(QByteArray, api);
        QFETCH(QByteArray, changes);
        QFETCH(QString, rule);
        QFETCH(int, expected);
        QVERIFY2(advisor::findRule(rule) != nullptr, qPrintable(rule));
        const projectfile::LoadResult loaded = configFrom(api, changes);
        QVERIFY2(loaded.ok(), changes.constData());
        const Findings findings = advisor::advise(loaded.config);
        QCOMPARE(count(findings, rule), expected);
        for (const Finding &finding : findings) {
            if (finding.rule != rule) {
                continue;
            }
            const advisor::Rule *catalogue = advisor::findRule(rule);
            QCOMPARE(finding.severity, catalogue->severity);
            QCOMPARE(finding.source, catalogue->source);
            QVERIFY(finding.message.startsWith(fieldKey(finding.field) + u": "_s));
            QVERIFY(!finding.fix.isEmpty());
            if (catalogue->scope == advisor::Scope::Rest) {
                QCOMPARE(api, "rest"_ba);
            } else if (catalogue->scope == advisor::Scope::Http) {
                QCOMPARE(api, "http"_ba);
            }
        }
    }

    void everyRuleIsTested()
    {
        // Every catalogue rule has a configuration that triggers it and a near-miss that must not.
        for (const advisor::Rule &rule : advisor::rules()) {
            const auto has = [&rule](int expected) {
                return std::any_of(table().begin(), table().end(), [&](const Row &r) {
                    return rule.id == QLatin1String(r.rule) && r.expected == expected;
                });
            };
            QVERIFY2(has(1), qPrintable(rule.id + u" has no triggering row"_s));
            QVERIFY2(has(0), qPrintable(rule.id + u" has no near-miss row"_s));
            QVERIFY2(!rule.source.isEmpty(), qPrintable(rule.id));
            QVERIFY2(!rule.summary.isEmpty(), qPrintable(rule.id));
            QVERIFY2(rule.id == rule.id.toUpper(), qPrintable(rule.id));
        }
    }

    void routeAdviceForATesterRequest_data()
    {
        QTest::addColumn<QByteArray>("api");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("expected"); ///< a part of the note; empty: no note
        QTest::addRow("rest route behind the stage") << "rest"_ba
                                                     << "/prod/items/5"_ba
                                                     << "PUT"_ba
                                                     << u"route /items/{id} of this project; its "
                                                        u"preflight allows GET, PUT, OPTIONS"_s;
        QTest::addRow("rest route without the stage")
            << "rest"_ba
            << "/items"_ba
            << "POST"_ba << u"route /items of this project"_s;
        QTest::addRow("rest method the route lacks") << "rest"_ba
                                                     << "/items/5"_ba
                                                     << "DELETE"_ba << u"does not serve DELETE"_s;
        QTest::addRow("rest path no route serves")
            << "rest"_ba
            << "/orders"_ba
            << "GET"_ba << u"No route of this project serves /orders: API Gateway answers 403"_s;
        QTest::addRow("http route") << "http"_ba
                                    << "/items/5"_ba
                                    << "PUT"_ba << u"reaches the route PUT /items/{id}"_s;
        QTest::addRow("http path no route serves") << "http"_ba
                                                   << "/orders"_ba
                                                   << "GET"_ba << u"404 Not Found"_s;
    }
    void routeAdviceForATesterRequest()
    {
        QFETCH(QByteArray, api);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, method);
        QFETCH(QString, expected);
        const projectfile::LoadResult loaded = configFrom(
            api, "allowMethods: [GET, POST, PUT, OPTIONS]\nroutes: [{path: /items, methods: [GET, "
                 "POST]}, {path: '/items/{id}', methods: [GET, PUT]}]");
        QVERIFY(loaded.ok());
        const QString note = advisor::routeAdvice(loaded.config, path, method);
        QVERIFY2(note.contains(expected), qPrintable(note));
        // Without routes of its own the project is a Lambda proxy: nothing to say.
        CorsConfig proxy = loaded.config;
        proxy.routes.clear();
        QVERIFY(advisor::routeAdvice(proxy, path, method).isEmpty());
    }

    void quietBasesAreQuiet()
    {
        // No rule fires on every configuration of a type: a careful one gets no finding.
        for (const QByteArray &api : {"rest"_ba, "http"_ba}) {
            const projectfile::LoadResult loaded = configFrom(api, {});
            QVERIFY(loaded.ok());
            for (const Finding &finding : advisor::lint(loaded.config)) {
                QFAIL(qPrintable(finding.rule + u": "_s + finding.message));
            }
        }
    }

    void defaultConfigurationHasNoWarningOrError()
    {
        for (const Finding &finding : advisor::lint(CorsConfig())) {
            QVERIFY2(finding.severity == Severity::Info,
                     qPrintable(finding.rule + u": "_s + finding.message));
        }
    }

    void lintDoesNotRepeatValidation()
    {
        CorsConfig config;
        config.apiType = ApiType::Http;
        config.allowOrigins = {u"*"_s};
        config.allowCredentials = true;
        const Findings findings = advisor::lint(config);
        QCOMPARE(count(findings, u"WILDCARD_ORIGIN_WITH_CREDENTIALS"_s), 1);
        QCOMPARE(count(findings, u"credentials-wildcard-origin"_s), 0);
        // Errors come first.
        QCOMPARE(findings.first().severity, Severity::Error);

        // Validation errors the advisor does not cover stay.
        config.allowOrigins = {u"https://app.example.com/"_s};
        config.allowCredentials = false;
        QCOMPARE(count(advisor::lint(config), u"origin-trailing-slash"_s), 1);
        QCOMPARE(advisor::displayId(u"origin-trailing-slash"_s), u"ORIGIN_TRAILING_SLASH"_s);
        QCOMPARE(advisor::displayId(u"WILDCARD_ORIGIN"_s), u"WILDCARD_ORIGIN"_s);
    }

    void modelListsFindingsWithTheirField()
    {
        advisor::FindingsModel model;
        CorsConfig config;
        config.apiType = ApiType::Http;
        config.allowOrigins = {u"https://a.example.com"_s, u"*"_s};
        model.setFindings(advisor::lint(config));
        QVERIFY(model.rowCount() > 0);
        bool sawWildcard = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            if (index.data(advisor::FindingsModel::RuleRole).toString() == u"WILDCARD_ORIGIN") {
                sawWildcard = true;
                QCOMPARE(index.data(advisor::FindingsModel::FieldRole).toString(),
                         u"allowOrigins"_s);
                QCOMPARE(index.data(advisor::FindingsModel::EntryRole).toInt(), 1);
                QCOMPARE(index.data(advisor::FindingsModel::SeverityRole).toString(), u"warning"_s);
                QVERIFY(!index.data(Qt::DisplayRole).toString().isEmpty());
                QVERIFY(!index.data(advisor::FindingsModel::FixRole).toString().isEmpty());
                QVERIFY(!index.data(advisor::FindingsModel::SourceRole).toString().isEmpty());
                QCOMPARE(model.finding(row).rule, u"WILDCARD_ORIGIN"_s);
            }
        }
        QVERIFY(sawWildcard);
        model.setFindings({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAdvisor)
#include "tst_advisor.moc"
