// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdetail.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace cors::templateimport::detail {

namespace {

class SamImport
{
    Q_DECLARE_TR_FUNCTIONS(SamImport)
};

const QString implicitRestApi = u"ServerlessRestApi"_s;
const QString implicitHttpApi = u"ServerlessHttpApi"_s;

/// A function's Api or HttpApi event: a route of one API.
struct Route
{
    QString path;
    QString method; ///< upper case; empty for an HttpApi event without one ($default)
    bool withoutAuthorizer = false;
    Value where; ///< the event's Path (or the event when it has none)
};

struct SamResources
{
    Value globals;
    QList<std::pair<QString, Value>> apis; ///< Serverless::Api / HttpApi resources
    QHash<QString, QList<Route>> routes;   ///< by API logical ID (implicit ones included)
};

SamResources collect(const Value &root)
{
    SamResources all;
    all.globals = root.child(u"Globals"_s);
    for (const auto &[id, resource] : root.child(u"Resources"_s).members()) {
        const QString type = resource.child(u"Type"_s).text();
        if (type == u"AWS::Serverless::Api" || type == u"AWS::Serverless::HttpApi") {
            all.apis.append({id, resource});
            continue;
        }
        if (type != u"AWS::Serverless::Function") {
            continue;
        }
        const Value events = resource.child(u"Properties"_s).child(u"Events"_s);
        for (const auto &[name, event] : events.members()) {
            const QString eventType = event.child(u"Type"_s).text();
            const Value properties = event.child(u"Properties"_s);
            QString api;
            if (eventType == u"Api") {
                api = referencedId(properties.child(u"RestApiId"_s));
                api = api.isEmpty() ? implicitRestApi : api;
            } else if (eventType == u"HttpApi") {
                api = referencedId(properties.child(u"ApiId"_s));
                api = api.isEmpty() ? implicitHttpApi : api;
            } else {
                continue;
            }
            const QString authorizer = properties.child(u"Auth"_s).child(u"Authorizer"_s).text();
            const Value path = properties.child(u"Path"_s);
            all.routes[api].append({path.text(), properties.child(u"Method"_s).text().toUpper(),
                                    authorizer == u"NONE", path.isMissing() ? event : path});
        }
    }
    return all;
}

/// SAM's Globals: a resource's own map keys win over the Globals' ones (SAM merges maps); any
/// other own value replaces the Globals' value.
QList<std::pair<QString, Value>> mergedMembers(const Value &global, const Value &own)
{
    if (!own.isMissing() && !own.isMap()) {
        return {};
    }
    QList<std::pair<QString, Value>> members = own.members();
    for (const auto &[key, value] : global.members()) {
        const bool overridden = std::any_of(members.begin(), members.end(),
                                            [&key](const auto &m) { return m.first == key; });
        if (!overridden) {
            members.append({key, value});
        }
    }
    return members;
}

Value ownOrGlobal(const Value &global, const Value &own)
{
    return own.isMissing() ? global : own;
}

/// SAM's AllowMethods when Cors leaves it out: the methods of each path plus OPTIONS, sorted,
/// ANY standing for all of them.
/// The API's routes from its functions' events: a route without the authorizer is public.
void readRoutes(const QList<Route> &events, CorsConfig &config, ImportContext &context)
{
    RouteCollector routes;
    for (const Route &event : events) {
        if (!event.where.intrinsicFunction().isEmpty()) {
            context.unmapped(event.where,
                             SamImport::tr("the event's Path is %1, not a literal: its "
                                           "route is not taken over.")
                                 .arg(event.where.excerpt()));
            continue;
        }
        const bool catchAll = event.method.isEmpty() && event.path.isEmpty();
        routes.add(catchAll ? defaultRoutePath : event.path, catchAll ? anyMethod : event.method,
                   !event.withoutAuthorizer);
    }
    if (!routes.isEmpty()) {
        routes.finish(config);
    }
}

QStringList methodsOfRoutes(const QList<Route> &routes)
{
    static const QStringList any{u"DELETE"_s, u"GET"_s,  u"HEAD"_s, u"OPTIONS"_s,
                                 u"PATCH"_s,  u"POST"_s, u"PUT"_s};
    QStringList methods;
    for (const Route &route : routes) {
        if (route.method == u"ANY") {
            return any;
        }
        if (!route.method.isEmpty() && !methods.contains(route.method)) {
            methods.append(route.method);
        }
    }
    if (!methods.isEmpty() && !methods.contains(u"OPTIONS"_s)) {
        methods.append(u"OPTIONS"_s);
    }
    methods.sort();
    return methods;
}

void readRestCors(const Value &global, const Value &own, const QList<Route> &routes,
                  CorsConfig &config, ImportContext &context)
{
    const Value cors = ownOrGlobal(global, own);
    if (cors.isMissing()) {
        return;
    }
    bool methodsSet = false;
    if (cors.isScalar() || !cors.intrinsicFunction().isEmpty()) {
        // The string shorthand: Cors: "'https://app.example.com'" is AllowOrigin alone.
        if (const auto origin = context.staticValue(cors, Field::AllowOrigins)) {
            config.allowOrigins = {*origin};
        }
    } else {
        for (const auto &[key, value] : mergedMembers(global, own)) {
            if (key == u"AllowOrigin") {
                if (const auto origin = context.staticValue(value, Field::AllowOrigins)) {
                    config.allowOrigins = {*origin};
                }
            } else if (key == u"AllowMethods") {
                if (const auto methods = context.staticValue(value, Field::AllowMethods)) {
                    config.allowMethods = splitList(*methods);
                }
                methodsSet = true;
            } else if (key == u"AllowHeaders") {
                if (const auto headers = context.staticValue(value, Field::AllowHeaders)) {
                    config.allowHeaders = splitList(*headers);
                }
            } else if (key == u"MaxAge") {
                if (const auto seconds = context.staticSeconds(value)) {
                    config.maxAge = seconds;
                }
            } else if (key == u"AllowCredentials") {
                config.allowCredentials = context.boolean(value, Field::AllowCredentials)
                                              .value_or(config.allowCredentials);
            } else {
                context.unmapped(value,
                                 SamImport::tr("'%1' is not a property of SAM's Cors.").arg(key));
            }
        }
    }
    if (!methodsSet) {
        config.allowMethods = methodsOfRoutes(routes);
        context.inform(cors, config.allowMethods.isEmpty()
                                 ? SamImport::tr("AllowMethods is left out, and SAM then allows "
                                                 "the methods of each path; no function event "
                                                 "names one.")
                                 : SamImport::tr("AllowMethods is left out, so SAM allows the "
                                                 "methods of each path: read as %1.")
                                       .arg(config.allowMethods.join(u',')));
    }
}

/// The header the API's default authorizer reads, SAM's defaults filled in.
QString authorizerHeader(const QString &name, const Value &authorizers, ApiType type,
                         ImportContext &context)
{
    const QString fallback = u"Authorization"_s;
    if (name == u"AWS_IAM") {
        return context.iamAuthorizationHeader(authorizers);
    }
    const Value authorizer = authorizers.child(name);
    if (authorizer.isMissing()) {
        context.warn(authorizers,
                     SamImport::tr("the DefaultAuthorizer '%1' is not among Authorizers; read "
                                   "as an authorizer on Authorization.")
                         .arg(name));
        return fallback;
    }
    const Value identity = authorizer.child(u"Identity"_s);
    if (type == ApiType::Rest) {
        if (const QString header = identity.child(u"Header"_s).text(); !header.isEmpty()) {
            return header;
        }
    } else if (const QString header = headerOfIdentitySource(
                   authorizer.child(u"IdentitySource"_s).text(), httpHeaderSource);
               !header.isEmpty()) {
        return header;
    }
    const QList<Value> headers = identity.child(u"Headers"_s).items();
    if (!headers.isEmpty()) {
        if (headers.size() > 1) {
            context.unmapped(identity.child(u"Headers"_s),
                             SamImport::tr("the authorizer reads several headers; the "
                                           "configuration names the first."));
        }
        return headers.first().text();
    }
    context.inform(authorizer, SamImport::tr("no identity header is named, so SAM's default "
                                             "applies: Authorization."));
    return fallback;
}

void readRestAuth(const Value &global, const Value &own, CorsConfig &config, ImportContext &context)
{
    const QList<std::pair<QString, Value>> members = mergedMembers(global, own);
    const auto member = [&members](const QString &key) {
        for (const auto &[name, value] : members) {
            if (name == key) {
                return value;
            }
        }
        return Value();
    };
    const Value defaultAuthorizer = member(u"DefaultAuthorizer"_s);
    if (const auto name = context.string(defaultAuthorizer, Field::Authorizer);
        name && *name != u"NONE") {
        config.authorizer =
            authorizerHeader(*name, member(u"Authorizers"_s), ApiType::Rest, context);
    }
    config.apiKeyRequired =
        context.boolean(member(u"ApiKeyRequired"_s), Field::ApiKeyRequired).value_or(false);
    // Both default to true: SAM puts the authorizer and the key check on OPTIONS unless told not.
    const bool authorizerOnPreflight =
        context.boolean(member(u"AddDefaultAuthorizerToCorsPreflight"_s), Field::AuthorizePreflight)
            .value_or(true);
    const bool keyOnPreflight =
        context.boolean(member(u"AddApiKeyRequiredToCorsPreflight"_s), Field::AuthorizePreflight)
            .value_or(true);
    if (config.hasAuthorizer() && authorizerOnPreflight) {
        config.authorizePreflight = true;
        context.inform(defaultAuthorizer,
                       SamImport::tr("AddDefaultAuthorizerToCorsPreflight is not false, so SAM "
                                     "puts the authorizer on OPTIONS too and browsers' "
                                     "preflights fail: authorizePreflight is set."));
    }
    if (config.apiKeyRequired && keyOnPreflight) {
        config.authorizePreflight = true;
        context.inform(member(u"ApiKeyRequired"_s),
                       SamImport::tr("AddApiKeyRequiredToCorsPreflight is not false, so SAM "
                                     "requires the API key on OPTIONS too and browsers' "
                                     "preflights fail: authorizePreflight is set."));
    }
}

void readGatewayResponses(const Value &global, const Value &own, const Value &where,
                          CorsConfig &config, ImportContext &context)
{
    GatewayResponseReader reader;
    for (const auto &[type, response] : mergedMembers(global, own)) {
        reader.read(
            type, response,
            headerValues(response.child(u"ResponseParameters"_s).child(u"Headers"_s), u"", context),
            config, context);
    }
    reader.finish(where, config, context);
}

void readDefinition(const Value &properties, CorsConfig &config, ImportContext &context)
{
    readInlineOpenApi(properties.child(u"DefinitionBody"_s), config, context);
    const Value uri = properties.child(u"DefinitionUri"_s);
    if (!uri.isMissing()) {
        context.unmapped(uri, SamImport::tr("the OpenAPI file is not read; import it as well "
                                            "if it holds CORS settings."));
    }
}

void readRestApi(const SamResources &all, const QString &id, const Value &properties,
                 CorsConfig &config, ImportContext &context)
{
    const Value global = all.globals.child(u"Api"_s);
    readDefinition(properties, config, context);
    readRestCors(global.child(u"Cors"_s), properties.child(u"Cors"_s), all.routes.value(id), config,
                 context);
    readRestAuth(global.child(u"Auth"_s), properties.child(u"Auth"_s), config, context);
    readGatewayResponses(global.child(u"GatewayResponses"_s),
                         properties.child(u"GatewayResponses"_s), properties, config, context);
    readRoutes(all.routes.value(id), config, context);
}

void readHttpCors(const Value &global, const Value &own, CorsConfig &config, ImportContext &context)
{
    const Value cors = ownOrGlobal(global, own);
    if (cors.isMissing()) {
        return;
    }
    if (!cors.intrinsicFunction().isEmpty()) {
        context.notLiteral(cors, Field::AllowOrigins);
    } else if (cors.isScalar() && (cors.text() == u"true" || cors.text() == u"false")) {
        if (cors.text() == u"true") {
            config.allowOrigins = {u"*"_s};
            context.inform(cors, SamImport::tr("CorsConfiguration: true allows every origin "
                                               "(AllowOrigins: '*') and sets nothing else."));
        }
    } else if (cors.isScalar()) {
        QString origin = cors.text().trimmed();
        if (origin.size() >= 2 && origin.startsWith(u'\'') && origin.endsWith(u'\'')) {
            origin = origin.mid(1, origin.size() - 2);
        }
        config.allowOrigins = {origin};
    } else {
        readHttpCorsConfiguration(mergedMembers(global, own), Spelling::PascalCase,
                                  u"CorsConfiguration"_s, config, context);
    }
}

void readHttpApi(const SamResources &all, const QString &id, const Value &properties,
                 CorsConfig &config, ImportContext &context)
{
    const Value global = all.globals.child(u"HttpApi"_s);
    readDefinition(properties, config, context);
    readHttpCors(global.child(u"CorsConfiguration"_s), properties.child(u"CorsConfiguration"_s),
                 config, context);

    const Value auth = ownOrGlobal(global.child(u"Auth"_s), properties.child(u"Auth"_s));
    const QString name = auth.child(u"DefaultAuthorizer"_s).text();
    if (!name.isEmpty() && name != u"NONE") {
        config.authorizer =
            authorizerHeader(name, auth.child(u"Authorizers"_s), ApiType::Http, context);
        // A preflight takes an OPTIONS route when there is one, else the ANY route, whose
        // default authorizer then sees a request without a token.
        const QList<Route> routes = all.routes.value(id);
        const bool anyGuarded = std::any_of(routes.begin(), routes.end(), [](const Route &r) {
            return (r.method == u"ANY" || r.method.isEmpty()) && !r.withoutAuthorizer;
        });
        const bool optionsOpen = std::any_of(routes.begin(), routes.end(), [](const Route &r) {
            return r.method == u"OPTIONS" && r.withoutAuthorizer;
        });
        config.authorizePreflight = config.authorizePreflight || (anyGuarded && !optionsOpen);
    }
    readRoutes(all.routes.value(id), config, context);
    const Value responses = properties.child(u"GatewayResponses"_s);
    if (!responses.isMissing()) {
        context.unmapped(responses, SamImport::tr("HTTP APIs have no gateway responses; API "
                                                  "Gateway adds the CORS headers to errors "
                                                  "itself."));
    }
}

} // namespace

