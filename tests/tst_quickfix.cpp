// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One-click fixes: each named finding offers the fix a user expects, and every fix of every
// finding (named and random configurations) makes that finding go away without adding a
// validation error.

#include "advisor/advisor.h"
#include "advisor/quickfix.h"
#include "model/validator.h"
#include "support/rendercases.h"

#include <QTest>

using namespace cors;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(cors::CorsConfig)

namespace {

CorsConfig base()
{
    CorsConfig config;
    config.allowOrigins = {u"https://app.example.com"_s};
    config.maxAge = 600;
    return config;
}

int countOf(const Findings &findings, const QString &rule)
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [&rule](const Finding &f) { return f.rule == rule; }));
}

const Finding *findingOf(const Findings &findings, const QString &rule)
{
    for (const Finding &finding : findings) {
        if (finding.rule == rule) {
            return &finding;
        }
    }
    return nullptr;
}

/// What must hold for any fix: the finding it fixes is gone (one fewer of its rule) and no
/// blocking error appeared.
QString checkFix(const CorsConfig &config, const Finding &finding, const advisor::QuickFix &fix)
{
    const Findings before = advisor::lint(config);
    const Findings after = advisor::lint(fix.config);
    if (countOf(after, finding.rule) >= countOf(before, finding.rule)) {
        return u"'%1' did not fix %2"_s.arg(fix.label, finding.rule);
    }
    if (blockingCount(after) > blockingCount(before)) {
        return u"'%1' for %2 added a blocking error: %3"_s.arg(
            fix.label, finding.rule, advisor::lint(fix.config).constFirst().message);
    }
    if (fix.label.isEmpty()) {
        return u"a fix for %1 has no label"_s.arg(finding.rule);
    }
    return {};
}

} // namespace

class TestQuickFix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namedFix_data();
    void namedFix();
    void noFixWhereTheUserMustDecide();
    void everyFixOfRandomConfigurationsWorks();
    void preflightFixAddsOnlyWhatIsMissing();
    void blockingIsDecidedOnce();
};

