// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// serverless.yml (Serverless Framework v3, also read by v4): the REST API its `http` events
// make, and the HTTP API of its `httpApi` events. Literal values only: a `${...}` variable is
// reported, as an intrinsic function is in a template, and the field keeps its value.
//
// Serverless's defaults are the documented ones (serverless.com/framework/docs/providers/aws/
// events/apigateway and .../http-api): `cors: true` is origin '*' and the fixed header list
// below; a missing `headers` / `allowedHeaders` is that list too; an http event's preflight
// allows the methods of the path's events plus OPTIONS (ANY: every method). The OPTIONS methods
// a file replaces under resources.extensions (as CORS Configurator's render does) are read as
// the deployed preflight, the same way as a CloudFormation template's.
#include "importdetail.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cors::templateimport::detail {

namespace {

class ServerlessImport
{
    Q_DECLARE_TR_FUNCTIONS(ServerlessImport)
};

/// Serverless's headers for `cors: true` and a cors block without headers (both APIs).
const QStringList &serverlessDefaultHeaders()
{
    static const QStringList headers{
        u"Content-Type"_s,         u"X-Amz-Date"_s,       u"Authorization"_s,  u"X-Api-Key"_s,
        u"X-Amz-Security-Token"_s, u"X-Amz-User-Agent"_s, u"X-Amzn-Trace-Id"_s};
    return headers;
}

/// Whether `value` holds a Serverless variable (${self:...}, ${sls:stage}, ${env:...}); if so
/// it is reported for `field`.
bool isVariable(const Value &value, Field field, ImportContext &context)
{
    const bool variable = value.isScalar() && value.text().contains(u"${"_s);
    if (variable) {
        context.notLiteral(value, field);
    }
    return variable;
}

/// A list (or one comma-separated scalar) of literal values; variables among its items are
/// reported and left out.
std::optional<QStringList> literalList(const Value &value, Field field, ImportContext &context)
{
    if (value.isSequence()) {
        QStringList literals;
        for (const Value &item : value.items()) {
            if (!isVariable(item, field, context)) {
                literals += context.string(item, field).value_or(QString());
            }
        }
        literals.removeAll(QString());
        return literals;
    }
    if (value.isMissing() || isVariable(value, field, context)) {
        return std::nullopt;
    }
    if (value.isScalar()) {
        const std::optional<QString> text = context.string(value, field);
        return text ? std::optional(splitList(*text)) : std::nullopt;
    }
    return context.stringList(value, field);
}

struct Event
{
    Value value; ///< the http / httpApi entry
    QString method;
    QString path;
};

/// The events of `kind` ("http", "httpApi") of every function, in the file's order.
QList<Event> eventsOf(const Value &root, const QString &kind)
{
    QList<Event> events;
    for (const auto &[name, function] : root.child(u"functions"_s).members()) {
        for (const Value &entry : function.child(u"events"_s).items()) {
            const Value event = entry.child(kind);
            if (event.isMissing()) {
                continue;
            }
            if (event.isScalar()) { // "GET /items", or "*" for an HTTP API's $default
                const QString text = event.text().trimmed();
                events.append({event, text == u"*" ? anyMethod : text.section(u' ', 0, 0),
                               text == u"*" ? QString(defaultRoutePath) : text.section(u' ', 1)});
                continue;
            }
            events.append({event, event.child(u"method"_s).text(), event.child(u"path"_s).text()});
        }
    }
    return events;
}

QString restPath(QString path)
{
    path = path.trimmed();
    while (path.startsWith(u'/')) {
        path.remove(0, 1);
    }
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    return u'/' + path;
}

/// allowCredentials and maxAge, spelt alike in an http event's cors and provider.httpApi.cors.
void readCredentialsAndMaxAge(const Value &cors, CorsConfig &config, ImportContext &context)
{
    const Value credentials = cors.child(u"allowCredentials"_s);
    if (!credentials.isMissing() && !isVariable(credentials, Field::AllowCredentials, context)) {
        config.allowCredentials =
            context.boolean(credentials, Field::AllowCredentials).value_or(config.allowCredentials);
    }
    const Value maxAge = cors.child(u"maxAge"_s);
    if (!maxAge.isMissing() && !isVariable(maxAge, Field::MaxAge, context)) {
        if (const auto seconds = context.integer(maxAge, Field::MaxAge)) {
            config.maxAge = seconds;
        }
    }
}

void readRestCors(const Value &cors, CorsConfig &config, ImportContext &context)
{
    if (cors.text() == u"true") {
        config.allowOrigins = {u"*"_s};
        config.allowHeaders = serverlessDefaultHeaders();
        context.inform(cors, ServerlessImport::tr("cors: true is Serverless's default: origin "
                                                  "'*' and its list of seven headers."));
        return;
    }
    const Value origins = cors.child(u"origins"_s);
    const Value origin = cors.child(u"origin"_s);
    if (const auto list =
            literalList(origins.isMissing() ? origin : origins, Field::AllowOrigins, context)) {
        config.allowOrigins = *list;
    }
    const Value headers = cors.child(u"headers"_s);
    if (headers.isMissing()) {
        config.allowHeaders = serverlessDefaultHeaders();
        context.inform(cors, ServerlessImport::tr("cors has no headers: Serverless allows its "
                                                  "list of seven."));
    } else if (const auto list = literalList(headers, Field::AllowHeaders, context)) {
        config.allowHeaders = *list;
    }
    readCredentialsAndMaxAge(cors, config, context);
}

/// Serverless merges the cors of a path's events; the configuration has one: a later event's
/// cors that says something else is reported, the first one's values stay.
void noteDifferentCors(const Value &cors, const CorsConfig &config, ImportContext &context)
{
    CorsConfig other = config;
    ImportContext scratch;
    readRestCors(cors, other, scratch);
    if (other.allowOrigins != config.allowOrigins || other.allowHeaders != config.allowHeaders ||
        other.allowCredentials != config.allowCredentials || other.maxAge != config.maxAge) {
        context.warn(cors,
                     ServerlessImport::tr("this cors differs from the first event's; the "
                                          "configuration keeps the first one's values."),
                     ServerlessImport::tr("Give every http event the same cors."));
    }
}

/// The header an http event's authorizer reads: its identitySource, or Serverless's default
/// for a token authorizer, Authorization.
QString restAuthorizerHeader(const Value &authorizer, ImportContext &context)
{
    const Value source = authorizer.child(u"identitySource"_s);
    if (source.isMissing()) {
        context.inform(authorizer, ServerlessImport::tr("the authorizer names no identitySource: "
                                                        "Serverless's default is the "
                                                        "Authorization header."));
        return u"Authorization"_s;
    }
    if (authorizer.child(u"type"_s).text().compare(u"aws_iam", Qt::CaseInsensitive) == 0) {
        return context.iamAuthorizationHeader(authorizer);
    }
    return headerOfIdentitySource(source.text(), restHeaderSource);
}

/// The preflights resources.extensions puts in place of Serverless's own.
void readPreflightExtensions(const Value &root, CorsConfig &config, ImportContext &context)
{
    PreflightReader preflights;
    bool any = false;
    for (const auto &[id, extension] :
         root.child(u"resources"_s).child(u"extensions"_s).members()) {
        if (!id.startsWith(u"ApiGatewayMethod"_s) || !id.endsWith(u"Options"_s)) {
            continue;
        }
        const Value integration = extension.child(u"Properties"_s).child(u"Integration"_s);
        const Value response = integration.child(u"IntegrationResponses"_s).items().value(0);
        if (response.isMissing()) {
            continue;
        }
        any = true;
        preflights.read(id, response.child(u"ResponseParameters"_s),
                        response.child(u"ResponseTemplates"_s), config, context);
    }
    if (any) {
        preflights.finish(config, context);
    }
}

void readGatewayResponses(const Value &root, CorsConfig &config, ImportContext &context)
{
    GatewayResponseReader responses;
    const Value resources = root.child(u"resources"_s).child(u"Resources"_s);
    for (const auto &[id, resource] : resources.members()) {
        if (resource.child(u"Type"_s).text() != u"AWS::ApiGateway::GatewayResponse") {
            continue;
        }
        const Value properties = resource.child(u"Properties"_s);
        responses.read(properties.child(u"ResponseType"_s).text(), resource,
                       headerValues(properties.child(u"ResponseParameters"_s),
                                    u"gatewayresponse.header.", context),
                       config, context);
    }
    responses.finish(resources, config, context);
}

void readRestApi(const Value &root, CorsConfig &config, ImportContext &context)
{
    RouteCollector routes;
    bool corsRead = false;
    QStringList methods;
    for (const Event &event : eventsOf(root, u"http"_s)) {
        const QString method = event.method.toUpper();
        const Value authorizer = event.value.child(u"authorizer"_s);
        if (!authorizer.isMissing()) {
            config.authorizer = restAuthorizerHeader(authorizer, context);
        }
        if (event.value.child(u"private"_s).text() == u"true") {
            config.apiKeyRequired = true;
        }
        routes.add(restPath(event.path), method, !authorizer.isMissing());
        const Value cors = event.value.child(u"cors"_s);
        if (!cors.isMissing() && cors.text() != u"false") {
            if (!corsRead) {
                readRestCors(cors, config, context);
                corsRead = true;
            } else {
                noteDifferentCors(cors, config, context);
            }
            // Serverless: the path's preflight allows its events' methods (ANY: all of them).
            const QStringList served =
                method == anyMethod
                    ? QStringList{u"DELETE"_s, u"GET"_s, u"HEAD"_s, u"PATCH"_s, u"POST"_s, u"PUT"_s}
                    : QStringList{method};
            for (const QString &m : served) {
                if (!methods.contains(m)) {
                    methods.append(m);
                }
            }
        }
    }
    if (corsRead) {
        config.allowMethods = methods + QStringList{u"OPTIONS"_s};
    }
    readPreflightExtensions(root, config, context);
    readGatewayResponses(root, config, context);
    if (!routes.isEmpty()) {
        routes.finish(config);
    }
}

void readHttpCors(const Value &cors, CorsConfig &config, ImportContext &context)
{
    if (cors.text() == u"true") {
        config.allowOrigins = {u"*"_s};
        config.allowHeaders = serverlessDefaultHeaders();
        context.inform(cors, ServerlessImport::tr("cors: true is Serverless's default: origin "
                                                  "'*', its list of seven headers and the "
                                                  "routes' methods."));
        return;
    }
    config.allowOrigins = literalList(cors.child(u"allowedOrigins"_s), Field::AllowOrigins, context)
                              .value_or(QStringList{u"*"_s});
    if (cors.child(u"allowedHeaders"_s).isMissing()) {
        config.allowHeaders = serverlessDefaultHeaders();
        context.inform(cors, ServerlessImport::tr("cors has no allowedHeaders: Serverless allows "
                                                  "its list of seven."));
    } else if (const auto list =
                   literalList(cors.child(u"allowedHeaders"_s), Field::AllowHeaders, context)) {
        config.allowHeaders = *list;
    }
    if (const auto list =
            literalList(cors.child(u"allowedMethods"_s), Field::AllowMethods, context)) {
        config.allowMethods = *list;
    }
    if (const auto list =
            literalList(cors.child(u"exposedResponseHeaders"_s), Field::ExposeHeaders, context)) {
        config.exposeHeaders = *list;
    }
    readCredentialsAndMaxAge(cors, config, context);
}

void readHttpApi(const Value &root, CorsConfig &config, ImportContext &context)
{
    const Value httpApi = root.child(u"provider"_s).child(u"httpApi"_s);
    const Value cors = httpApi.child(u"cors"_s);
    const bool corsSet = !cors.isMissing() && cors.text() != u"false";
    if (corsSet) {
        readHttpCors(cors, config, context);
    }
    const Value authorizers = httpApi.child(u"authorizers"_s);
    RouteCollector routes;
    QStringList methods;
    for (const Event &event : eventsOf(root, u"httpApi"_s)) {
        const QString method = event.method == u"*" ? anyMethod : event.method.toUpper();
        const QString path = event.path == u"*" ? QString(defaultRoutePath) : event.path;
        const Value authorizer = event.value.child(u"authorizer"_s);
        if (!authorizer.isMissing()) {
            const QString name =
                authorizer.isScalar() ? authorizer.text() : authorizer.child(u"name"_s).text();
            const Value source = authorizers.child(name).child(u"identitySource"_s);
            const QString header = headerOfIdentitySource(
                source.isSequence() ? source.items().value(0).text() : source.text(),
                httpHeaderSource);
            if (!header.isEmpty()) {
                config.authorizer = header;
            }
        }
        routes.add(path, method, !authorizer.isMissing());
        if (method != anyMethod && !methods.contains(method)) {
            methods.append(method);
        }
    }
    if (corsSet && cors.child(u"allowedMethods"_s).isMissing()) {
        // Serverless fills allowedMethods from the routes, with OPTIONS.
        config.allowMethods =
            methods.contains(u"OPTIONS"_s) ? methods : methods + QStringList{u"OPTIONS"_s};
    }
    if (!routes.isEmpty()) {
        routes.finish(config);
    }
}

Value firstEvent(const Value &root, const QString &kind)
{
    const QList<Event> events = eventsOf(root, kind);
    return events.isEmpty() ? Value() : events.first().value;
}

} // namespace

