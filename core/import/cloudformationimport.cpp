// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdetail.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace cors::templateimport::detail {

namespace {

class CloudFormationImport
{
    Q_DECLARE_TR_FUNCTIONS(CloudFormationImport)
};

/// A !GetAtt's logical ID (part 0) or attribute (part 1), in the short form ("Api.RootResourceId")
/// or the long one ([Api, RootResourceId]); empty for anything else.
QString getAttPart(const Value &value, int part)
{
    const QString function = value.intrinsicFunction();
    if (function != u"GetAtt" && function != u"Fn::GetAtt") {
        return {};
    }
    const Value argument = value.isMap() ? value.members().value(0).second : value;
    if (argument.isSequence()) {
        return argument.items().value(part).text();
    }
    return part == 0 ? argument.text().section(u'.', 0, 0) : argument.text().section(u'.', 1);
}

struct Resource
{
    QString id;
    Value value;

    QString type() const { return value.child(u"Type"_s).text(); }
    Value properties() const { return value.child(u"Properties"_s); }
};

/// The API a method, gateway response, authorizer or route belongs to: the logical ID its
/// RestApiId/ApiId refers to, or (for an API defined elsewhere, e.g. !ImportValue) the value as
/// written.
QString owningApi(const Value &reference)
{
    const QString id = referencedId(reference);
    return id.isEmpty() ? reference.excerpt() : id;
}

/// The resources of a template grouped by the API they belong to.
struct RestApiParts
{
    QList<Resource> methods;
    QList<Resource> gatewayResponses;

