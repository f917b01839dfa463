// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apishape.h"
#include "corsvalues.h"
#include "doctree.h"
#include "renderers.h"
#include "templateparts.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace cors::render::detail {

namespace {

enum class Dialect
{
    OpenApi3,
    Swagger2,
};

Node info(const CorsConfig &config)
{
    Node node = Node::object();
    node.set(u"title"_s,
             config.apiType == ApiType::Rest ? "REST API with CORS" : "HTTP API with CORS");
    node.set(u"description"_s,
             config.stages.isEmpty()
                 ? generatedBy(config)
                 : generatedBy(config) +
                       u" Stage %1: this document carries that stage's origins (corscfg render "
                       u"--stage NAME writes another stage's)."_s.arg(config.stages.first().name));
    node.set(u"version"_s, "1.0.0");
    return node;
}

Node mockIntegration(const PreflightAnswer &answer, const QString &templateWhy,
                     bool fromStageMapping)
{
    Node integration = Node::object();
    integration.set(u"type"_s, "mock");
    integration.set(u"requestTemplates"_s, Node::object())
        .set(u"application/json"_s, "{\"statusCode\": 200}");
    integration.set(u"passthroughBehavior"_s, "when_no_match");
    // AWS: "Working with binary media types": with */* binary, a MOCK needs CONVERT_TO_TEXT.
    integration.set(u"contentHandling"_s, "CONVERT_TO_TEXT");
    Node &response =
        integration.set(u"responses"_s, Node::object()).set(u"default"_s, Node::object());
    response.set(u"statusCode"_s, "200");
    Node &parameters = response.set(u"responseParameters"_s, Node::object());
    for (const auto &[name, value] : answer.staticHeaders) {
        parameters.set(u"method.response.header."_s + name, staticValue(value));
    }
    response.set(u"responseTemplates"_s, Node::object())
        .set(u"application/json"_s,
             fromStageMapping ? parts::stageValue(u"PreflightTemplate"_s)
                              : Node(answer.mappingTemplate),
             templateWhy);
    return integration;
}

/// The security requirement of an operation the API's authorizer or API key guards.
Node securityOf(const CorsConfig &config, bool authorized)
{
    const bool apiKey = config.apiKeyRequired && config.apiType == ApiType::Rest;
    Node security = Node::array();
    if (!authorized && !apiKey) {
        return security;
    }
    Node &requirement = security.append(Node::object());
    if (authorized) {
        requirement.set(u"TokenAuthorizer"_s, Node::array());
    }
    if (apiKey) {
        requirement.set(u"api_key"_s, Node::array());
    }
    return security;
}

/// What a path's options operation shares with every path allowing the same methods: the
/// declared response headers and the MOCK integration.
struct PreflightParts
{
    Node responses;
    Node integration;
    bool selectsOrigin = false; ///< several origins: a mapping template picks the request's
};

PreflightParts preflightParts(const CorsValues &values, Dialect dialect,
                              const QStringList &allowMethods, bool fromStageMapping)
{
    const PreflightAnswer answer = values.preflightAnswer(allowMethods.join(u','));
    PreflightParts parts;
    Node &ok = parts.responses.set(u"200"_s, Node::object());
    ok.set(u"description"_s, "CORS preflight response");
    Node &responseHeaders = ok.set(u"headers"_s, Node::object());
    for (const QString &header : answer.declaredHeaders) {
        Node &headerNode = responseHeaders.set(header, Node::object());
        if (dialect == Dialect::Swagger2) {
            headerNode.set(u"type"_s, "string");
        } else {
            headerNode.set(u"schema"_s, Node::object()).set(u"type"_s, "string");
        }
    }
    return {
        Node::shared(parts.responses),
        Node::shared(mockIntegration(answer, parts::originTemplateWhy(values), fromStageMapping)),
        values.selectsOrigin()};
}

Node preflightOperation(const CorsConfig &config, Dialect dialect, const PathPreflight &preflight,
                        const PreflightParts &parts)
{
    Node operation = Node::object();
    operation.set(u"operationId"_s, u"corsPreflight"_s + pathName(preflight.path));
    operation.set(u"summary"_s, "CORS preflight");
    operation.set(u"description"_s,
                  parts.selectsOrigin
                      ? "Answers the browser's preflight from a MOCK integration, without calling "
                        "any backend: static CORS headers, and the request's origin when it is "
                        "one of the allowed origins."
                      : "Answers the browser's preflight with static CORS headers from a MOCK "
                        "integration, without calling any backend.");
    operation.set(u"tags"_s, Node::stringArray({u"CORS"_s}));
    if (dialect == Dialect::Swagger2) {
        operation.set(u"produces"_s, Node::stringArray({u"application/json"_s}));
    }
    if (config.hasAuthorizer() || config.apiKeyRequired) {
        operation.set(u"security"_s, Node::array(),
                      u"Browsers send preflights without tokens or API keys."_s);
    }
    operation.set(u"responses"_s, parts.responses);
    operation.set(u"x-amazon-apigateway-integration"_s, parts.integration,
                  parts.selectsOrigin
                      ? u"A MOCK integration: the CORS headers, no backend call."_s
                      : u"A MOCK integration: the static CORS headers, no backend call."_s);
    return operation;
}

/// The path's {name} parameters. A greedy {proxy+} is declared as "proxy+", the placeholder's
/// text, as OpenAPI's path templating matches names (OpenAPI 3.0.3 "Path Templating"); API
/// Gateway exports HTTP APIs the same way.
Node pathParameters(const QString &path, Dialect dialect)
{
    Node parameters = Node::array();
    for (const QString &segment : pathSegments(path)) {
        if (!isVariableSegment(segment)) {
            continue;
        }
        Node &parameter = parameters.append(Node::object());
        parameter.set(u"name"_s, segment.mid(1, segment.size() - 2));
        parameter.set(u"in"_s, "path");
        parameter.set(u"required"_s, true);
        if (dialect == Dialect::Swagger2) {
            parameter.set(u"type"_s, "string");
        } else {
            parameter.set(u"schema"_s, Node::object()).set(u"type"_s, "string");
        }
    }
    return parameters;
}

/// What every route's operation has in common, built once per document: copies of a Node share
/// their members, so 500 operations do not build (and free) 500 identical subtrees.
struct OperationParts
{
    Node produces;
    Node authorizedSecurity;
    Node publicSecurity;
    Node responses;
    Node integration;
};

OperationParts operationParts(const CorsConfig &config)
{
    const bool rest = config.apiType == ApiType::Rest;
    OperationParts parts;
    parts.produces = Node::shared(Node::stringArray({u"application/json"_s}));
    parts.authorizedSecurity = Node::shared(securityOf(config, true));
    parts.publicSecurity = Node::shared(securityOf(config, false));
    parts.responses.set(u"200"_s, Node::object()).set(u"description"_s, "The function's response");
    parts.integration.set(u"type"_s, "aws_proxy");
    parts.integration.set(u"httpMethod"_s, "POST");
    const QString function = u"arn:aws:lambda:us-east-1:123456789012:function:api-function"_s;
    parts.integration.set(u"uri"_s, rest ? QString(u"arn:aws:apigateway:us-east-1:lambda:path/"
                                                   u"2015-03-31/functions/"_s +
                                                   function + u"/invocations"_s)
                                         : function);
    if (!rest) {
        parts.integration.set(u"payloadFormatVersion"_s, "2.0");
    }
    parts.responses = Node::shared(parts.responses);
    parts.integration = Node::shared(parts.integration);
    return parts;
}

/// The user's operation: a Lambda proxy integration.
/// `pathWord` is pathName() of the operation's path ("Default" for $default).
Node routeOperation(const CorsConfig &config, const OperationParts &parts, Dialect dialect,
                    const QString &pathWord, const QString &method, bool authorized)
{
    const bool rest = config.apiType == ApiType::Rest;
    Node operation = Node::object();
    operation.set(u"operationId"_s, method.toLower() + pathWord);
    if (dialect == Dialect::Swagger2) {
        operation.set(u"produces"_s, parts.produces);
    }
    if (config.hasAuthorizer() || (rest && config.apiKeyRequired)) {
        operation.set(u"security"_s, authorized ? parts.authorizedSecurity : parts.publicSecurity,
                      authorized ? QString() : u"Public: no authorizer."_s);
    }
    operation.set(u"responses"_s, parts.responses);
    operation.set(u"x-amazon-apigateway-integration"_s, parts.integration);
    return operation;
}

QString operationKey(const QString &method)
{
    return method == anyMethod ? u"x-amazon-apigateway-any-method"_s : method.toLower();
}

Node &pathItem(Node &paths, const QString &path, Dialect dialect)
{
    Node &item = paths.set(path, Node::object());
    if (Node parameters = pathParameters(path, dialect); !isEmpty(parameters)) {
        item.set(u"parameters"_s, std::move(parameters));
    }
    return item;
}

/// What restPaths() writes of each path: its operations, or only its preflight (SAM's
/// DefinitionBody, to which SAM adds each function event's operation).
enum class PathContent
{
    Everything,
    PreflightsOnly,
};

Node restPaths(const CorsConfig &config, Dialect dialect,
               PathContent content = PathContent::Everything)
{
    const ApiShape shape = apiShape(config);
    const OperationParts parts = operationParts(config);
    // The routes' own operations; none for SAM, which adds them from the function's events.
    QHash<QString, QList<const RestMethod *>> methodsOf;
    if (content == PathContent::Everything) {
        for (const RestMethod &method : shape.methods) {
            methodsOf[method.path].append(&method);
        }
    }
    const CorsValues values(config);
    QHash<QStringList, PreflightParts> partsOf;
    Node paths = Node::object();
    for (const PathPreflight &preflight : shape.preflights) {
        Node &item = pathItem(paths, preflight.path, dialect);
        const QString pathWord = pathName(preflight.path);
        for (const RestMethod *method : methodsOf.value(preflight.path)) {
            item.set(operationKey(method->method),
                     routeOperation(config, parts, dialect, pathWord, method->method,
                                    method->authorized));
        }
        auto it = partsOf.find(preflight.allowMethods);
        if (it == partsOf.end()) {
            // SAM's DefinitionBody holds every stage: the template is the deployed stage's.
            const bool fromStageMapping =
                content == PathContent::PreflightsOnly && !config.stages.isEmpty();
            it = partsOf.insert(
                preflight.allowMethods,
                preflightParts(values, dialect, preflight.allowMethods, fromStageMapping));
        }
        item.set(u"options"_s, preflightOperation(config, dialect, preflight, *it));
    }
    return paths;
}

Node httpPaths(const CorsConfig &config, Dialect dialect)
{
    const OperationParts parts = operationParts(config);
    QStringList order;
    QHash<QString, QList<HttpRoute>> byPath;
    for (const HttpRoute &route : apiShape(config).httpRoutes) {
        if (!byPath.contains(route.path)) {
            order.append(route.path);
        }
        byPath[route.path].append(route);
    }
    Node paths = Node::object();
    for (const QString &path : order) {
        // AWS: "x-amazon-apigateway-any-method object": the $default route is the path
        // "/$default" with isDefaultRoute.
        const bool catchAll = path == defaultRoutePath;
        Node &item = pathItem(paths, catchAll ? u"/"_s + path : path, dialect);
        const QString pathWord = catchAll ? u"Default"_s : pathName(path);
        for (const HttpRoute &route : byPath.value(path)) {
            Node operation =
                routeOperation(config, parts, dialect, pathWord, route.method, route.authorized);
            if (catchAll) {
                operation.set(u"isDefaultRoute"_s, true);
            }
            item.set(operationKey(route.method), std::move(operation),
                     route.preflightOnly ? preflightRouteWhy() : QString());
        }
    }
    return paths;
}

Node securitySchemes(const CorsConfig &config)
{
    const bool rest = config.apiType == ApiType::Rest;
    Node schemes = Node::object();
    if (config.hasAuthorizer()) {
        Node &scheme = schemes.set(u"TokenAuthorizer"_s, Node::object());
        scheme.set(u"type"_s, "apiKey");
        scheme.set(u"name"_s, config.authorizer);
        scheme.set(u"in"_s, "header");
        scheme.set(u"x-amazon-apigateway-authtype"_s, "custom");
        Node &authorizer = scheme.set(u"x-amazon-apigateway-authorizer"_s, Node::object(),
                                      u"Replace the authorizerUri with your authorizer's."_s);
        authorizer.set(u"type"_s, rest ? "token" : "request");
        authorizer.set(u"authorizerUri"_s,
                       "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
                       "arn:aws:lambda:us-east-1:123456789012:function:authorizer/invocations");
        authorizer.set(u"identitySource"_s,
                       QString((rest ? u"method.request.header."_s : u"$request.header."_s) +
                               config.authorizer));
        if (!rest) {
            authorizer.set(u"authorizerPayloadFormatVersion"_s, "2.0");
            authorizer.set(u"enableSimpleResponses"_s, true);
        }
    }
    if (config.apiKeyRequired && rest) {
        Node &scheme = schemes.set(u"api_key"_s, Node::object());
        scheme.set(u"type"_s, "apiKey");
        scheme.set(u"name"_s, "x-api-key");
        scheme.set(u"in"_s, "header");
    }
    return schemes;
}

Node gatewayResponses(const CorsConfig &config)
{
    const Node headers = parts::gatewayResponseHeaders(config, u"gatewayresponse.header."_s);
    Node responses = Node::object();
    for (const QString &type : parts::gatewayResponseTypes()) {
        responses.set(type, Node::object()).set(u"responseParameters"_s, headers);
    }
    return responses;
}

Node document(const CorsConfig &config, Dialect dialect)
{
    const bool rest = config.apiType == ApiType::Rest;
    Node doc = Node::object();
    if (dialect == Dialect::OpenApi3) {
        doc.set(u"openapi"_s, "3.0.1");
    } else {
        doc.set(u"swagger"_s, "2.0");
    }
    Node &about = doc.set(u"info"_s, info(config));
    if (!rest && dialect == Dialect::Swagger2) {
        // AWS: "Working with OpenAPI definitions for HTTP APIs": HTTP APIs import OpenAPI 3.0.
        about.set(u"x-note"_s, "API Gateway imports HTTP APIs from OpenAPI 3.0 only: import "
                               "openapi.yaml. This Swagger 2.0 file describes the same routes "
                               "for tools that read Swagger 2.0.");
    }
    Node &tag = doc.set(u"tags"_s, Node::array()).append(Node::object());
    tag.set(u"name"_s, "CORS");
    tag.set(u"description"_s, "Cross-origin resource sharing for browsers.");
    if (!rest) {
        // HTTP APIs: API Gateway answers preflights itself from this configuration and adds
        // the headers to every response; CORS headers from integrations are ignored.
        doc.set(u"x-amazon-apigateway-cors"_s,
                parts::httpCorsConfiguration(config, parts::Spelling::CamelCase),
                u"API Gateway answers preflights itself and adds these headers to every "
                u"response; it ignores CORS headers the integration returns."_s);
    }
    doc.set(u"paths"_s, rest ? restPaths(config, dialect) : httpPaths(config, dialect),
            u"Lambda proxy integrations: replace each uri with your function's (region, account, "
            u"name)."_s);
    if (Node schemes = securitySchemes(config); !isEmpty(schemes)) {
        if (dialect == Dialect::OpenApi3) {
            doc.set(u"components"_s, Node::object()).set(u"securitySchemes"_s, std::move(schemes));
        } else {
            doc.set(u"securityDefinitions"_s, std::move(schemes));
        }
    }
    if (rest && config.gatewayResponses) {
        doc.set(u"x-amazon-apigateway-gateway-responses"_s, gatewayResponses(config),
                parts::gatewayResponsesWhy(CorsValues(config)));
    }
    return doc;
}

} // namespace

Node openApiPreflightPaths(const CorsConfig &config)
{
    return restPaths(config, Dialect::OpenApi3, PathContent::PreflightsOnly);
}

namespace {

/// An OpenAPI document describes one deployed API, so with several stages it is the first
/// stage's (`corscfg render --stage NAME` picks another); its info says which.
Node stageDocument(const CorsConfig &config, Dialect dialect)
{
    return document(config.stages.isEmpty() ? config : config.forStage(config.stages.first()),
                    dialect);
}

} // namespace

QByteArray renderOpenApi(const CorsConfig &config)
{
    return stageDocument(config, Dialect::OpenApi3).toYaml(generatedBy(config));
}

QByteArray renderSwagger(const CorsConfig &config)
{
    return stageDocument(config, Dialect::Swagger2).toJson();
}

} // namespace cors::render::detail