bool isServerlessService(const Value &root)
{
    return root.child(u"Resources"_s).isMissing() && !root.child(u"service"_s).isMissing() &&
           (!root.child(u"provider"_s).isMissing() || !root.child(u"functions"_s).isMissing());
}

QList<ApiSource> serverlessApis(const Value &root)
{
    QList<ApiSource> sources;
    const Value rest = firstEvent(root, u"http"_s);
    if (!rest.isMissing()) {
        sources.append(
            {ApiCandidate{u"ApiGatewayRestApi"_s, ApiType::Rest,
                          ServerlessImport::tr("Serverless http events"), rest.position()},
             [root](CorsConfig &config, ImportContext &context) {
                 readRestApi(root, config, context);
             }});
    }
    const Value http = firstEvent(root, u"httpApi"_s);
    const Value httpApi = root.child(u"provider"_s).child(u"httpApi"_s);
    if (!http.isMissing() || !httpApi.isMissing()) {
        sources.append({ApiCandidate{u"HttpApi"_s, ApiType::Http,
                                     ServerlessImport::tr("Serverless httpApi events"),
                                     (http.isMissing() ? httpApi : http).position()},
                        [root](CorsConfig &config, ImportContext &context) {
                            readHttpApi(root, config, context);
                        }});
    }
    return sources;
}

} // namespace cors::templateimport::detail