    /// The first of them in the template: where an API defined elsewhere shows up.
    Value first() const
    {
        return methods.isEmpty() ? gatewayResponses.value(0).value : methods.value(0).value;
    }
};

struct HttpApiParts
{
    QList<Resource> authorizers;
    QList<Resource> routes;
};

struct TemplateResources
{
    QList<Resource> apis; ///< RestApi and ApiGatewayV2::Api resources, in written order
    QHash<QString, RestApiParts> rest;
    QHash<QString, HttpApiParts> http;
    QHash<QString, Resource> restAuthorizers;
    QHash<QString, Resource> restResources; ///< AWS::ApiGateway::Resource by logical ID
    QStringList restOrder; ///< APIs of methods and gateway responses, in first-seen order
};

TemplateResources collect(const Value &root)
{
    TemplateResources all;
    for (const auto &[id, value] : root.child(u"Resources"_s).members()) {
        const Resource resource{id, value};
        const QString type = resource.type();
        const Value properties = resource.properties();
        if (type == u"AWS::ApiGateway::RestApi" || type == u"AWS::ApiGatewayV2::Api") {
            all.apis.append(resource);
        } else if (type == u"AWS::ApiGateway::Method" ||
                   type == u"AWS::ApiGateway::GatewayResponse") {
            const QString api = owningApi(properties.child(u"RestApiId"_s));
            if (!all.restOrder.contains(api)) {
                all.restOrder.append(api);
            }
            RestApiParts &parts = all.rest[api];
            (type == u"AWS::ApiGateway::Method" ? parts.methods : parts.gatewayResponses)
                .append(resource);
        } else if (type == u"AWS::ApiGateway::Resource") {
            all.restResources.insert(id, resource);
        } else if (type == u"AWS::ApiGateway::Authorizer") {
            all.restAuthorizers.insert(id, resource);
        } else if (type == u"AWS::ApiGatewayV2::Authorizer") {
            all.http[owningApi(properties.child(u"ApiId"_s))].authorizers.append(resource);
        } else if (type == u"AWS::ApiGatewayV2::Route") {
            all.http[owningApi(properties.child(u"ApiId"_s))].routes.append(resource);
        }
    }
    return all;
}

bool isGuarded(const Value &method)
{
    const QString authorization = method.child(u"AuthorizationType"_s).text();
    const bool authorized = !authorization.isEmpty() && authorization != u"NONE";
    return authorized || method.child(u"ApiKeyRequired"_s).text() == u"true";
}

/// The path of the resource a ResourceId or ParentId names: "/" for the API's root resource,
/// else its parents' path parts; empty when it is not a resource of this template.
QString resourcePath(const Value &id, const TemplateResources &all, int depth = 0)
{
    if (getAttPart(id, 1) == u"RootResourceId") {
        return u"/"_s;
    }
    const QString name = referencedId(id);
    if (depth > 100 || !all.restResources.contains(name)) {
        return {};
    }
    const Value properties = all.restResources.value(name).properties();
    const QString parent = resourcePath(properties.child(u"ParentId"_s), all, depth + 1);
    const QString part = properties.child(u"PathPart"_s).text();
    if (parent.isEmpty() || part.isEmpty()) {
        return {};
    }
    return (parent == u"/" ? QString() : parent) + u'/' + part;
}

/// The header of an authorizer the API defines though no method uses it (every route public).
QString unusedAuthorizerHeader(const QString &api, const TemplateResources &all)
{
    for (const Resource &authorizer : all.restAuthorizers) {
        const Value properties = authorizer.properties();
        if (owningApi(properties.child(u"RestApiId"_s)) == api) {
            return headerOfIdentitySource(properties.child(u"IdentitySource"_s).text(),
                                          restHeaderSource);
        }
    }
    return {};
}

void readRestMethods(const QString &api, const QList<Resource> &methods,
                     const TemplateResources &all, CorsConfig &config, ImportContext &context)
{
    PreflightReader preflights;
    RouteCollector routes;
    for (const Resource &method : methods) {
        const Value properties = method.properties();
        const Value httpMethod = properties.child(u"HttpMethod"_s);
        if (httpMethod.text().toUpper() != u"OPTIONS") {
            // The API's own methods say whether it has an authorizer or API keys.
            const QString authorization = properties.child(u"AuthorizationType"_s).text();
            if (authorization == u"CUSTOM" || authorization == u"COGNITO_USER_POOLS") {
                const QString id = referencedId(properties.child(u"AuthorizerId"_s));
                const QString header = headerOfIdentitySource(
                    all.restAuthorizers.value(id).properties().child(u"IdentitySource"_s).text(),
                    restHeaderSource);
                if (!header.isEmpty()) {
                    config.authorizer = header;
                }
            } else if (authorization == u"AWS_IAM" && config.authorizer.isEmpty()) {
                config.authorizer =
                    context.iamAuthorizationHeader(properties.child(u"AuthorizationType"_s));
            }
            if (properties.child(u"ApiKeyRequired"_s).text() == u"true") {
                config.apiKeyRequired = true;
            }
            const QString path = resourcePath(properties.child(u"ResourceId"_s), all);
            if (path.isEmpty()) {
                context.unmapped(properties.child(u"ResourceId"_s),
                                 CloudFormationImport::tr("the resource of method %1 is not a "
                                                          "resource of this template; its route "
                                                          "is not taken over.")
                                     .arg(method.id));
            } else {
                routes.add(path, httpMethod.text(),
                           !authorization.isEmpty() && authorization != u"NONE");
            }
            continue;
        }
        const Value integration = properties.child(u"Integration"_s);
        if (integration.child(u"Type"_s).text() != u"MOCK") {
            context.unmapped(integration.isMissing() ? properties : integration,
                             CloudFormationImport::tr("the OPTIONS method %1 is not a MOCK "
                                                      "integration, so its CORS headers come "
                                                      "from the backend and are not in the "
                                                      "template.")
                                 .arg(method.id));
            continue;
        }
        Value response;
        for (const Value &candidate : integration.child(u"IntegrationResponses"_s).items()) {
            if (candidate.child(u"StatusCode"_s).text().startsWith(u'2')) {
                response = candidate;
                break;
            }
        }
        preflights.noteGuarded(method.value, isGuarded(properties));
        preflights.read(method.id, response.child(u"ResponseParameters"_s),
                        response.child(u"ResponseTemplates"_s), config, context);
    }
    preflights.finish(config, context);
    if (config.authorizer.isEmpty()) {
        config.authorizer = unusedAuthorizerHeader(api, all);
    }
    if (!routes.isEmpty()) {
        routes.finish(config);
    }
}

void readRestApi(const QString &api, const Resource *resource, const TemplateResources &all,
                 CorsConfig &config, ImportContext &context)
{
    const RestApiParts parts = all.rest.value(api);
    const Value where = resource ? resource->value : parts.first();
    if (resource) {
        const Value properties = resource->properties();
        readInlineOpenApi(properties.child(u"Body"_s), config, context);
        const Value s3 = properties.child(u"BodyS3Location"_s);
        if (!s3.isMissing()) {
            context.unmapped(s3, CloudFormationImport::tr("the OpenAPI definition in S3 is not "
                                                          "read; import that file as well."));
        }
    }
    readRestMethods(api, parts.methods, all, config, context);
    GatewayResponseReader responses;
    for (const Resource &response : parts.gatewayResponses) {
        const Value properties = response.properties();
        responses.read(properties.child(u"ResponseType"_s).text(), response.value,
                       headerValues(properties.child(u"ResponseParameters"_s),
                                    u"gatewayresponse.header.", context),
                       config, context);
    }
    responses.finish(where, config, context);
}

void readHttpApi(const Resource &api, const TemplateResources &all, CorsConfig &config,
                 ImportContext &context)
{
    const Value properties = api.properties();
    readInlineOpenApi(properties.child(u"Body"_s), config, context);
    const Value cors = properties.child(u"CorsConfiguration"_s);
    if (!cors.intrinsicFunction().isEmpty()) {
        context.notLiteral(cors, Field::AllowOrigins);
    } else {
        readHttpCorsConfiguration(cors.members(), Spelling::PascalCase, u"CorsConfiguration"_s,
                                  config, context);
    }

    const HttpApiParts parts = all.http.value(api.id);
    QHash<QString, QString> headerOfAuthorizer;
    for (const Resource &authorizer : parts.authorizers) {
        const Value source = authorizer.properties().child(u"IdentitySource"_s);
        const QStringList sources =
            source.isSequence()
                ? context.stringList(source, Field::Authorizer).value_or(QStringList())
                : QStringList{source.text()};
        headerOfAuthorizer.insert(authorizer.id,
                                  headerOfIdentitySource(sources.join(u','), httpHeaderSource));
    }
    // A preflight takes the OPTIONS route when there is one, else the ANY route; an authorizer
    // on the route it takes sees a request without a token.
    bool anyAuthorized = false;
    bool optionsOpen = false;
    RouteCollector routes;
    for (const Resource &route : parts.routes) {
        const Value routeProperties = route.properties();
        const QString key = routeProperties.child(u"RouteKey"_s).text();
        const QString authorization = routeProperties.child(u"AuthorizationType"_s).text();
        const bool authorized = !authorization.isEmpty() && authorization != u"NONE";
        if (authorized) {
            const QString header =
                headerOfAuthorizer.value(referencedId(routeProperties.child(u"AuthorizerId"_s)));
            if (!header.isEmpty()) {
                config.authorizer = header;
            }
        }
        if (key == defaultRoutePath) {
            routes.add(key, anyMethod, authorized);
        } else if (key.contains(u' ')) {
            routes.add(key.section(u' ', 1), key.section(u' ', 0, 0), authorized);
        }
        if ((key.startsWith(u"ANY "_s) || key == u"$default") && authorized) {
            anyAuthorized = true;
        } else if (key.startsWith(u"OPTIONS "_s) && !authorized) {
            optionsOpen = true;
        }
    }
    config.authorizePreflight = config.authorizePreflight || (anyAuthorized && !optionsOpen);
    if (config.authorizer.isEmpty() && !parts.authorizers.isEmpty()) {
        // An authorizer no route uses: the API has one, every route is public.
        config.authorizer = headerOfAuthorizer.value(parts.authorizers.first().id);
    }
    if (!routes.isEmpty()) {
        routes.finish(config);
    }
}

} // namespace