QList<ApiSource> samApis(const Value &root)
{
    const auto all = std::make_shared<SamResources>(collect(root));
    QList<ApiSource> sources;
    bool anyRest = false;
    bool anyHttp = false;
    for (const auto &[id, resource] : all->apis) {
        const QString type = resource.child(u"Type"_s).text();
        const bool rest = type == u"AWS::Serverless::Api";
        (rest ? anyRest : anyHttp) = true;
        const Value properties = resource.child(u"Properties"_s);
        sources.append(
            {ApiCandidate{id, rest ? ApiType::Rest : ApiType::Http, type, resource.position()},
             [all, id, properties, rest](CorsConfig &config, ImportContext &context) {
                 (rest ? readRestApi : readHttpApi)(*all, id, properties, config, context);
             }});
    }
    // SAM creates ServerlessRestApi / ServerlessHttpApi for events that name no API; Globals
    // apply to them too, so Globals alone describe one.
    const auto implicit = [&](const QString &id, ApiType type, const Value &globalSection,
                              bool explicitExists) {
        const bool hasRoutes = all->routes.contains(id);
        if (!hasRoutes && (explicitExists || globalSection.isMissing())) {
            return;
        }
        const Value where = globalSection.isMissing() ? root : globalSection;
        sources.append(
            {ApiCandidate{id, type, SamImport::tr("implicit API of the functions' events"),
                          where.position()},
             [all, id, type](CorsConfig &config, ImportContext &context) {
                 (type == ApiType::Rest ? readRestApi : readHttpApi)(*all, id, Value(), config,
                                                                     context);
             }});
    };
    implicit(implicitRestApi, ApiType::Rest, all->globals.child(u"Api"_s), anyRest);
    implicit(implicitHttpApi, ApiType::Http, all->globals.child(u"HttpApi"_s), anyHttp);
    return sources;
}

} // namespace cors::templateimport::detail
