// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rendercases.h"

#include "render/renderer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace cors::test {

QList<std::pair<QString, CorsConfig>> namedConfigurations()
{
    QList<std::pair<QString, CorsConfig>> configs;
    configs.append({u"rest-default"_s, CorsConfig{}});

    CorsConfig restFull;
    restFull.allowOrigins = {u"https://app.example.com"_s};
    restFull.allowMethods = {u"GET"_s, u"PUT"_s, u"DELETE"_s, u"OPTIONS"_s};
    restFull.allowHeaders = {u"Content-Type"_s, u"Authorization"_s, u"X-Api-Key"_s};
    restFull.exposeHeaders = {u"X-Request-Id"_s, u"ETag"_s};
    restFull.maxAge = 600;
    restFull.allowCredentials = true;
    restFull.authorizer = u"Authorization"_s;
    restFull.apiKeyRequired = true;
    configs.append({u"rest-credentials-authorizer"_s, restFull});

    CorsConfig restPublic = CorsConfig::blank();
    restPublic.allowOrigins = {u"*"_s};
    restPublic.allowMethods = {u"GET"_s, u"HEAD"_s, u"OPTIONS"_s};
    restPublic.gatewayResponses = false;
    configs.append({u"rest-public"_s, restPublic});

    CorsConfig httpDefault;
    httpDefault.apiType = ApiType::Http;
    configs.append({u"http-default"_s, httpDefault});

    CorsConfig httpFull = restFull;
    httpFull.apiType = ApiType::Http;
    httpFull.allowOrigins = {u"https://app.example.com"_s, u"https://admin.example.com"_s,
                             u"http://localhost:5173"_s};
    httpFull.maxAge = 7200;
    configs.append({u"http-credentials-authorizer"_s, httpFull});

    CorsConfig httpWildcards = CorsConfig::blank();
    httpWildcards.apiType = ApiType::Http;
    httpWildcards.allowOrigins = {u"https://*"_s};
    httpWildcards.allowMethods = {u"*"_s};
    httpWildcards.allowHeaders = {u"*"_s, u"Authorization"_s};
    httpWildcards.exposeHeaders = {u"*"_s};
    httpWildcards.maxAge = -1;
    configs.append({u"http-wildcards"_s, httpWildcards});

    // Two realistic APIs: the routes a Lambda-proxy application really has.
    CorsConfig restRoutes = CorsConfig::blank();
    restRoutes.allowOrigins = {u"https://app.example.com"_s};
    restRoutes.allowMethods = {u"GET"_s, u"POST"_s, u"PUT"_s, u"DELETE"_s, u"OPTIONS"_s};
    restRoutes.allowHeaders = {u"Content-Type"_s, u"Authorization"_s};
    restRoutes.maxAge = 600;
    restRoutes.authorizer = u"Authorization"_s;
    restRoutes.routes = {Route{u"/items"_s, {u"GET"_s, u"POST"_s}, false},
                         Route{u"/items/{id}"_s, {u"GET"_s, u"PUT"_s, u"DELETE"_s}, false},
                         Route{u"/{proxy+}"_s, {u"ANY"_s}, false},
                         Route{u"/health"_s, {u"GET"_s}, true}};
    configs.append({u"rest-routes"_s, restRoutes});

    CorsConfig httpRoutes = CorsConfig::blank();
    httpRoutes.apiType = ApiType::Http;
    httpRoutes.allowOrigins = {u"https://app.example.com"_s};
    httpRoutes.allowMethods = {u"GET"_s, u"POST"_s, u"PUT"_s, u"DELETE"_s};
    httpRoutes.allowHeaders = {u"Content-Type"_s, u"Authorization"_s};
    httpRoutes.maxAge = 600;
    httpRoutes.authorizer = u"Authorization"_s;
    httpRoutes.routes = {Route{u"/{proxy+}"_s, {u"ANY"_s}, false}, Route{u"/"_s, {u"ANY"_s}, false},
                         Route{u"/public"_s, {u"GET"_s}, true}};
    configs.append({u"http-routes"_s, httpRoutes});

    CorsConfig restKeys = restRoutes;
    restKeys.authorizer.clear();
    restKeys.apiKeyRequired = true;
    restKeys.allowHeaders.append(u"X-Api-Key"_s);
    restKeys.routes = {
        Route{u"/"_s, {u"GET"_s}, false},
        Route{u"/v1/orders/{orderId}/lines/{line}"_s, {u"GET"_s, u"PATCH"_s}, false}};
    restKeys.allowMethods.insert(4, u"PATCH"_s);
    configs.append({u"rest-api-key-nested"_s, restKeys});

    // Several origins on a REST API: the MOCK preflight's mapping template selects the origin.
    CorsConfig restOrigins = restRoutes;
    restOrigins.allowOrigins = {u"https://app.example.com"_s, u"https://admin.example.com"_s,
                                u"http://localhost:3000"_s};
    restOrigins.allowCredentials = true;
    configs.append({u"rest-origins"_s, restOrigins});

    CorsConfig restOriginsKeys = restKeys;
    restOriginsKeys.allowOrigins = {u"https://www.example.com"_s, u"https://example.com"_s};
    restOriginsKeys.routes.clear();
    configs.append({u"rest-origins-api-key"_s, restOriginsKeys});

    // Stages, each with its own origins (one inherits allowOrigins): CloudFormation and SAM
    // pick them with a StageName parameter and a mapping, Terraform with a variable.
    CorsConfig restStages = restOrigins;
    restStages.allowCredentials = false;
    restStages.allowOrigins = {u"https://app.example.com"_s};
    restStages.stages = {
        Stage{u"dev"_s, QStringList{u"http://localhost:3000"_s, u"https://dev.example.com"_s}},
        Stage{u"staging"_s, std::nullopt},
        Stage{u"prod"_s, QStringList{u"https://app.example.com"_s, u"https://www.example.com"_s}}};
    configs.append({u"rest-stages"_s, restStages});

    CorsConfig httpStages = httpRoutes;
    httpStages.stages = restStages.stages;
    configs.append({u"http-stages"_s, httpStages});
    return configs;
}

