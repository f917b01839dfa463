// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdetail.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace cors::templateimport::detail {

namespace {

class OpenApiImport
{
    Q_DECLARE_TR_FUNCTIONS(OpenApiImport)
};

const QString corsExtension = u"x-amazon-apigateway-cors"_s;

/// The security requirement that applies to an operation: its own `security`, else the
/// document's. Returns the names of the schemes it asks for.
QStringList effectiveSecurity(const Value &operation, const Value &document)
{
    const Value own = operation.child(u"security"_s);
    const Value security = own.isMissing() ? document.child(u"security"_s) : own;
    QStringList schemes;
    for (const Value &requirement : security.items()) {
        for (const auto &[name, scopes] : requirement.members()) {
            Q_UNUSED(scopes);
            schemes.append(name);
        }
    }
    return schemes;
}

/// Security schemes by name: OpenAPI 3's components.securitySchemes, Swagger's
/// securityDefinitions.
Value securitySchemes(const Value &document)
{
    const Value components = document.child(u"components"_s).child(u"securitySchemes"_s);
    return components.isMissing() ? document.child(u"securityDefinitions"_s) : components;
}

struct Operation
{
    QString path;
    QString method;
    Value value;
};

QList<Operation> operations(const Value &document)
{
    QList<Operation> all;
    for (const auto &[path, item] : document.child(u"paths"_s).members()) {
        for (const auto &[method, operation] : item.members()) {
            if (operation.isMap()) {
                all.append({path, method.toLower(), operation});
            }
        }
    }
    return all;
}

/// Whether a security scheme is an API Gateway authorizer (not an API key).
bool isAuthorizerScheme(const Value &scheme)
{
    return !scheme.child(u"x-amazon-apigateway-authorizer"_s).isMissing() ||
           !scheme.child(u"x-amazon-apigateway-authtype"_s).isMissing();
}

/// Which schemes the operations (other than preflights) use, looked up in the definitions.
void readSecurity(const Value &document, const QList<Operation> &all, CorsConfig &config,
                  ImportContext &context)
{
    QSet<QString> used;
    for (const Operation &operation : all) {
        if (operation.method != u"options") {
            for (const QString &name : effectiveSecurity(operation.value, document)) {
                used.insert(name);
            }
        }
    }
    // An authorizer no operation uses still says the API has one (every route is public).
    const auto members = securitySchemes(document).members();
    const bool authorizerUsed = std::any_of(members.begin(), members.end(), [&](const auto &m) {
        return used.contains(m.first) && isAuthorizerScheme(m.second);
    });
    for (const auto &[name, scheme] : members) {
        if (!used.contains(name) && (authorizerUsed || !isAuthorizerScheme(scheme))) {
            continue;
        }
        const Value authorizer = scheme.child(u"x-amazon-apigateway-authorizer"_s);
        if (config.apiType == ApiType::Http && !authorizer.isMissing()) {
            const Value source = authorizer.child(u"identitySource"_s);
            QStringList sources;
            if (source.isSequence()) {
                sources = context.stringList(source, Field::Authorizer).value_or(QStringList());
            } else if (const auto text = context.string(source, Field::Authorizer)) {
                sources = {*text};
            }
            if (const QString header = headerOfIdentitySource(sources.join(u','), httpHeaderSource);
                !header.isEmpty()) {
                config.authorizer = header;
            } else if (!source.isMissing()) {
                context.unmapped(source, OpenApiImport::tr("the authorizer reads no request "
                                                           "header ($request.header.NAME)."));
            }
            continue;
        }
        const bool inHeader = scheme.child(u"in"_s).text() == u"header";
        const QString header = scheme.child(u"name"_s).text();
        if (scheme.child(u"type"_s).text() != u"apiKey" || !inHeader || header.isEmpty()) {
            continue;
        }
        if (isAuthorizerScheme(scheme)) {
            config.authorizer = header;
        } else if (header.compare(u"x-api-key"_s, Qt::CaseInsensitive) == 0) {
            config.apiKeyRequired = true;
        }
    }
}

/// The MOCK response of an options operation: the "default" response, else the first 2xx.
Value mockResponse(const Value &integration)
{
    const Value responses = integration.child(u"responses"_s);
    const Value fallback = responses.child(u"default"_s);
    if (!fallback.isMissing()) {
        return fallback;
    }
    for (const auto &[pattern, response] : responses.members()) {
        if (response.child(u"statusCode"_s).text().startsWith(u'2')) {
            return response;
        }
    }
    return fallback;
}

void readRestPreflights(const Value &document, const QList<Operation> &all, CorsConfig &config,
                        ImportContext &context)
{
    PreflightReader reader;
    for (const Operation &operation : all) {
        if (operation.method != u"options") {
            continue;
        }
        const Value integration = operation.value.child(u"x-amazon-apigateway-integration"_s);
        const QString type = integration.child(u"type"_s).text().toLower();
        if (type != u"mock") {
            context.unmapped(
                integration.isMissing() ? operation.value : integration,
                OpenApiImport::tr("the preflight of %1 is not a MOCK integration "
                                  "(%2), so its CORS headers come from the backend "
                                  "and are not in the template.")
                    .arg(operation.path, type.isEmpty() ? OpenApiImport::tr("none") : type));
            continue;
        }
        reader.noteGuarded(operation.value,
                           !effectiveSecurity(operation.value, document).isEmpty());
        const Value response = mockResponse(integration);
        reader.read(operation.path, response.child(u"responseParameters"_s),
                    response.child(u"responseTemplates"_s), config, context);
    }
    reader.finish(config, context);
}

/// The names of the security schemes that are API Gateway authorizers (not API keys).
QSet<QString> authorizerSchemes(const Value &document)
{
    QSet<QString> names;
    for (const auto &[name, scheme] : securitySchemes(document).members()) {
        if (isAuthorizerScheme(scheme)) {
            names.insert(name);
        }
    }
    return names;
}

/// The routes: every operation (x-amazon-apigateway-any-method is ANY; "/$default" the $default
/// route), a REST API's options operations excepted (they are its preflights).
void readRoutes(const Value &document, const QList<Operation> &all, CorsConfig &config)
{
    static const QStringList methods{u"get"_s,   u"head"_s,   u"post"_s,   u"put"_s,
                                     u"patch"_s, u"delete"_s, u"options"_s};
    const QSet<QString> authorizers = authorizerSchemes(document);
    RouteCollector routes;
    for (const Operation &operation : all) {
        const bool any = operation.method == u"x-amazon-apigateway-any-method";
        if (!any && (!methods.contains(operation.method) ||
                     (operation.method == u"options" && config.apiType == ApiType::Rest))) {
            continue;
        }
        bool authorized = false;
        for (const QString &scheme : effectiveSecurity(operation.value, document)) {
            authorized = authorized || authorizers.contains(scheme);
        }
        const bool catchAll = operation.path == u"/$default" && config.apiType == ApiType::Http;
        routes.add(catchAll ? defaultRoutePath : operation.path, any ? anyMethod : operation.method,
                   authorized);
    }
    if (!routes.isEmpty()) {
        routes.finish(config);
    }
}

void readGatewayResponses(const Value &document, CorsConfig &config, ImportContext &context)
{
    const Value responses = document.child(u"x-amazon-apigateway-gateway-responses"_s);
    GatewayResponseReader reader;
    for (const auto &[type, response] : responses.members()) {
        reader.read(type, response,
                    headerValues(response.child(u"responseParameters"_s),
                                 u"gatewayresponse.header.", context),
                    config, context);
    }
    reader.finish(responses, config, context);
}

void readHttpCors(const Value &document, const QList<Operation> &all, CorsConfig &config,
                  ImportContext &context)
{
    const Value cors = document.child(corsExtension);
    if (!cors.intrinsicFunction().isEmpty()) {
        context.notLiteral(cors, Field::AllowOrigins);
        return;
    }
    readHttpCorsConfiguration(cors.members(), Spelling::CamelCase, corsExtension, config, context);
    // HTTP APIs route a preflight to an ANY route when there is no OPTIONS route; an authorizer
    // on that route then sees every preflight.
    bool anyAuthorized = false;
    bool optionsOpen = false;
    for (const Operation &operation : all) {
        const bool secured = !effectiveSecurity(operation.value, document).isEmpty();
        if (operation.method == u"x-amazon-apigateway-any-method" && secured) {
            anyAuthorized = true;
        } else if (operation.method == u"options" && !secured) {
            optionsOpen = true;
        }
    }
    config.authorizePreflight = anyAuthorized && !optionsOpen;
}

} // namespace

