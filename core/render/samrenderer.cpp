// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apishape.h"
#include "corsvalues.h"
#include "renderers.h"
#include "templateparts.h"

using namespace Qt::StringLiterals;

namespace cors::render::detail {

namespace {

using namespace parts;

Node restCors(const CorsConfig &config)
{
    const CorsValues values(config);
    Node cors = Node::object();
    cors.set(u"AllowOrigin"_s, staticValue(values.allowOrigin));
    // Left out, SAM would fill in every method of each path.
    cors.set(u"AllowMethods"_s, staticValue(values.allowMethods),
             values.allowMethods.isEmpty() ? u"Empty on purpose: without AllowMethods SAM would "
                                             u"allow every method of each path."_s
                                           : QString());
    if (!values.allowHeaders.isEmpty()) {
        cors.set(u"AllowHeaders"_s, staticValue(values.allowHeaders));
    }
    if (!values.maxAge.isEmpty()) {
        cors.set(u"MaxAge"_s, staticValue(values.maxAge));
    }
    if (config.allowCredentials) {
        cors.set(u"AllowCredentials"_s, true);
    }
    return cors;
}

Node authorizerFunction(const CorsConfig &config, bool rest)
{
    Node authorizer = Node::object();
    authorizer.set(u"FunctionArn"_s, ref(u"AuthorizerFunctionArn"_s));
    Node &identity = authorizer.set(u"Identity"_s, Node::object());
    if (rest) {
        identity.set(u"Header"_s, config.authorizer);
    } else {
        identity.set(u"Headers"_s, Node::stringArray({config.authorizer}));
        authorizer.set(u"AuthorizerPayloadFormatVersion"_s, "2.0");
        authorizer.set(u"EnableSimpleResponses"_s, true);
    }
    return authorizer;
}

Node restAuth(const CorsConfig &config)
{
    Node auth = Node::object();
    if (config.hasAuthorizer()) {
        auth.set(u"DefaultAuthorizer"_s, "TokenAuthorizer");
        auth.set(u"Authorizers"_s, Node::object())
            .set(u"TokenAuthorizer"_s, authorizerFunction(config, true));
        auth.set(u"AddDefaultAuthorizerToCorsPreflight"_s, false);
    }
    if (config.apiKeyRequired) {
        auth.set(u"ApiKeyRequired"_s, true);
        auth.set(u"AddApiKeyRequiredToCorsPreflight"_s, false);
        // SAM "ApiUsagePlan": PER_API creates a usage plan, an API key and the key's link.
        auth.set(u"UsagePlan"_s, Node::object(),
                 u"Without a usage plan and a key every call is refused with 403."_s)
            .set(u"CreateUsagePlan"_s, "PER_API");
    }
    return auth;
}

Node restGlobals(const CorsConfig &config)
{
    Node api = Node::object();
    // SAM "AWS::Serverless::Api": without OpenApiVersion SAM also creates a stage named Stage.
    api.set(u"OpenApiVersion"_s, "3.0.1");
    const CorsValues values(config);
    if (!values.selectsOrigin()) {
        api.set(u"Cors"_s, restCors(config),
                u"SAM adds an OPTIONS method (MOCK integration) to every path that answers the "
                u"browser's preflight with these static values."_s);
    }
    if (config.hasAuthorizer() || config.apiKeyRequired) {
        api.set(u"Auth"_s, restAuth(config),
                u"Browsers never send the token or API key on a preflight: keep OPTIONS free of "
                u"the authorizer and the API key, or every preflight fails."_s);
    }
    if (config.gatewayResponses) {
        Node &responses =
            api.set(u"GatewayResponses"_s, Node::object(), gatewayResponsesWhy(values));
        for (const QString &type : gatewayResponseTypes()) {
            responses.set(type, Node::object())
                .set(u"ResponseParameters"_s, Node::object())
                .set(u"Headers"_s, gatewayResponseHeaders(config, {}, stagedErrorOrigin(config)));
        }
    }
    return api;
}

Node httpGlobals(const CorsConfig &config)
{
    Node api = Node::object();
    api.set(u"CorsConfiguration"_s,
            httpCorsConfiguration(config, Spelling::PascalCase, !config.stages.isEmpty()),
            u"API Gateway answers preflights itself and adds these headers to every response; "
            u"it ignores CORS headers the function returns."_s);
    if (config.hasAuthorizer()) {
        Node &auth = api.set(u"Auth"_s, Node::object());
        auth.set(u"DefaultAuthorizer"_s, "LambdaAuthorizer");
        auth.set(u"Authorizers"_s, Node::object())
            .set(u"LambdaAuthorizer"_s, authorizerFunction(config, false));
    }
    return api;
}

/// What every function event shares: the API it names and, on a public route, Auth.
struct EventParts
{
    QString apiKey;
    Node api;
    Node open;
};

EventParts eventParts(const CorsConfig &config)
{
    const bool rest = config.apiType == ApiType::Rest;
    Node open = Node::object();
    open.set(u"Authorizer"_s, "NONE");
    return {rest ? u"RestApiId"_s : u"ApiId"_s, ref(rest ? u"Api"_s : u"HttpApi"_s),
            Node::shared(open)};
}

Node event(const CorsConfig &config, const EventParts &parts, const QString &path,
           const QString &method, bool open)
{
    const bool rest = config.apiType == ApiType::Rest;
    Node node = Node::object();
    node.set(u"Type"_s, rest ? u"Api"_s : u"HttpApi"_s);
    Node &properties = node.set(u"Properties"_s, Node::object());
    properties.set(parts.apiKey, parts.api);
    if (path != defaultRoutePath) { // SAM: an HttpApi event without Path and Method is $default
        properties.set(u"Path"_s, path);
        properties.set(u"Method"_s, method);
    }
    if (!rest) {
        properties.set(u"PayloadFormatVersion"_s, u"2.0"_s);
    }
    if (open && config.hasAuthorizer()) {
        properties.set(u"Auth"_s, parts.open);
    }
    return node;
}

Node events(const CorsConfig &config)
{
    const ApiShape shape = apiShape(config);
    const EventParts parts = eventParts(config);
    Node node = Node::object();
    if (config.apiType == ApiType::Rest) {
        for (const RestMethod &method : shape.methods) {
            node.set(method.name,
                     event(config, parts, method.path, method.method, !method.authorized));
        }
        return node;
    }
    for (const HttpRoute &route : shape.httpRoutes) {
        node.set(route.name, event(config, parts, route.path, route.method, !route.authorized),
                 route.preflightOnly ? preflightRouteWhy() : QString());
    }
    return node;
}

/// An OpenAPI 3.0 document with the API's preflights only.
Node preflightDefinition(const CorsConfig &config)
{
    Node definition = Node::object();
    definition.set(u"openapi"_s, "3.0.1");
    Node &info = definition.set(u"info"_s, Node::object());
    info.set(u"title"_s, "REST API with CORS");
    info.set(u"version"_s, "1.0.0");
    definition.set(u"paths"_s, openApiPreflightPaths(config));
    return definition;
}

Node resources(const CorsConfig &config)
{
    const bool rest = config.apiType == ApiType::Rest;
    Node node = Node::object();
    Node &api = node.set(rest ? u"Api"_s : u"HttpApi"_s, Node::object());
    api.set(u"Type"_s, rest ? "AWS::Serverless::Api" : "AWS::Serverless::HttpApi");
    Node &apiProperties = api.set(u"Properties"_s, Node::object());
    const bool staged = !config.stages.isEmpty();
    if (staged) {
        apiProperties.set(u"StageName"_s, ref(stageParameterName()));
    }
    if (rest) {
        if (!staged) {
            apiProperties.set(u"StageName"_s, "prod");
        }
        if (CorsValues(config).selectsOrigin()) {
            apiProperties.set(u"DefinitionBody"_s, preflightDefinition(config),
                              u"Several origins: SAM's Cors takes one static origin, so the "
                              u"OPTIONS methods are defined here with a mapping template that "
                              u"echoes an allowed origin. SAM adds every function event's method "
                              u"to these paths. If your Api already has a DefinitionBody, merge "
                              u"these options operations into its paths (a DefinitionUri file "
                              u"is not edited by SAM: add your methods there too)."_s);
        }
    } else {
        apiProperties.set(u"Description"_s, "HTTP API with CORS");
    }
    Node &function = node.set(u"ApiFunction"_s, Node::object());
    function.set(u"Type"_s, "AWS::Serverless::Function");
    Node &properties = function.set(u"Properties"_s, Node::object());
    properties.set(u"Runtime"_s, "nodejs24.x");
    properties.set(u"Handler"_s, "handler.handler");
    properties.set(u"CodeUri"_s, ".");
    if (rest && staged) {
        properties.set(u"Environment"_s, Node::object())
            .set(u"Variables"_s, Node::object())
            .set(u"ALLOWED_ORIGINS"_s, stageValue(u"AllowedOrigins"_s),
                 u"The stage's origins, which the handler reads."_s);
    }
    properties.set(u"Events"_s, events(config));
    return node;
}

} // namespace

QByteArray renderSam(const CorsConfig &config)
{
    const bool rest = config.apiType == ApiType::Rest;
    Node doc = Node::object();
    doc.set(u"AWSTemplateFormatVersion"_s, "2010-09-09");
    doc.set(u"Transform"_s, "AWS::Serverless-2016-10-31");
    doc.set(u"Description"_s, rest ? "REST API with CORS" : "HTTP API with CORS");
    Node parameters = Node::object();
    if (config.hasAuthorizer()) {
        parameters.set(
            u"AuthorizerFunctionArn"_s,
            stringParameter(
                u"ARN of the Lambda authorizer that reads the %1 header"_s.arg(config.authorizer)));
    }
    if (!config.stages.isEmpty()) {
        parameters.set(stageParameterName(), stageParameter(config));
    }
    if (!isEmpty(parameters)) {
        doc.set(u"Parameters"_s, std::move(parameters));
    }
    if (!config.stages.isEmpty()) {
        doc.set(u"Mappings"_s, stageMappings(config));
    }
    Node &globals = doc.set(u"Globals"_s, Node::object());
    if (rest) {
        globals.set(u"Api"_s, restGlobals(config));
    } else {
        globals.set(u"HttpApi"_s, httpGlobals(config),
                    config.apiKeyRequired ? u"apiKeyRequired is left out: HTTP APIs have no API "
                                            u"keys (use a REST API, or an authorizer)."_s
                                          : QString());
    }
    doc.set(u"Resources"_s, resources(config));
    doc.set(u"Outputs"_s, Node::object())
        .set(u"ApiUrl"_s, Node::object())
        .set(u"Value"_s,
             sub((rest ? u"https://${Api}.execute-api.${AWS::Region}.${AWS::URLSuffix}/"_s
                       : u"https://${HttpApi}.execute-api.${AWS::Region}.${AWS::URLSuffix}/"_s) +
                 (!config.stages.isEmpty() ? u"${StageName}/"_s
                  : rest                   ? u"prod/"_s
                                           : QString())));
    return doc.toYaml(generatedBy(config));
}

} // namespace cors::render::detail