QString referencedId(const Value &value)
{
    if (value.intrinsicFunction() == u"Ref") {
        return (value.isMap() ? value.members().value(0).second : value).text();
    }
    return getAttPart(value, 0);
}

void readHttpCorsConfiguration(const QList<std::pair<QString, Value>> &members, Spelling spelling,
                               const QString &container, CorsConfig &config, ImportContext &context)
{
    // CorsConfiguration's properties are the project's keys (AllowOrigins is allowOrigins),
    // in PascalCase in CloudFormation and camelCase in Serverless.
    const auto fieldOf = [spelling](const QString &key) -> std::optional<Field> {
        if (key.isEmpty() || key.front().isUpper() != (spelling == Spelling::PascalCase)) {
            return std::nullopt;
        }
        constexpr std::array properties{Field::AllowOrigins, Field::AllowMethods,
                                        Field::AllowHeaders, Field::ExposeHeaders,
                                        Field::MaxAge,       Field::AllowCredentials};
        const std::optional<Field> field =
            fieldFromKey(QString(key.front().toLower() + key.mid(1)));
        if (field && std::find(properties.begin(), properties.end(), *field) != properties.end()) {
            return field;
        }
        return std::nullopt;
    };
    for (const auto &[key, value] : members) {
        const std::optional<Field> field = fieldOf(key);
        if (!field) {
            context.unmapped(
                value, CloudFormationImport::tr("%1 has no property '%2'.").arg(container, key));
        } else if (QStringList *list = stringEntries(config, *field)) {
            *list = context.stringList(value, *field).value_or(*list);
        } else if (bool *flag = flagField(config, *field)) {
            *flag = context.boolean(value, *field).value_or(*flag);
        } else if (const auto seconds = context.integer(value, Field::MaxAge)) {
            config.maxAge = seconds;
        }
    }
}