void TestQuickFix::namedFix_data()
{
    QTest::addColumn<CorsConfig>("config");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("label");
    QTest::addColumn<CorsConfig>("expected");

    const auto with = [](auto change) {
        CorsConfig config = base();
        change(config);
        return config;
    };
    QTest::newRow("trailing slash")
        << with([](CorsConfig &c) { c.allowOrigins = {u"https://app.example.com/"_s}; })
        << u"origin-trailing-slash"_s << u"Write it as https://app.example.com"_s << base();
    QTest::newRow("default port and upper case")
        << with([](CorsConfig &c) { c.allowOrigins = {u"HTTPS://App.Example.com:443"_s}; })
        << u"origin-default-port"_s << u"Write it as https://app.example.com"_s << base();
    QTest::newRow("no scheme") << with([](CorsConfig &c) {
        c.allowOrigins = {u"app.example.com"_s};
    }) << u"origin-no-scheme"_s << u"Write it as https://app.example.com"_s
                               << base();
    QTest::newRow("pasted list")
        << with([](CorsConfig &c) {
               c.allowOrigins = {u"https://app.example.com, https://admin.example.com"_s};
           })
        << u"entry-pasted-list"_s << u"Split into 2 entries"_s << with([](CorsConfig &c) {
               c.allowOrigins = {u"https://app.example.com"_s, u"https://admin.example.com"_s};
           });
    QTest::newRow("missing authorizer header")
        << with([](CorsConfig &c) { c.authorizer = u"Authorization"_s; })
        << u"AUTH_HEADER_NOT_ALLOWED"_s << u"Add Authorization to Allowed headers"_s
        << with([](CorsConfig &c) {
               c.authorizer = u"Authorization"_s;
               c.allowHeaders.append(u"Authorization"_s);
           });
    QTest::newRow("authorizer on OPTIONS") << with([](CorsConfig &c) {
        c.authorizer = u"Authorization"_s;
        c.allowHeaders.append(u"Authorization"_s);
        c.authorizePreflight = true;
    }) << u"PREFLIGHT_AUTHORIZED"_s << u"Exempt OPTIONS from the authorizer and the API key"_s
                                           << with([](CorsConfig &c) {
                                                  c.authorizer = u"Authorization"_s;
                                                  c.allowHeaders.append(u"Authorization"_s);
                                              });
    QTest::newRow("two REST origins")
        << with([](CorsConfig &c) { c.allowOrigins.append(u"https://admin.example.com"_s); })
        << u"REST_MULTIPLE_ORIGINS"_s << u"Switch to HTTP API"_s << with([](CorsConfig &c) {
               c.allowOrigins.append(u"https://admin.example.com"_s);
               c.apiType = ApiType::Http;
           });
    QTest::newRow("API key on HTTP API") << with([](CorsConfig &c) {
        c.apiType = ApiType::Http;
        c.apiKeyRequired = true;
    }) << u"API_KEY_ON_HTTP_API"_s << u"Untick API key"_s
                                         << with([](CorsConfig &c) { c.apiType = ApiType::Http; });
    QTest::newRow("credentials with *") << with([](CorsConfig &c) {
        c.allowOrigins = {u"*"_s};
        c.allowCredentials = true;
    }) << u"WILDCARD_ORIGIN_WITH_CREDENTIALS"_s
                                        << u"Turn off Credentials"_s
                                        << with([](CorsConfig &c) { c.allowOrigins = {u"*"_s}; });
    QTest::newRow("route method not allowed")
        << with([](CorsConfig &c) {
               c.routes = {Route{u"/items"_s, {u"GET"_s, u"PUT"_s}, false}};
           })
        << u"route-method-not-allowed"_s << u"Add PUT to Allowed methods"_s
        << with([](CorsConfig &c) {
               c.routes = {Route{u"/items"_s, {u"GET"_s, u"PUT"_s}, false}};
               c.allowMethods.append(u"PUT"_s);
           });
    QTest::newRow("wildcard methods from routes")
        << with([](CorsConfig &c) {
               c.apiType = ApiType::Http;
               c.allowMethods = {u"*"_s};
               c.routes = {Route{u"/items"_s, {u"GET"_s, u"DELETE"_s}, false}};
           })
        << u"WILDCARD_METHODS"_s << u"Allow only what the routes serve: GET, DELETE"_s
        << with([](CorsConfig &c) {
               c.apiType = ApiType::Http;
               c.allowMethods = {u"GET"_s, u"DELETE"_s};
               c.routes = {Route{u"/items"_s, {u"GET"_s, u"DELETE"_s}, false}};
           });
    QTest::newRow("max age unset")
        << with([](CorsConfig &c) { c.maxAge.reset(); }) << u"MAX_AGE_UNSET"_s
        << u"Set Max age to 600 seconds"_s << base();
    QTest::newRow("route trailing slash") << with([](CorsConfig &c) {
        c.routes = {Route{u"/items/"_s, {u"GET"_s}, false}};
    }) << u"route-path-trailing-slash"_s << u"Write it as /items"_s
                                          << with([](CorsConfig &c) {
                                                 c.routes = {Route{u"/items"_s, {u"GET"_s}, false}};
                                             });
}

