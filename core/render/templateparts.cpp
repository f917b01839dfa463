// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "templateparts.h"

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

Node gatewayResponseHeaders(const CorsConfig &config, const QString &prefix)
{
    return staticHeaders(CorsValues(config).gatewayResponseHeaders(), prefix);
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

Node httpCorsConfiguration(const CorsConfig &config, Spelling spelling)
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
    list(u"AllowOrigins"_s, config.allowOrigins);
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

} // namespace cors::render::parts