QString headerOfIdentitySource(const QString &source, QStringView prefix)
{
    for (const QString &part : source.split(u',')) {
        const QString trimmed = part.trimmed();
        if (trimmed.startsWith(prefix, Qt::CaseInsensitive)) {
            return trimmed.mid(prefix.size());
        }
    }
    return {};
}

ApiType openApiType(const Value &document)
{
    return document.child(corsExtension).isMissing() ? ApiType::Rest : ApiType::Http;
}

void readOpenApi(const Value &document, CorsConfig &config, ImportContext &context)
{
    const QList<Operation> all = operations(document);
    readSecurity(document, all, config, context);
    if (config.apiType == ApiType::Http) {
        readHttpCors(document, all, config, context);
    } else {
        readRestPreflights(document, all, config, context);
        readGatewayResponses(document, config, context);
    }
    readRoutes(document, all, config);
}

ApiSource openApiApi(const Value &document, const QString &kind)
{
    const Value info = document.child(u"info"_s);
    QString title = info.child(u"title"_s).text();
    if (title.isEmpty()) {
        title = kind;
    }
    const ApiType type = openApiType(document);
    return ApiSource{ApiCandidate{title, type, kind, document.position()},
                     [document](CorsConfig &config, ImportContext &context) {
                         readOpenApi(document, config, context);
                     }};
}

} // namespace cors::templateimport::detail