void TestQuickFix::namedFix()
{
    QFETCH(CorsConfig, config);
    QFETCH(QString, rule);
    QFETCH(QString, label);
    QFETCH(CorsConfig, expected);

    const Findings findings = advisor::lint(config);
    const Finding *finding = findingOf(findings, rule);
    QVERIFY2(finding != nullptr, qPrintable(rule));
    const QList<advisor::QuickFix> fixes = advisor::quickFixes(config, *finding);
    QVERIFY(!fixes.isEmpty());
    QCOMPARE(fixes.first().label, label);
    QVERIFY(fixes.first().config == expected);
    const QString problem = checkFix(config, *finding, fixes.first());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestQuickFix::noFixWhereTheUserMustDecide()
{
    CorsConfig config = base();
    config.allowOrigins = {u"*"_s}; // which origins? only the user knows
    const Findings findings = advisor::lint(config);
    const Finding *wildcard = findingOf(findings, u"WILDCARD_ORIGIN"_s);
    QVERIFY(wildcard != nullptr);
    QVERIFY(advisor::quickFixes(config, *wildcard).isEmpty());

    config = base();
    config.allowMethods = {u"*"_s};
    config.apiType = ApiType::Http; // the proxy serves ANY: no list to derive
    const Findings methodFindings = advisor::lint(config);
    const Finding *methods = findingOf(methodFindings, u"WILDCARD_METHODS"_s);
    QVERIFY(methods != nullptr);
    QVERIFY(advisor::quickFixes(config, *methods).isEmpty());
}

void TestQuickFix::everyFixOfRandomConfigurationsWorks()
{
    test::ConfigGenerator generator(2126);
    int checked = 0;
    QList<CorsConfig> configs;
    for (const auto &[name, config] : test::namedConfigurations()) {
        configs.append(config);
    }
    for (int i = 0; i < 400; ++i) {
        configs.append(generator.next());
    }
    for (const CorsConfig &config : std::as_const(configs)) {
        for (const Finding &finding : advisor::lint(config)) {
            for (const advisor::QuickFix &fix : advisor::quickFixes(config, finding)) {
                const QString problem = checkFix(config, finding, fix);
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
                ++checked;
            }
        }
    }
    QVERIFY2(checked > 200, qPrintable(QString::number(checked)));
}

void TestQuickFix::preflightFixAddsOnlyWhatIsMissing()
{
    const CorsConfig config = base();
    QVERIFY(advisor::preflightFixes(config, u"GET"_s, {u"content-type"_s}).isEmpty());
    const QList<advisor::QuickFix> fixes =
        advisor::preflightFixes(config, u"PUT"_s, {u"Content-Type"_s, u"X-Trace-Id"_s});
    QCOMPARE(fixes.size(), 1);
    QCOMPARE(fixes.first().label, u"Allow PUT, X-Trace-Id"_s);
    QVERIFY(fixes.first().config.allowMethods.contains(u"PUT"_s));
    QVERIFY(fixes.first().config.allowHeaders.contains(u"X-Trace-Id"_s));
    QCOMPARE(fixes.first().config.allowOrigins, config.allowOrigins);
}

void TestQuickFix::blockingIsDecidedOnce()
{
    // A validation error blocks rendering; the advisor's API-key error on an HTTP API does not.
    CorsConfig config = base();
    config.allowOrigins = {u"https://app.example.com/"_s};
    const Findings invalid = advisor::lint(config);
    QCOMPARE(blockingCount(invalid), 1);
    QCOMPARE(blockingCount(validate(config)), 1);

    config = base();
    config.apiType = ApiType::Http;
    config.apiKeyRequired = true;
    const Findings findings = advisor::lint(config);
    const Finding *apiKey = findingOf(findings, u"API_KEY_ON_HTTP_API"_s);
    QVERIFY(apiKey != nullptr);
    QCOMPARE(apiKey->severity, Severity::Error);
    QVERIFY(!apiKey->blocksRendering);
    QCOMPARE(blockingCount(findings), 0);

    // '*' with credentials: the advisor's finding replaces validation's blocking error.
    config = base();
    config.allowOrigins = {u"*"_s};
    config.allowCredentials = true;
    const Findings credentialed = advisor::lint(config);
    const Finding *wildcard = findingOf(credentialed, u"WILDCARD_ORIGIN_WITH_CREDENTIALS"_s);
    QVERIFY(wildcard != nullptr);
    QVERIFY(wildcard->blocksRendering);
}

QTEST_GUILESS_MAIN(TestQuickFix)
#include "tst_quickfix.moc"
