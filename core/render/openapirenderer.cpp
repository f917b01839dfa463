// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corsvalues.h"
#include "doctree.h"
#include "renderers.h"

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
    node.set(u"description"_s, generatedBy(config));
    node.set(u"version"_s, "1.0.0");
    return node;
}

Node mockIntegration(const HeaderList &headers)
{
    Node integration = Node::object();
    integration.set(u"type"_s, "mock");
    integration.set(u"requestTemplates"_s, Node::object())
        .set(u"application/json"_s, "{\"statusCode\": 200}");
    integration.set(u"passthroughBehavior"_s, "when_no_match");
    Node &response =
        integration.set(u"responses"_s, Node::object()).set(u"default"_s, Node::object());
    response.set(u"statusCode"_s, "200");
    Node &parameters = response.set(u"responseParameters"_s, Node::object());
    for (const auto &[name, value] : headers) {
        parameters.set(u"method.response.header."_s + name, staticValue(value));
    }
    response.set(u"responseTemplates"_s, Node::object()).set(u"application/json"_s, "");
    return integration;
}

Node preflightOperation(const CorsConfig &config, Dialect dialect, const QString &operationId)
{
    const HeaderList headers = CorsValues(config).preflightHeaders();
    Node operation = Node::object();
    operation.set(u"operationId"_s, operationId);
    operation.set(u"summary"_s, "CORS preflight");
    operation.set(u"description"_s,
                  dialect == Dialect::OpenApi3
                      ? "Answers the browser's preflight with static CORS headers from a MOCK "
                        "integration, without calling any backend."
                      : "Answers the browser's preflight with static CORS headers from a MOCK "
                        "integration, without calling any backend. Give every path of the API "
                        "this options operation.");
    operation.set(u"tags"_s, Node::stringArray({u"CORS"_s}));
    if (dialect == Dialect::Swagger2) {
        operation.set(u"produces"_s, Node::stringArray({u"application/json"_s}));
    }
    if (config.hasAuthorizer() || config.apiKeyRequired) {
        operation.set(u"security"_s, Node::array(),
                      u"Browsers send preflights without tokens or API keys."_s);
    }
    Node &ok = operation.set(u"responses"_s, Node::object()).set(u"200"_s, Node::object());
    ok.set(u"description"_s, "CORS preflight response");
    Node &responseHeaders = ok.set(u"headers"_s, Node::object());
    for (const auto &header : headers) {
        Node &headerNode = responseHeaders.set(header.first, Node::object());
        if (dialect == Dialect::Swagger2) {
            headerNode.set(u"type"_s, "string");
        } else {
            headerNode.set(u"schema"_s, Node::object()).set(u"type"_s, "string");
        }
    }
    operation.set(u"x-amazon-apigateway-integration"_s, mockIntegration(headers),
                  u"A MOCK integration: the static CORS headers, no backend call."_s);
    return operation;
}

Node gatewayResponses(const CorsConfig &config)
{
    const HeaderList headers = CorsValues(config).gatewayResponseHeaders();
    Node responses = Node::object();
    for (const char *type : {"DEFAULT_4XX", "DEFAULT_5XX"}) {
        Node &parameters = responses.set(QString::fromLatin1(type), Node::object())
                               .set(u"responseParameters"_s, Node::object());
        for (const auto &[name, value] : headers) {
            parameters.set(u"gatewayresponse.header."_s + name, staticValue(value));
        }
    }
    return responses;
}

Node httpCors(const CorsConfig &config)
{
    Node cors = Node::object();
    const auto list = [&cors](const QString &name, const QStringList &entries) {
        if (!entries.isEmpty()) {
            cors.set(name, Node::stringArray(entries));
        }
    };
    list(u"allowOrigins"_s, config.allowOrigins);
    list(u"allowMethods"_s, config.allowMethods);
    list(u"allowHeaders"_s, config.allowHeaders);
    list(u"exposeHeaders"_s, config.exposeHeaders);
    if (config.maxAge) {
        cors.set(u"maxAge"_s, *config.maxAge);
    }
    if (config.allowCredentials) {
        cors.set(u"allowCredentials"_s, true);
    }
    return cors;
}

Node document(const CorsConfig &config, Dialect dialect)
{
    Node doc = Node::object();
    if (dialect == Dialect::OpenApi3) {
        doc.set(u"openapi"_s, "3.0.1");
    } else {
        doc.set(u"swagger"_s, "2.0");
    }
    doc.set(u"info"_s, info(config));
    Node &tag = doc.set(u"tags"_s, Node::array()).append(Node::object());
    tag.set(u"name"_s, "CORS");
    tag.set(u"description"_s, "Cross-origin resource sharing for browsers.");

    if (config.apiType == ApiType::Http) {
        // HTTP APIs: API Gateway answers preflights itself from this configuration and adds
        // the headers to every response; CORS headers from integrations are ignored.
        doc.set(u"x-amazon-apigateway-cors"_s, httpCors(config),
                u"API Gateway answers preflights itself and adds these headers to every "
                u"response; it ignores CORS headers the integration returns."_s);
        doc.set(u"paths"_s, Node::object());
        return doc;
    }

    Node &paths = doc.set(u"paths"_s, Node::object());
    paths.set(u"/"_s, Node::object())
        .set(u"options"_s, preflightOperation(config, dialect, u"corsPreflightRoot"_s));
    if (dialect == Dialect::OpenApi3) {
        // A greedy path catches the preflight for every path without a resource of its own.
        // Its {cors+} placeholder is API Gateway syntax, not an OpenAPI parameter, so it is not
        // declared as one. Swagger 2.0 requires every placeholder to be declared, under a name
        // that cannot contain "+", so there each path gets the operation instead.
        paths
            .set(u"/{cors+}"_s, Node::object(),
                 u"Greedy: answers preflights for every path without an options operation of "
                 u"its own."_s)
            .set(u"options"_s, preflightOperation(config, dialect, u"corsPreflightProxy"_s));
    }
    if (config.gatewayResponses) {
        // Errors API Gateway sends itself need CORS headers too, or the browser hides them.
        doc.set(u"x-amazon-apigateway-gateway-responses"_s, gatewayResponses(config),
                u"Errors API Gateway sends itself (authorizer denial, throttling, timeouts) need "
                u"CORS headers too, or the browser hides them behind a CORS error."_s);
    }
    return doc;
}

} // namespace

QByteArray renderOpenApi(const CorsConfig &config)
{
    return document(config, Dialect::OpenApi3).toYaml(generatedBy(config));
}

QByteArray renderSwagger(const CorsConfig &config)
{
    return document(config, Dialect::Swagger2).toJson();
}

} // namespace cors::render::detail