void readInlineOpenApi(const Value &definition, CorsConfig &config, ImportContext &context)
{
    if (definition.isMap() && definition.intrinsicFunction().isEmpty()) {
        readOpenApi(definition, config, context);
    } else if (!definition.isMissing()) {
        context.unmapped(definition,
                         CloudFormationImport::tr("the inline OpenAPI definition is %1, not a "
                                                  "literal mapping; its CORS settings are not "
                                                  "read.")
                             .arg(definition.excerpt()));
    }
}

QList<ApiSource> cloudFormationApis(const Value &root)
{
    const auto all = std::make_shared<TemplateResources>(collect(root));
    QList<ApiSource> sources;
    QStringList known;
    for (const Resource &api : all->apis) {
        known.append(api.id);
        const Value properties = api.properties();
        if (api.type() == u"AWS::ApiGateway::RestApi") {
            sources.append({ApiCandidate{api.id, ApiType::Rest, api.type(), api.value.position()},
                            [all, api](CorsConfig &config, ImportContext &context) {
                                readRestApi(api.id, &api, *all, config, context);
                            }});
        } else if (properties.child(u"ProtocolType"_s).text() != u"WEBSOCKET") {
            sources.append({ApiCandidate{api.id, ApiType::Http, api.type(), api.value.position()},
                            [all, api](CorsConfig &config, ImportContext &context) {
                                readHttpApi(api, *all, config, context);
                            }});
        }
    }
    // OPTIONS methods of an API defined in another stack (RestApiId: !ImportValue ...).
    for (const QString &api : all->restOrder) {
        if (known.contains(api)) {
            continue;
        }
        const Value first = all->rest.value(api).first();
        sources.append({ApiCandidate{api, ApiType::Rest,
                                     CloudFormationImport::tr("AWS::ApiGateway::Method (API "
                                                              "defined elsewhere)"),
                                     first.position()},
                        [all, api](CorsConfig &config, ImportContext &context) {
                            readRestApi(api, nullptr, *all, config, context);
                        }});
    }
    return sources;
}

} // namespace cors::templateimport::detail
