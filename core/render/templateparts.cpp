// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "templateparts.h"

#include "origintemplate.h"

using namespace Qt::StringLiterals;

namespace cors::render::parts {

Node ref(const QString &name)
{
    return Node::tagged(Node::Intrinsic::Ref, name);
}

Node getAtt(const QString &name)
{
    return Node::tagged(Node::Intrinsic::GetAtt, name);
}

Node sub(const QString &text)
{
    return Node::tagged(Node::Intrinsic::Sub, text);
}

Node staticHeaders(const HeaderList &headers, const QString &prefix)
{
    Node map = Node::object();
    for (const auto &[name, value] : headers) {
        map.set(prefix + name, staticValue(value));
    }
    return map;
}

QStringList gatewayResponseTypes()
{
    return {u"DEFAULT_4XX"_s, u"DEFAULT_5XX"_s};
}

Node gatewayResponseHeaders(const CorsConfig &config, const QString &prefix,
                            const std::optional<Node> &stagedOrigin)
{
    if (!stagedOrigin) {
        return staticHeaders(CorsValues(config).gatewayResponseHeaders(), prefix);
    }
    Node headers = Node::object();
    for (const auto &[name, value] : CorsValues(config).gatewayResponseHeaders()) {
        headers.set(prefix + name, name == u"Access-Control-Allow-Origin"
                                       ? *stagedOrigin
                                       : Node(staticValue(value)));
    }
    return headers;
}

Node preflightIntegration(const PreflightAnswer &answer, Node responseTemplate,
                          const QString &templateWhy)
{
    Node integration = Node::object();
    integration.set(u"Type"_s, "MOCK");
    // AWS: "Working with binary media types": with */* binary, a MOCK without CONVERT_TO_TEXT
    // fails to turn its request template into the status code.
    integration.set(u"ContentHandling"_s, "CONVERT_TO_TEXT");
    integration.set(u"RequestTemplates"_s, Node::object())
        .set(u"application/json"_s, "{\"statusCode\": 200}");
    Node &response =
        integration.set(u"IntegrationResponses"_s, Node::array()).append(Node::object());
    response.set(u"StatusCode"_s, "200");
    response.set(u"ResponseParameters"_s,
                 staticHeaders(answer.staticHeaders, u"method.response.header."_s));
    response.set(u"ResponseTemplates"_s, Node::object())
        .set(u"application/json"_s, std::move(responseTemplate), templateWhy);
    return integration;
}

Node preflightMethodResponses(const PreflightAnswer &answer)
{
    Node responses = Node::array();
    Node &declared = responses.append(Node::object());
    declared.set(u"StatusCode"_s, "200");
    Node &parameters = declared.set(u"ResponseParameters"_s, Node::object());
    for (const QString &header : answer.declaredHeaders) {
        parameters.set(u"method.response.header."_s + header, true);
    }
    declared.set(u"ResponseModels"_s, Node::object()).set(u"application/json"_s, "Empty");
    return responses;
}

QString gatewayResponsesWhy(const CorsValues &values)
{
    const QString why =
        u"Errors API Gateway sends itself (authorizer denial, missing API key, unknown path, "
        u"throttling, timeouts) need CORS headers too, or the browser hides them behind a "
        u"CORS error."_s;
    if (!values.selectsOrigin()) {
        return why;
    }
    if (values.staged) {
        return why + u" Gateway responses take only static values, so they name the stage's "
                     u"first origin: the other origins' pages see these errors as CORS errors."_s;
    }
    return why +
           u" Gateway responses take only static values, so they name one origin, %1: "
           u"the other origins' pages see these errors as CORS errors."_s.arg(values.allowOrigin);
}

QString originTemplateWhy(const CorsValues &values)
{
    if (!values.selectsOrigin()) {
        return {};
    }
    return u"Several origins: this template sets Access-Control-Allow-Origin to the request's "
           u"Origin header only when it is exactly one of them; any other origin's preflight "
           u"gets no Access-Control-Allow-Origin, and the browser blocks it."_s;
}

Node httpCorsConfiguration(const CorsConfig &config, Spelling spelling, bool fromStageMapping)
{
    const auto name = [spelling](QString pascalCase) {
        if (spelling == Spelling::CamelCase) {
            pascalCase[0] = pascalCase[0].toLower();
        }
        return pascalCase;
    };
    Node cors = Node::object();
    const auto list = [&](const QString &key, const QStringList &entries) {
        if (!entries.isEmpty()) {
            cors.set(name(key), Node::stringArray(entries));
        }
    };
    if (fromStageMapping) {
        cors.set(name(u"AllowOrigins"_s), stageValue(u"AllowOrigins"_s));
    } else {
        list(u"AllowOrigins"_s, config.allowOrigins);
    }
    list(u"AllowMethods"_s, config.allowMethods);
    list(u"AllowHeaders"_s, config.allowHeaders);
    list(u"ExposeHeaders"_s, config.exposeHeaders);
    if (config.maxAge) {
        cors.set(name(u"MaxAge"_s), *config.maxAge);
    }
    if (config.allowCredentials) {
        cors.set(name(u"AllowCredentials"_s), true);
    }
    return cors;
}

Node lambdaInvokeUri(const QString &arnParameter)
{
    // AWS: "Set up Lambda proxy integrations": arn:aws:apigateway:{region}:lambda:path/
    // 2015-03-31/functions/{function ARN}/invocations, invoked with POST.
    return sub(u"arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/"
               u"functions/${%1}/invocations"_s.arg(arnParameter));
}

Node stringParameter(const QString &description)
{
    Node parameter = Node::object();
    parameter.set(u"Type"_s, "String");
    parameter.set(u"Description"_s, description);
    return parameter;
}

QString stageParameterName()
{
    return u"StageName"_s;
}

Node stageParameter(const CorsConfig &config)
{
    const QStringList names = stageNames(config.stages);
    Node parameter = Node::object();
    parameter.set(u"Type"_s, "String");
    parameter.set(u"Description"_s,
                  u"The stage this stack deploys (one stack per stage); its CORS origins come "
                  u"from the StageCors mapping."_s);
    parameter.set(u"AllowedValues"_s, Node::stringArray(names));
    parameter.set(u"Default"_s, names.value(0));
    return parameter;
}

Node stageMappings(const CorsConfig &config)
{
    const bool rest = config.apiType == ApiType::Rest;
    Node mapping = Node::object();
    for (const Stage &stage : config.stages) {
        const CorsConfig deployed = config.forStage(stage);
        Node &values = mapping.set(stage.name, Node::object());
        if (rest) {
            values.set(u"PreflightTemplate"_s, originSelectionTemplate(deployed.allowOrigins));
            values.set(u"ErrorOrigin"_s, staticValue(CorsValues(deployed).allowOrigin));
            values.set(u"AllowedOrigins"_s, deployed.allowOrigins.join(u','));
        } else {
            values.set(u"AllowOrigins"_s, Node::stringArray(deployed.allowOrigins));
        }
    }
    Node mappings = Node::object();
    mappings.set(u"StageCors"_s, std::move(mapping),
                 u"Each stage's CORS origins; the StageName parameter picks one."_s);
    return mappings;
}

std::optional<Node> stagedErrorOrigin(const CorsConfig &config)
{
    return config.stages.isEmpty() ? std::nullopt : std::optional(stageValue(u"ErrorOrigin"_s));
}

Node stageValue(const QString &key)
{
    Node arguments = Node::array();
    arguments.append(u"StageCors"_s);
    arguments.append(ref(stageParameterName()));
    arguments.append(key);
    return Node::tagged(Node::Intrinsic::FindInMap, std::move(arguments));
}

} // namespace cors::render::parts
