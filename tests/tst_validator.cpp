// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/validator.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cors;

Q_DECLARE_METATYPE(QList<cors::Stage>)

namespace {

/// `count` distinct origins of 60 characters or more.
QStringList manyOrigins(int count)
{
    QStringList origins;
    for (int i = 0; i < count; ++i) {
        origins.append(u"https://frontend-%1.partners-of-the-example-company.example.com"_s.arg(i));
    }
    return origins;
}

/// A valid starting point: each row changes one field and checks what validation says about it.
CorsConfig baseConfig(ApiType apiType, bool credentials)
{
    CorsConfig config = CorsConfig::blank();
    config.apiType = apiType;
    config.allowOrigins = {u"https://app.example.com"_s};
    config.allowMethods = {u"GET"_s, u"POST"_s, u"OPTIONS"_s};
    config.allowHeaders = {u"Content-Type"_s};
    config.allowCredentials = credentials;
    return config;
}

void setField(CorsConfig &config, Field field, const QStringList &values)
{
    if (QStringList *list = stringEntries(config, field)) {
        *list = values;
    } else if (field == Field::MaxAge) {
        config.maxAge =
            values.isEmpty() ? std::nullopt : std::optional(values.first().toLongLong());
    } else if (field == Field::Authorizer) {
        config.authorizer = values.value(0);
    } else {
        QFAIL("this table sets list fields, maxAge and authorizer only");
    }
}

QString describe(const Findings &findings)
{
    QStringList lines;
    for (const Finding &f : findings) {
        lines.append(u"  %1 %2[%3] %4: %5"_s.arg(severityKey(f.severity), fieldKey(f.field))
                         .arg(f.index)
                         .arg(f.rule, f.message));
    }
    return lines.isEmpty() ? u"  (no findings)"_s : lines.join(u'\n');
}

/// "/items/{id} GET,PUT" (and " public") → a route.
QList<Route> routesFrom(const QStringList &lines)
{
    QList<Route> routes;
    for (const QString &line : lines) {
        const QStringList parts = line.split(u' ');
        Route route{parts.value(0), parts.value(1).split(u',', Qt::SkipEmptyParts), false};
        route.isPublic = parts.value(2) == u"public";
        routes.append(route);
    }
    return routes;
}

} // namespace

class TestValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void routeRules_data()
    {
        QTest::addColumn<ApiType>("apiType");
        QTest::addColumn<QStringList>("routes");
        QTest::addColumn<QString>("rule"); // empty: no route finding at all
        QTest::addColumn<int>("index");
        QTest::addColumn<Severity>("severity");
        const auto rest = ApiType::Rest;
        const auto http = ApiType::Http;
        const auto error = Severity::Error;
        QTest::addRow("realistic REST")
            << rest
            << QStringList{u"/items GET,POST"_s, u"/items/{id} GET,DELETE"_s, u"/{proxy+} ANY"_s,
                           u"/health GET public"_s}
            << QString() << -1 << error;
        QTest::addRow("HTTP $default")
            << http << QStringList{u"$default ANY"_s} << QString() << -1 << error;
        QTest::addRow("$default on REST")
            << rest << QStringList{u"$default ANY"_s} << u"route-default-rest"_s << 0 << error;
        QTest::addRow("$default with a method")
            << http << QStringList{u"$default GET"_s} << u"route-default-methods"_s << 0 << error;
        QTest::addRow("no leading slash")
            << rest << QStringList{u"items GET"_s} << u"route-path-slash"_s << 0 << error;
        QTest::addRow("trailing slash") << rest << QStringList{u"/a GET"_s, u"/items/ GET"_s}
                                        << u"route-path-trailing-slash"_s << 1 << error;
        QTest::addRow("empty segment")
            << rest << QStringList{u"/a//b GET"_s} << u"route-path-empty-segment"_s << 0 << error;
        QTest::addRow("dot dot") << rest << QStringList{u"/a/../b GET"_s}
                                 << u"route-path-dot-segment"_s << 0 << error;
        QTest::addRow("quote") << rest << QStringList{u"/it'ems GET"_s} << u"route-path-segment"_s
                               << 0 << error;
        QTest::addRow("template syntax")
            << rest << QStringList{u"/${x} GET"_s} << u"route-path-segment"_s << 0 << error;
        QTest::addRow("hash") << http << QStringList{u"/a#b GET"_s} << u"route-path-segment"_s << 0
                              << error;
        QTest::addRow("half a parameter")
            << rest << QStringList{u"/{id GET"_s} << u"route-path-segment"_s << 0 << error;
        QTest::addRow("control character")
            << rest << QStringList{u"/a\x01 GET"_s} << u"control-character"_s << 0 << error;
        QTest::addRow("greedy not last") << rest << QStringList{u"/{proxy+}/x GET"_s}
                                         << u"route-greedy-not-last"_s << 0 << error;
        QTest::addRow("variable siblings")
            << rest << QStringList{u"/items/{id} GET"_s, u"/items/{key} PUT"_s}
            << u"route-variable-siblings"_s << 1 << error;
        QTest::addRow("greedy beside a parameter")
            << rest << QStringList{u"/{id} GET"_s, u"/{proxy+} ANY"_s}
            << u"route-variable-siblings"_s << 1 << error;
        QTest::addRow("nested variable siblings")
            << http << QStringList{u"/a/{x}/b GET"_s, u"/a/{y} GET"_s}
            << u"route-variable-siblings"_s << 1 << error;
        QTest::addRow("duplicate") << rest << QStringList{u"/a GET"_s, u"/a GET,PUT"_s}
                                   << u"route-duplicate"_s << 1 << error;
        QTest::addRow("duplicate through ANY")
            << http << QStringList{u"/a ANY"_s, u"/a GET"_s} << u"route-duplicate"_s << 1 << error;
        QTest::addRow("same path, other methods")
            << http << QStringList{u"/a GET"_s, u"/a PUT public"_s} << QString() << -1 << error;
        QTest::addRow("ANY mixed")
            << rest << QStringList{u"/a ANY,GET"_s} << u"route-any-mixed"_s << 0 << error;
        QTest::addRow("no methods")
            << rest << QStringList{u"/a"_s} << u"route-methods-empty"_s << 0 << error;
        QTest::addRow("lower-case method")
            << rest << QStringList{u"/a get"_s} << u"route-method-case"_s << 0 << error;
        QTest::addRow("unknown method")
            << rest << QStringList{u"/a TRACE"_s} << u"route-method-unknown"_s << 0 << error;
        QTest::addRow("method twice")
            << rest << QStringList{u"/a GET,GET"_s} << u"route-method-duplicate"_s << 0 << error;
        QTest::addRow("method CORS does not allow")
            << rest << QStringList{u"/a PATCH"_s} << u"route-method-not-allowed"_s << 0
            << Severity::Warning;
        QTest::addRow("10,000 segments")
            << rest << QStringList{u"/"_s + QStringList(10000, u"a"_s).join(u'/') + u" GET"_s}
            << u"route-path-length"_s << 0 << error;
        QTest::addRow("60 segments")
            << rest << QStringList{u"/"_s + QStringList(60, u"a"_s).join(u'/') + u" GET"_s}
            << u"route-path-depth"_s << 0 << error;
        QStringList many;
        for (int i = 0; i < 100000; ++i) {
            many.append(u"/r%1 GET"_s.arg(i));
        }
        QTest::addRow("100,000 routes") << rest << many << u"route-count"_s << -1 << error;
        many.resize(301);
        QTest::addRow("above the quota")
            << rest << many << u"route-quota"_s << -1 << Severity::Warning;
    }
    void routeRules()
    {
        QFETCH(ApiType, apiType);
        QFETCH(QStringList, routes);
        QFETCH(QString, rule);
        QFETCH(int, index);
        QFETCH(Severity, severity);
        CorsConfig config;
        config.apiType = apiType;
        config.allowMethods = {u"GET"_s, u"POST"_s, u"PUT"_s, u"DELETE"_s, u"OPTIONS"_s};
        config.routes = routesFrom(routes);
        Findings found;
        for (const Finding &finding : validate(config)) {
            if (finding.field == Field::Routes) {
                QVERIFY2(!finding.fix.isEmpty(), qPrintable(finding.rule));
                QVERIFY(finding.message.startsWith(u"routes: "_s));
                found.append(finding);
            }
        }
        if (rule.isEmpty()) {
            QVERIFY2(found.isEmpty(), qPrintable(describe(found)));
            return;
        }
        QVERIFY2(found.size() == 1, qPrintable(describe(found)));
        QCOMPARE(found.first().rule, rule);
        QCOMPARE(found.first().index, index);
        QCOMPARE(found.first().severity, severity);
    }

    // Least privilege: a method allowMethods names but no route serves is a note.
    // A REST API takes several origins (its preflight's template selects one) up to the 300 KB
    // a mapping template may have: hundreds of long origins fit.
    void restTakesSeveralOrigins()
    {
        for (const int count : {2, 100, 1000}) {
            CorsConfig config = CorsConfig::blank();
            config.apiType = ApiType::Rest;
            config.allowOrigins = manyOrigins(count);
            const Findings findings = validate(config);
            QVERIFY2(!hasErrors(findings), qPrintable(QString::number(count)));
        }
        CorsConfig config = CorsConfig::blank();
        config.apiType = ApiType::Rest;
        config.allowOrigins = manyOrigins(5000);
        const Findings findings = validate(config);
        const auto tooLarge = std::find_if(findings.begin(), findings.end(), [](const Finding &f) {
            return f.severity == Severity::Error;
        });
        QVERIFY(tooLarge != findings.end());
        QCOMPARE(tooLarge->rule, u"origin-rest-template-size"_s);
        QVERIFY(tooLarge->message.contains(u"300 KB"_s));
    }

    // Stages: names every format accepts, no duplicates, the quota, each stage's own origins
    // checked as allowOrigins is (and reported at the stage).
    void stageRules_data()
    {
        QTest::addColumn<QList<Stage>>("stages");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("index");
        const auto stage = [](const QString &name, std::optional<QStringList> origins = {}) {
            return Stage{name, std::move(origins)};
        };
        QTest::addRow("valid") << QList<Stage>{stage(u"dev"_s), stage(u"prod-2"_s)} << QString()
                               << -1;
        QTest::addRow("underscore") << QList<Stage>{stage(u"qa_1"_s)} << u"stage-name"_s << 0;
        QTest::addRow("dollar") << QList<Stage>{stage(u"dev"_s), stage(u"$default"_s)}
                                << u"stage-name"_s << 1;
        QTest::addRow("empty name") << QList<Stage>{stage(QString())} << u"stage-name"_s << 0;
        QTest::addRow("129 characters")
            << QList<Stage>{stage(QString(129, u'a'))} << u"stage-name"_s << 0;
        QTest::addRow("duplicate")
            << QList<Stage>{stage(u"dev"_s), stage(u"dev"_s)} << u"stage-duplicate"_s << 1;
        QTest::addRow("origin with a path")
            << QList<Stage>{stage(u"dev"_s),
                            stage(u"prod"_s, QStringList{u"https://a.example/x"_s})}
            << u"origin-path"_s << 1;
        QTest::addRow("wildcard with credentials")
            << QList<Stage>{stage(u"prod"_s, QStringList{u"*"_s})}
            << u"credentials-wildcard-origin"_s << 0;
        QList<Stage> many;
        for (int i = 0; i < 11; ++i) {
            many.append(stage(u"s%1"_s.arg(i)));
        }
        QTest::addRow("eleven stages") << many << u"stage-quota"_s << -1;
    }
    void stageRules()
    {
        QFETCH(QList<Stage>, stages);
        QFETCH(QString, rule);
        QFETCH(int, index);
        CorsConfig config = baseConfig(ApiType::Rest, true);
        config.stages = stages;
        const Findings findings = validate(config);
        const auto it = std::find_if(findings.begin(), findings.end(),
                                     [](const Finding &f) { return f.field == Field::Stages; });
        if (rule.isEmpty()) {
            QVERIFY2(it == findings.end(), it == findings.end() ? "" : qPrintable(it->message));
            return;
        }
        QVERIFY(it != findings.end());
        QCOMPARE(it->rule, rule);
        QCOMPARE(it->index, index);
        if (index >= 0) {
            QVERIFY2(it->message.contains(u"'"_s + stages.at(index).name + u"'"_s),
                     qPrintable(it->message));
        }
    }

    void unservedMethodsAreNoted()
    {
        CorsConfig config;
        config.allowMethods = {u"GET"_s, u"DELETE"_s, u"OPTIONS"_s};
        config.routes = routesFrom({u"/a GET"_s});
        const Findings findings = validate(config);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().rule, u"allow-method-unserved"_s);
        QCOMPARE(findings.first().field, Field::AllowMethods);
        QCOMPARE(findings.first().index, 1);
        QCOMPARE(findings.first().severity, Severity::Info);
        config.routes.append(routesFrom({u"/{proxy+} ANY"_s}));
        QVERIFY2(validate(config).isEmpty(), qPrintable(describe(validate(config))));
    }

    void defaultConfigurationIsAwsExampleAndValid()
    {
        const CorsConfig config;
        QCOMPARE(config.apiType, ApiType::Rest);
        QCOMPARE(config.allowOrigins, QStringList{u"http://localhost:3000"_s});
        QCOMPARE(config.allowMethods, (QStringList{u"GET"_s, u"POST"_s, u"OPTIONS"_s}));
        QCOMPARE(config.allowHeaders, (QStringList{u"Content-Type"_s, u"X-Api-Key"_s}));
        QVERIFY(config.gatewayResponses);
        QVERIFY(!config.allowCredentials);
        const Findings findings = validate(config);
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
    }

    void rules_data()
    {
        QTest::addColumn<QString>("apiType");
        QTest::addColumn<bool>("credentials");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QStringList>("values");
        // Empty rule: the configuration must have no error and no warning at all.
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("severity");
        // Other rules the row's value must fire too (nothing else may).
        QTest::addColumn<QStringList>("alsoFires");

        const auto valid = [](const char *name, const char *api, bool credentials,
                              const char *field, const QStringList &values) {
            QTest::addRow("%s", name)
                << QString::fromLatin1(api) << credentials << QString::fromLatin1(field) << values
                << QString() << -1 << QString() << QStringList();
        };
        const auto finds = [](const char *name, const char *api, bool credentials,
                              const char *field, const QStringList &values, const char *rule,
                              int index, const char *severity, const QStringList &also = {}) {
            QTest::addRow("%s", name)
                << QString::fromLatin1(api) << credentials << QString::fromLatin1(field) << values
                << QString::fromLatin1(rule) << index << QString::fromLatin1(severity) << also;
        };
        const char *O = "allowOrigins";
        const char *M = "allowMethods";
        const char *H = "allowHeaders";
        const char *E = "exposeHeaders";
        const char *A = "maxAge";
        const char *Z = "authorizer";

        // --- origins: valid forms
        valid("origin https", "rest", false, O, {u"https://app.example.com"_s});
        valid("origin http localhost port", "rest", false, O, {u"http://localhost:3000"_s});
        valid("origin ipv4 with port", "http", false, O, {u"http://127.0.0.1:8080"_s});
        valid("origin ipv6", "http", false, O, {u"http://[::1]:5173"_s});
        valid("origin punycode", "rest", false, O, {u"https://xn--bcher-kva.example"_s});
        valid("origin non-default port", "rest", true, O, {u"https://app.example.com:8443"_s});
        valid("origin star rest", "rest", false, O, {u"*"_s});
        valid("origin star http", "http", false, O, {u"*"_s});
        valid("origin https-star http", "http", false, O, {u"https://*"_s});
        valid("origin http-star http", "http", false, O, {u"http://*"_s});
        valid("origins list http", "http", true, O,
              {u"https://a.example.com"_s, u"https://b.example.com"_s});
        // --- origins: what a browser never sends
        finds("origin trailing slash", "rest", false, O, {u"https://app.example.com/"_s},
              "origin-trailing-slash", 0, "error");
        finds("origin path", "rest", false, O, {u"https://app.example.com/app"_s}, "origin-path", 0,
              "error");
        finds("origin query", "rest", false, O, {u"https://app.example.com?a=1"_s}, "origin-query",
              0, "error");
        finds("origin fragment", "rest", false, O, {u"https://app.example.com#x"_s},
              "origin-fragment", 0, "error");
        finds("origin userinfo", "rest", false, O, {u"https://me@app.example.com"_s},
              "origin-userinfo", 0, "error");
        finds("origin uppercase scheme", "rest", false, O, {u"HTTPS://app.example.com"_s},
              "origin-uppercase", 0, "error");
        finds("origin uppercase host", "http", false, O, {u"https://App.Example.com"_s},
              "origin-uppercase", 0, "error");
        finds("origin default port https", "rest", false, O, {u"https://app.example.com:443"_s},
              "origin-default-port", 0, "error");
        finds("origin default port http", "http", false, O, {u"http://app.example.com:80"_s},
              "origin-default-port", 0, "error");
        finds("origin leading zero port", "http", false, O, {u"http://localhost:03000"_s},
              "origin-non-canonical-port", 0, "error");
        finds("origin invalid port", "rest", false, O, {u"https://app.example.com:99999"_s},
              "origin-invalid-port", 0, "error");
        finds("origin ftp scheme", "rest", false, O, {u"ftp://app.example.com"_s}, "origin-scheme",
              0, "error");
        finds("origin file scheme", "rest", false, O, {u"file:///tmp/index.html"_s},
              "origin-scheme", 0, "error");
        finds("origin no scheme", "rest", false, O, {u"app.example.com"_s}, "origin-no-scheme", 0,
              "error");
        finds("origin unicode host", "rest", false, O, {u"https://bücher.example"_s},
              "origin-unicode-host", 0, "error");
        finds("origin ipv4 shorthand", "http", false, O, {u"http://127.1"_s},
              "origin-non-canonical-host", 0, "error");
        finds("origin invalid host", "rest", false, O, {u"https://exa mple.com"_s},
              "entry-pasted-list", 0, "error");
        finds("origin forbidden host char", "rest", false, O, {u"https://a^b.example"_s},
              "origin-invalid-host", 0, "error");
        finds("origin missing host", "rest", false, O, {u"https://"_s}, "origin-missing-host", 0,
              "error");
        finds("origin subdomain wildcard http", "http", false, O, {u"https://*.example.com"_s},
              "origin-wildcard-subdomain", 0, "error");
        finds("origin subdomain wildcard rest", "rest", false, O, {u"https://*.example.com"_s},
              "origin-wildcard-subdomain", 0, "error");
        finds("origin https-star on rest", "rest", false, O, {u"https://*"_s},
              "origin-scheme-wildcard-rest", 0, "error");
        finds("origin null", "http", false, O, {u"null"_s}, "origin-null", 0, "error");
        finds("origin NULL upper", "http", false, O, {u"NULL"_s}, "origin-null", 0, "error");
        finds("origin pasted comma list", "http", false, O,
              {u"https://a.example.com,https://b.example.com"_s}, "entry-pasted-list", 0, "error");
        finds("origin pasted newline list", "http", false, O,
              {u"https://a.example.com\nhttps://b.example.com"_s}, "entry-pasted-list", 0, "error");
        finds("origin untrimmed", "rest", false, O, {u" https://app.example.com "_s},
              "entry-whitespace", 0, "error");
        finds("origin empty entry", "http", false, O, {u"https://a.example.com"_s, QString()},
              "entry-empty", 1, "error");
        finds("origin blank entry", "http", false, O, {u"   "_s}, "entry-empty", 0, "error");
        finds("origin duplicate", "http", false, O,
              {u"https://a.example.com"_s, u"https://a.example.com"_s}, "origin-duplicate", 1,
              "warning");
        finds("origin duplicate after normalizing", "http", false, O,
              {u"https://a.example.com"_s, u"https://a.example.com:443"_s}, "origin-duplicate", 1,
              "warning", {u"origin-default-port"_s});
        finds("origin with a 300-character host", "http", false, O,
              {u"https://"_s + QString(290, u'a') + u".example"_s}, "origin-too-long", 0, "error");
        finds("origin rest: the preflight's template over 300 KB", "rest", false, O,
              manyOrigins(5000), "origin-rest-template-size", -1, "error");
        finds("origin star with others", "http", false, O, {u"https://a.example.com"_s, u"*"_s},
              "origin-wildcard-with-others", 1, "warning");
        finds("origin with quote rest", "rest", false, O, {u"https://a'b.example.com"_s},
              "origin-quote-rest", 0, "error", {u"origin-invalid-host"_s});
        finds("origins empty", "http", false, O, {}, "origins-empty", -1, "warning");
        finds("origin CR injection", "rest", false, O, {u"https://a.example.com\r\nX-Evil: 1"_s},
              "entry-pasted-list", 0, "error");
        finds("origin NUL", "rest", false, O, {u"https://a.example.com\0"_s}, "control-character",
              0, "error");
        finds("origin tab", "rest", false, O, {u"https://a.example.com\t"_s}, "control-character",
              0, "error");
        // --- credentials with wildcards
        finds("credentials with star origin", "http", true, O, {u"*"_s},
              "credentials-wildcard-origin", 0, "error");
        finds("credentials with star origin rest", "rest", true, O, {u"*"_s},
              "credentials-wildcard-origin", 0, "error");
        finds("credentials with https-star", "http", true, O, {u"https://*"_s},
              "credentials-wildcard-origin", 0, "error");
        finds("credentials with star methods", "http", true, M, {u"*"_s},
              "credentials-wildcard-methods", 0, "error");
        finds("credentials with star headers", "http", true, H, {u"*"_s},
              "credentials-wildcard-headers", 0, "error");
        finds("credentials with star expose", "http", true, E, {u"*"_s},
              "credentials-wildcard-expose", 0, "error");
        valid("credentials with exact lists", "http", true, E, {u"X-Request-Id"_s});

        // --- methods
        valid("methods all gateway methods", "rest", false, M,
              {u"GET"_s, u"HEAD"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s, u"OPTIONS"_s});
        valid("methods star http", "http", false, M, {u"*"_s});
        finds("methods star rest", "rest", false, M, {u"*"_s}, "method-wildcard-rest", 0, "error");
        finds("method lower case get", "http", false, M, {u"get"_s}, "method-case", 0, "error");
        finds("method lower case patch", "rest", false, M, {u"GET"_s, u"patch"_s}, "method-case", 1,
              "error");
        finds("method mixed case", "rest", false, M, {u"Delete"_s}, "method-case", 0, "error");
        finds("method CONNECT", "http", false, M, {u"CONNECT"_s}, "method-forbidden", 0, "error");
        finds("method TRACE", "rest", false, M, {u"GET"_s, u"TRACE"_s}, "method-forbidden", 1,
              "error");
        finds("method TRACK lower", "rest", false, M, {u"track"_s}, "method-forbidden", 0, "error");
        finds("method unknown", "http", false, M, {u"PROPFIND"_s}, "method-unsupported", 0,
              "error");
        finds("method ANY", "rest", false, M, {u"ANY"_s}, "method-unsupported", 0, "error");
        finds("method not a token", "rest", false, M, {u"GET/"_s}, "method-token", 0, "error");
        finds("method pasted", "rest", false, M, {u"GET,POST"_s}, "entry-pasted-list", 0, "error");
        finds("method duplicate", "rest", false, M, {u"GET"_s, u"GET"_s}, "method-duplicate", 1,
              "warning");
        finds("methods empty", "rest", false, M, {}, "methods-empty", -1, "warning");
        finds("method untrimmed", "rest", false, M, {u"GET "_s}, "entry-whitespace", 0, "error");
        finds("method LF", "rest", false, M, {u"GET\n"_s}, "control-character", 0, "error");

        // --- allowed request headers
        valid("headers common", "rest", false, H,
              {u"Content-Type"_s, u"Authorization"_s, u"X-Api-Key"_s, u"X-Amz-Date"_s,
               u"X-Amz-Security-Token"_s});
        valid("headers with tchar symbols", "http", false, H, {u"X-My_Header.v2"_s});
        valid("headers empty list", "http", false, H, {});
        finds("header star", "http", false, H, {u"*"_s}, "header-wildcard", 0, "note");
        finds("header star rest", "rest", false, H, {u"*"_s}, "header-wildcard", 0, "note");
        finds("header space", "rest", false, H, {u"X Api Key"_s}, "entry-pasted-list", 0, "error");
        finds("header colon", "rest", false, H, {u"X-Api-Key:"_s}, "header-token", 0, "error");
        finds("header non-ascii", "http", false, H, {u"X-Größe"_s}, "header-token", 0, "error");
        finds("header parentheses", "http", false, H, {u"X(1)"_s}, "header-token", 0, "error");
        finds("header Cookie forbidden", "rest", false, H, {u"Cookie"_s}, "header-forbidden", 0,
              "warning");
        finds("header Host forbidden", "http", false, H, {u"host"_s}, "header-forbidden", 0,
              "warning");
        finds("header Origin forbidden", "http", false, H, {u"Origin"_s}, "header-forbidden", 0,
              "warning");
        finds("header Content-Length forbidden", "rest", false, H, {u"Content-Length"_s},
              "header-forbidden", 0, "warning");
        finds("header Sec- forbidden", "rest", false, H, {u"Sec-Fetch-Site"_s}, "header-forbidden",
              0, "warning");
        finds("header Proxy- forbidden", "rest", false, H, {u"Proxy-Authorization"_s},
              "header-forbidden", 0, "warning");
        finds("header Referer forbidden", "rest", false, H, {u"Content-Type"_s, u"Referer"_s},
              "header-forbidden", 1, "warning");
        finds("header duplicate case-insensitive", "rest", false, H,
              {u"Content-Type"_s, u"content-type"_s}, "header-duplicate", 1, "warning");
        finds("header CRLF injection", "rest", false, H, {u"X-A\r\nSet-Cookie: a=b"_s},
              "entry-pasted-list", 0, "error");
        finds("header escape character", "rest", false, H, {u"X-A\x1b-B"_s}, "control-character", 0,
              "error");
        finds("header with quote rest", "rest", false, H, {u"X-'q'"_s}, "header-quote-rest", 0,
              "error");
        valid("header with quote http", "http", false, H, {u"X-'q'"_s});
        finds("expose with quote rest", "rest", false, E, {u"X-'q'"_s}, "header-quote-rest", 0,
              "error");
        finds("header empty", "rest", false, H, {QString()}, "entry-empty", 0, "error");

        // --- exposed response headers
        valid("expose headers", "http", false, E, {u"X-Request-Id"_s, u"ETag"_s});
        valid("expose star without credentials", "http", false, E, {u"*"_s});
        finds("expose Set-Cookie", "http", false, E, {u"Set-Cookie"_s}, "expose-forbidden", 0,
              "warning");
        finds("expose invalid", "http", false, E, {u"X-A;b"_s}, "header-token", 0, "error");
        finds("expose duplicate", "http", false, E, {u"ETag"_s, u"etag"_s}, "header-duplicate", 1,
              "warning");
        finds("expose pasted", "http", false, E, {u"ETag, X-Id"_s}, "entry-pasted-list", 0,
              "error");

        // --- max age
        valid("max age unset", "rest", false, A, {});
        valid("max age 600", "rest", false, A, {u"600"_s});
        valid("max age 0", "http", false, A, {u"0"_s});
        valid("max age -1", "http", false, A, {u"-1"_s});
        finds("max age -2", "http", false, A, {u"-2"_s}, "max-age-range", -1, "error");
        finds("max age 86401", "rest", false, A, {u"86401"_s}, "max-age-range", -1, "error");
        finds("max age huge", "rest", false, A, {u"9999999999"_s}, "max-age-range", -1, "error");
        finds("max age above webkit cap", "rest", false, A, {u"3600"_s}, "max-age-browser-cap", -1,
              "note");
        finds("max age above chromium cap", "http", false, A, {u"86400"_s}, "max-age-browser-cap",
              -1, "note");

        // --- authorizer
        valid("authorizer none", "rest", false, Z, {});
        valid("authorizer Authorization", "rest", false, Z, {u"Authorization"_s});
        valid("authorizer custom", "http", false, Z, {u"X-Auth-Token"_s});
        finds("authorizer with space", "rest", false, Z, {u"My Token"_s}, "authorizer-token", -1,
              "error");
        finds("authorizer Cookie", "rest", false, Z, {u"Cookie"_s}, "authorizer-forbidden", -1,
              "error");
        finds("authorizer LF", "http", false, Z, {u"Authorization\n"_s}, "control-character", -1,
              "error");
    }

    void rules()
    {
        QFETCH(QString, apiType);
        QFETCH(bool, credentials);
        QFETCH(QString, field);
        QFETCH(QStringList, values);
        QFETCH(QString, rule);
        QFETCH(int, index);
        QFETCH(QString, severity);
        QFETCH(QStringList, alsoFires);

        const std::optional<ApiType> type = apiTypeFromKey(apiType);
        const std::optional<Field> fieldId = fieldFromKey(field);
        QVERIFY(type && fieldId);
        CorsConfig config = baseConfig(*type, credentials);
        setField(config, *fieldId, values);
        const Findings findings = validate(config);

        if (rule.isEmpty()) {
            for (const Finding &finding : findings) {
                QVERIFY2(finding.severity == Severity::Info, qPrintable(describe(findings)));
            }
            return;
        }
        const auto match = std::find_if(findings.cbegin(), findings.cend(), [&](const Finding &f) {
            return f.rule == rule && f.field == *fieldId && f.index == index;
        });
        QVERIFY2(match != findings.cend(),
                 qPrintable(u"expected %1 on %2[%3], got:\n%4"_s.arg(rule, field)
                                .arg(index)
                                .arg(describe(findings))));
        QCOMPARE(severityKey(match->severity), severity);
        // Nothing else fires: no other error or warning, so a row cannot pass by accident.
        Findings others;
        std::copy_if(findings.cbegin(), findings.cend(), std::back_inserter(others),
                     [&](const Finding &f) {
                         return f.rule != rule && !alsoFires.contains(f.rule) &&
                                f.severity != Severity::Info;
                     });
        for (const QString &also : alsoFires) {
            QVERIFY2(std::any_of(findings.cbegin(), findings.cend(),
                                 [&](const Finding &f) { return f.rule == also; }),
                     qPrintable(also + u" did not fire:\n"_s + describe(findings)));
        }
        QVERIFY2(others.isEmpty(),
                 qPrintable(u"expected only %1, also got:\n%2"_s.arg(rule, describe(others))));
        // Every message names its field and comes with a fix.
        QVERIFY2(match->message.startsWith(field + u": "_s), qPrintable(match->message));
        QVERIFY(!match->fix.isEmpty());
    }

    void randomTextAlwaysGetsCompleteFindings()
    {
        // Property: whatever text lands in any field, validation does not crash and every
        // finding names its field, carries a rule id and a fix, and points at a real entry.
        const QString soup = u"aZ09 -_:.,/*?#&!|>'\"%@`{}[]~\\\t\r\n\x01\x7fü€ "_s;
        QRandomGenerator random(99);
        const auto text = [&] {
            QString value;
            const int length = random.bounded(0, 16);
            for (int i = 0; i < length; ++i) {
                value += soup.at(random.bounded(int(soup.size())));
            }
            return value;
        };
        const auto list = [&] {
            QStringList values;
            for (int i = random.bounded(0, 4); i > 0; --i) {
                values.append(random.bounded(3) ? text() : u"https://"_s + text());
            }
            return values;
        };
        for (int round = 0; round < 3000; ++round) {
            CorsConfig config = CorsConfig::blank();
            config.apiType = random.bounded(2) ? ApiType::Rest : ApiType::Http;
            config.allowOrigins = list();
            config.allowMethods = list();
            config.allowHeaders = list();
            config.exposeHeaders = list();
            config.authorizer = random.bounded(2) ? text() : QString();
            config.allowCredentials = random.bounded(2);
            if (random.bounded(2)) {
                config.maxAge = qint64(random.bounded(200000)) - 100000;
            }
            for (const Finding &finding : validate(config)) {
                QVERIFY2(finding.message.startsWith(fieldKey(finding.field) + u": "_s),
                         qPrintable(finding.message));
                QVERIFY(!finding.rule.isEmpty());
                QVERIFY2(!finding.fix.isEmpty(), qPrintable(finding.rule));
                if (finding.index >= 0) {
                    QVERIFY(isListField(finding.field));
                }
            }
        }
    }

    void userTextIsNeverTakenForPlaceholders()
    {
        // "%1" is valid in a header name; messages must quote it verbatim, not substitute into it.
        CorsConfig config = baseConfig(ApiType::Http, false);
        config.allowHeaders = {u"X-%1"_s, u"x-%1"_s};
        config.allowMethods = {u"GET"_s, u"GET"_s};
        config.allowOrigins = {u"https://a.example"_s, u"https://a.example"_s};
        const Findings findings = validate(config);
        QCOMPARE(findings.size(), 3);
        QVERIFY2(
            findings.at(0).message.contains(u"'https://a.example' is the same origin as entry 1"_s),
            qPrintable(findings.at(0).message));
        QVERIFY2(findings.at(1).message.contains(u"'GET' is already allowed by entry 1"_s),
                 qPrintable(findings.at(1).message));
        QVERIFY2(findings.at(2).message.contains(u"'x-%1' repeats entry 1"_s),
                 qPrintable(findings.at(2).message));
    }

    void findingsComeInFieldAndEntryOrder()
    {
        CorsConfig config = baseConfig(ApiType::Http, false);
        config.maxAge = 100000;
        config.allowHeaders = {u"Cookie"_s};
        config.allowOrigins = {u"https://b.example/"_s, u"https://a.example/"_s};
        const Findings findings = validate(config);
        QCOMPARE(findings.size(), 4);
        QCOMPARE(findings.at(0).field, Field::AllowOrigins);
        QCOMPARE(findings.at(0).index, 0);
        QCOMPARE(findings.at(1).index, 1);
        QCOMPARE(findings.at(2).field, Field::AllowHeaders);
        QCOMPARE(findings.at(3).field, Field::MaxAge);
    }

    void fixNamesTheCanonicalOrigin()
    {
        CorsConfig config = baseConfig(ApiType::Rest, false);
        config.allowOrigins = {u"HTTPS://App.Example.com:443/"_s};
        const Findings findings = validate(config);
        QVERIFY(!findings.isEmpty());
        for (const Finding &finding : findings) {
            QVERIFY2(finding.fix.contains(u"'https://app.example.com'"_s), qPrintable(finding.fix));
        }
    }

    void pastedListFixListsTheEntries()
    {
        CorsConfig config = baseConfig(ApiType::Http, false);
        config.allowOrigins = {u"https://a.example.com, https://b.example.com"_s};
        const Findings findings = validate(config);
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings.first().fix.contains(u"https://a.example.com, https://b.example.com"_s));
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