QString ConfigGenerator::pick(const QStringList &values)
{
    return values.at(m_random.bounded(int(values.size())));
}

QStringList ConfigGenerator::pickSome(const QStringList &values, int most)
{
    QStringList picked;
    const int count = m_random.bounded(most + 1);
    for (int i = 0; i < count; ++i) {
        picked.append(pick(values));
    }
    return picked;
}

CorsConfig ConfigGenerator::next()
{
    // Values that are valid somewhere, and hostile ones that must be refused or escaped.
    static const QStringList goodOrigins{u"https://app.example.com"_s,
                                         u"http://localhost:3000"_s,
                                         u"https://xn--bcher-kva.example"_s,
                                         u"http://127.0.0.1:8080"_s,
                                         u"http://[::1]:5173"_s,
                                         u"https://a-b.example.co.uk:8443"_s,
                                         u"https://admin.example.com"_s,
                                         u"https://0.example"_s,
                                         u"https://yes.example"_s};
    static const QStringList wildOrigins{u"*"_s, u"https://*"_s, u"http://*"_s};
    static const QStringList badOrigins{u"https://a.example.com/'"_s,
                                        u"https://a'b.example.com"_s,
                                        u"https://a.example.com\""_s,
                                        u"${jndi:ldap://x}"_s,
                                        u"https://$(id).example"_s,
                                        u"https://a.example.com\r\nX: y"_s,
                                        u"https://ex ample.com"_s,
                                        u"%{x}"_s,
                                        u"\\"_s,
                                        u"`rm -rf`"_s,
                                        u"null"_s,
                                        u"HTTPS://A.EXAMPLE"_s,
                                        u"https://a.example.com:443"_s,
                                        u"https://*.example.com"_s,
                                        u"https://bücher.example"_s,
                                        u"https://a.example.com/#"_s,
                                        u"javascript:alert(1)"_s,
                                        u"https://a.example.com\u2028"_s,
                                        QString(),
                                        u"https://a.example.com,https://b.example.com"_s};
    static const QStringList goodMethods{u"GET"_s,   u"HEAD"_s,   u"POST"_s,   u"PUT"_s,
                                         u"PATCH"_s, u"DELETE"_s, u"OPTIONS"_s};
    static const QStringList badMethods{u"*"_s, u"get"_s, u"TRACE"_s, u"G\"ET"_s, u"${x}"_s};
    // Valid header names that are hard to quote: backticks, dollars, percent signs, YAML and
    // HCL indicators, YAML 1.1 booleans and numbers.
    static const QStringList goodHeaders{u"Content-Type"_s,
                                         u"Authorization"_s,
                                         u"X-Api-Key"_s,
                                         u"X-Amz-Date"_s,
                                         u"X-Amz-Security-Token"_s,
                                         u"X-Request-Id"_s,
                                         u"X-Weird_Name.v2"_s,
                                         u"X-`tick`"_s,
                                         u"X-$x"_s,
                                         u"X-%y"_s,
                                         u"X-#hash"_s,
                                         u"X-!bang|pipe~"_s,
                                         u"yes"_s,
                                         u"1e3"_s,
                                         u"X-&anchor"_s,
                                         u"X-*star"_s,
                                         u"~"_s,
                                         u"null"_s,
                                         u"0x1F"_s,
                                         u"X-^caret"_s};
    static const QStringList badHeaders{u"*"_s,         u"X-%{y}"_s,  u"X-'q'"_s,
                                        u"Cookie"_s,    u"X-\"q\""_s, u"X-\\back"_s,
                                        u"X-Ünicode"_s, u"X-A\nB"_s,  u"X-${y}"_s};
    static const QStringList authorizers{u"Authorization"_s, u"X-Token"_s, u"X-`b`"_s};
    static const QStringList badAuthorizers{u"Bad Header"_s, u"Cookie"_s, u"X-'q'"_s,
                                            u"Auth\r\nX: y"_s};
    static const QList<std::optional<qint64>> maxAges{std::nullopt, 0, -1, 5, 600, 7200, 86400};
    static const QList<std::optional<qint64>> badMaxAges{86401, -5, 9'000'000'000LL};

    // Each field is hostile one time in ten.
    const std::function<bool()> hostile = [this] { return m_random.bounded(10) == 0; };
    const auto list = [&](const QStringList &good, const QStringList &bad, int most) {
        QStringList values = pickSome(good, most);
        if (hostile()) {
            values.insert(m_random.bounded(int(values.size()) + 1), pick(bad));
        }
        return values;
    };

    CorsConfig config = CorsConfig::blank();
    const bool rest = m_random.bounded(2) == 0;
    config.apiType = rest ? ApiType::Rest : ApiType::Http;
    // Mostly plausible origins, sometimes wildcards, sometimes hostile text.
    const int originKind = m_random.bounded(10);
    if (originKind < 7) {
        // REST too: several origins are answered by the preflight's mapping template.
        config.allowOrigins = pickSome(goodOrigins, rest && m_random.bounded(2) == 0 ? 1 : 4);
        if (config.allowOrigins.isEmpty()) {
            config.allowOrigins = {pick(goodOrigins)};
        }
    } else if (originKind < 9) {
        config.allowOrigins = {pick(wildOrigins)};
    } else {
        config.allowOrigins = {pick(badOrigins)};
    }
    config.allowMethods = list(goodMethods, badMethods, 4);
    config.allowHeaders = list(goodHeaders, badHeaders, 4);
    config.exposeHeaders = list(goodHeaders, badHeaders, 2);
    config.maxAge = hostile() ? badMaxAges.at(m_random.bounded(int(badMaxAges.size())))
                              : maxAges.at(m_random.bounded(int(maxAges.size())));
    config.allowCredentials = m_random.bounded(3) == 0;
    if (m_random.bounded(3) == 0) {
        config.authorizer = hostile() ? pick(badAuthorizers) : pick(authorizers);
    }
    config.apiKeyRequired = m_random.bounded(3) == 0;
    config.gatewayResponses = m_random.bounded(4) != 0;
    if (m_random.bounded(2) == 0) {
        config.routes = routes(rest, hostile);
    }
    if (m_random.bounded(5) == 0) {
        config.stages = stages(goodOrigins, badOrigins, hostile);
    }
    return config;
}

QList<Stage> ConfigGenerator::stages(const QStringList &goodOrigins, const QStringList &badOrigins,
                                     const std::function<bool()> &hostile)
{
    static const QStringList goodNames{u"dev"_s, u"prod"_s, u"staging"_s, u"qa-1"_s, u"Prod2"_s};
    static const QStringList badNames{u"qa_1"_s, u"$default"_s, u"a b"_s,  u"${x}"_s,
                                      QString(), u"prod'"_s,    u"#dev"_s, u"dev\n"_s};
    QList<Stage> stages;
    for (int i = m_random.bounded(1, 4); i > 0; --i) {
        const QString name = hostile() ? pick(badNames) : pick(goodNames);
        if (findStage(stages, name) != nullptr) {
            continue; // a project file's mapping holds each name once
        }
        std::optional<QStringList> origins;
        if (m_random.bounded(3) != 0) {
            origins = pickSome(goodOrigins, 3);
            if (hostile()) {
                origins->append(pick(badOrigins));
            }
        }
        stages.append(Stage{name, origins});
    }
    return stages;
}

QList<Route> ConfigGenerator::routes(bool rest, const std::function<bool()> &hostile)
{
    static const QStringList goodPaths{u"/"_s,
                                       u"/items"_s,
                                       u"/items/{id}"_s,
                                       u"/items/{id}/tags"_s,
                                       u"/{proxy+}"_s,
                                       u"/health"_s,
                                       u"/v1/users/{userId}"_s,
                                       u"/files/{path+}"_s,
                                       u"/a-b.c_d~e:f@g"_s,
                                       u"/yes"_s,
                                       u"/null/{x}"_s,
                                       u"$default"_s};
    static const QStringList badPaths{u"/a/../b"_s,  u"/it'em"_s,
                                      u"/${x}"_s,    u"/a#b"_s,
                                      u"/a\nb"_s,    u"/{proxy+}/x"_s,
                                      QString(),     u"items"_s,
                                      u"/a/"_s,      u"/\"q\""_s,
                                      u"/%7Bx%7D"_s, u"/{id"_s,
                                      u"/a//b"_s,    u"/`id`"_s,
                                      u"/{a-b}"_s,   u"/" + QStringList(10000, u"a"_s).join(u'/')};
    static const QStringList methods{u"GET"_s,   u"HEAD"_s,   u"POST"_s,   u"PUT"_s,
                                     u"PATCH"_s, u"DELETE"_s, u"OPTIONS"_s};
    static const QStringList badMethods{u"get"_s, u"TRACE"_s, u"*"_s, u"G\"ET"_s};
    // Distinct paths, so most sets are valid; the hostile ones must be refused clearly.
    QStringList paths = goodPaths;
    if (rest) {
        paths.removeAll(u"$default"_s);
    }
    QList<Route> routes;
    const int count = 1 + m_random.bounded(6);
    for (int i = 0; i < count && !paths.isEmpty(); ++i) {
        Route route;
        route.path = hostile() ? pick(badPaths) : paths.takeAt(m_random.bounded(int(paths.size())));
        if (route.path == u"$default" || m_random.bounded(3) == 0) {
            route.methods = {u"ANY"_s};
        } else {
            route.methods = pickSome(methods, 3);
            route.methods.removeDuplicates();
        }
        if (hostile()) {
            route.methods.append(pick(badMethods));
        }
        route.isPublic = m_random.bounded(4) == 0;
        routes.append(route);
    }
    return routes;
}

bool writeCase(const QString &dir, const CorsConfig &config)
{
    if (!QDir().mkpath(dir)) {
        return false;
    }
    for (const render::Format format : render::allFormats) {
        QFile file(QDir(dir).filePath(render::defaultFileName(format)));
        const QByteArray text = render::renderValidated(config, format);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
            return false;
        }
    }
    // With stages the handlers read the deployed stage's origins from ALLOWED_ORIGINS: the
    // checks deploy the first stage.
    const QStringList origins = config.stages.isEmpty()
                                    ? config.allowOrigins
                                    : config.forStage(config.stages.first()).allowOrigins;
    QJsonObject json{
        {u"apiType"_s, apiTypeKey(config.apiType)},
        {u"allowOrigins"_s, QJsonArray::fromStringList(origins)},
        {u"env"_s, config.stages.isEmpty()
                       ? QJsonObject()
                       : QJsonObject{{u"ALLOWED_ORIGINS"_s, origins.join(u',')}}},
        {u"allowMethods"_s, QJsonArray::fromStringList(config.allowMethods)},
        {u"allowHeaders"_s, QJsonArray::fromStringList(config.allowHeaders)},
        {u"exposeHeaders"_s, QJsonArray::fromStringList(config.exposeHeaders)},
        {u"maxAge"_s, config.maxAge ? QJsonValue(double(*config.maxAge)) : QJsonValue()},
        {u"allowCredentials"_s, config.allowCredentials},
    };
    QFile file(QDir(dir).filePath(u"case.json"_s));
    const QByteArray bytes = QJsonDocument(json).toJson();
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString validatorsDir()
{
    return QStringLiteral(CORS_VALIDATORS_DIR);
}

bool validatorsInstalled()
{
    return QFile::exists(validatorsDir() + u"/node_modules/.package-lock.json"_s);
}

} // namespace cors::test
