// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corsvalues.h"
#include "renderers.h"
#include "yamlsupport.h"

using namespace Qt::StringLiterals;

namespace cors::render::detail {

namespace {

using namespace yaml;

void restGlobals(YAML::Emitter &out, const CorsConfig &config, const CorsValues &values)
{
    key(out, "Api");
    out << YAML::BeginMap;

    key(out, "Cors",
        u"SAM adds an OPTIONS method (MOCK integration) to every path that answers the "
        u"browser's preflight with these static values."_s);
    out << YAML::BeginMap;
    key(out, "AllowOrigin");
    emit(out, staticValue(values.allowOrigin));
    if (values.allowMethods.isEmpty()) {
        // Left out, SAM would fill in every method of each path.
        key(out, "AllowMethods",
            u"Empty on purpose: without AllowMethods SAM would allow every method of each "
            u"path."_s);
    } else {
        key(out, "AllowMethods");
    }
    emit(out, staticValue(values.allowMethods));
    if (!values.allowHeaders.isEmpty()) {
        key(out, "AllowHeaders");
        emit(out, staticValue(values.allowHeaders));
    }
    if (!values.maxAge.isEmpty()) {
        key(out, "MaxAge");
        emit(out, staticValue(values.maxAge));
    }
    if (config.allowCredentials) {
        key(out, "AllowCredentials");
        out << true;
    }
    out << YAML::EndMap;

    if (config.hasAuthorizer() || config.apiKeyRequired) {
        key(out, "Auth",
            u"Browsers never send the token or API key on a preflight: keep OPTIONS "
            u"free of the authorizer and the API key, or every preflight fails."_s);
        out << YAML::BeginMap;
        if (config.hasAuthorizer()) {
            key(out, "DefaultAuthorizer");
            emit(out, "TokenAuthorizer");
            key(out, "Authorizers");
            out << YAML::BeginMap;
            key(out, "TokenAuthorizer");
            out << YAML::BeginMap;
            key(out, "FunctionArn");
            intrinsic(out, "Ref", u"AuthorizerFunctionArn"_s);
            key(out, "Identity");
            out << YAML::BeginMap;
            key(out, "Header");
            emit(out, config.authorizer);
            out << YAML::EndMap << YAML::EndMap << YAML::EndMap;
            key(out, "AddDefaultAuthorizerToCorsPreflight");
            out << false;
        }
        if (config.apiKeyRequired) {
            key(out, "ApiKeyRequired");
            out << true;
            key(out, "AddApiKeyRequiredToCorsPreflight");
            out << false;
        }
        out << YAML::EndMap;
    }

    if (config.gatewayResponses) {
        key(out, "GatewayResponses",
            u"Errors API Gateway sends itself (authorizer denial, throttling, timeouts) "
            u"need CORS headers too, or the browser hides them behind a CORS error."_s);
        out << YAML::BeginMap;
        for (const char *type : {"DEFAULT_4XX", "DEFAULT_5XX"}) {
            key(out, type);
            out << YAML::BeginMap;
            key(out, "ResponseParameters");
            out << YAML::BeginMap;
            key(out, "Headers");
            staticHeaderMap(out, values.gatewayResponseHeaders(), QString());
            out << YAML::EndMap << YAML::EndMap;
        }
        out << YAML::EndMap;
    }
    out << YAML::EndMap;
}

void httpGlobals(YAML::Emitter &out, const CorsConfig &config)
{
    if (config.apiKeyRequired) {
        key(out, "HttpApi",
            u"apiKeyRequired is left out: HTTP APIs have no API keys (use a REST API, or an "
            u"authorizer)."_s);
    } else {
        key(out, "HttpApi");
    }
    out << YAML::BeginMap;
    key(out, "CorsConfiguration",
        u"API Gateway answers preflights itself and adds these headers to every "
        u"response; it ignores CORS headers the function returns."_s);
    httpCorsConfiguration(out, config);

    if (config.hasAuthorizer()) {
        key(out, "Auth");
        out << YAML::BeginMap;
        key(out, "DefaultAuthorizer");
        emit(out, "LambdaAuthorizer");
        key(out, "Authorizers");
        out << YAML::BeginMap;
        key(out, "LambdaAuthorizer");
        out << YAML::BeginMap;
        key(out, "FunctionArn");
        intrinsic(out, "Ref", u"AuthorizerFunctionArn"_s);
        key(out, "Identity");
        out << YAML::BeginMap;
        key(out, "Headers");
        stringList(out, {config.authorizer});
        out << YAML::EndMap;
        key(out, "AuthorizerPayloadFormatVersion");
        emit(out, "2.0");
        key(out, "EnableSimpleResponses");
        out << true;
        out << YAML::EndMap << YAML::EndMap << YAML::EndMap;
    }
    out << YAML::EndMap;
}

void apiEvent(YAML::Emitter &out, const CorsConfig &config, const char *name, const char *path,
              const char *method, bool withoutAuthorizer)
{
    const bool rest = config.apiType == ApiType::Rest;
    key(out, name);
    out << YAML::BeginMap;
    key(out, "Type");
    emit(out, rest ? "Api" : "HttpApi");
    key(out, "Properties");
    out << YAML::BeginMap;
    key(out, rest ? "RestApiId" : "ApiId");
    intrinsic(out, "Ref", rest ? u"Api"_s : u"HttpApi"_s);
    key(out, "Path");
    emit(out, path);
    key(out, "Method");
    emit(out, method);
    if (!rest) {
        key(out, "PayloadFormatVersion");
        emit(out, "2.0");
    }
    if (withoutAuthorizer) {
        key(out, "Auth");
        out << YAML::BeginMap;
        key(out, "Authorizer");
        emit(out, "NONE");
        out << YAML::EndMap;
    }
    out << YAML::EndMap << YAML::EndMap;
}

void resources(YAML::Emitter &out, const CorsConfig &config)
{
    const bool rest = config.apiType == ApiType::Rest;
    key(out, "Resources");
    out << YAML::BeginMap;

    key(out, rest ? "Api" : "HttpApi");
    out << YAML::BeginMap;
    key(out, "Type");
    emit(out, rest ? "AWS::Serverless::Api" : "AWS::Serverless::HttpApi");
    key(out, "Properties");
    out << YAML::BeginMap;
    if (rest) {
        key(out, "StageName");
        emit(out, "prod");
    } else {
        key(out, "Description");
        emit(out, "HTTP API with CORS");
    }
    out << YAML::EndMap << YAML::EndMap;

    key(out, "ApiFunction");
    out << YAML::BeginMap;
    key(out, "Type");
    emit(out, "AWS::Serverless::Function");
    key(out, "Properties");
    out << YAML::BeginMap;
    key(out, "Runtime");
    emit(out, "nodejs24.x");
    key(out, "Handler");
    emit(out, "handler.handler");
    key(out, "CodeUri");
    emit(out, ".");
    key(out, "Events");
    out << YAML::BeginMap;
    apiEvent(out, config, "Root", "/", "ANY", false);
    apiEvent(out, config, "Proxy", "/{proxy+}", "ANY", false);
    if (!rest && config.hasAuthorizer()) {
        // With an authorizer on ANY, OPTIONS needs a route of its own that skips it, or the
        // authorizer denies the preflights.
        apiEvent(out, config, "Preflight", "/{proxy+}", "OPTIONS", true);
    }
    out << YAML::EndMap << YAML::EndMap << YAML::EndMap;
    out << YAML::EndMap;
}

} // namespace

QByteArray renderSam(const CorsConfig &config)
{
    const bool rest = config.apiType == ApiType::Rest;
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::Comment(utf8(generatedBy(config)));
    out << YAML::BeginMap;
    key(out, "AWSTemplateFormatVersion");
    emit(out, "2010-09-09");
    key(out, "Transform");
    emit(out, "AWS::Serverless-2016-10-31");
    key(out, "Description");
    emit(out, rest ? u"REST API with CORS"_s : u"HTTP API with CORS"_s);

    if (config.hasAuthorizer()) {
        key(out, "Parameters");
        out << YAML::BeginMap;
        key(out, "AuthorizerFunctionArn");
        out << YAML::BeginMap;
        key(out, "Type");
        emit(out, "String");
        key(out, "Description");
        emit(out,
             u"ARN of the Lambda authorizer that reads the %1 header"_s.arg(config.authorizer));
        out << YAML::EndMap << YAML::EndMap;
    }

    key(out, "Globals");
    out << YAML::BeginMap;
    if (rest) {
        restGlobals(out, config, CorsValues(config));
    } else {
        httpGlobals(out, config);
    }
    out << YAML::EndMap;

    resources(out, config);

    key(out, "Outputs");
    out << YAML::BeginMap;
    key(out, "ApiUrl");
    out << YAML::BeginMap;
    key(out, "Value");
    intrinsic(out, "Sub",
              rest ? u"https://${Api}.execute-api.${AWS::Region}.${AWS::URLSuffix}/prod/"_s
                   : u"https://${HttpApi}.execute-api.${AWS::Region}.${AWS::URLSuffix}/"_s);
    out << YAML::EndMap << YAML::EndMap;
    out << YAML::EndMap;
    return bytes(out);
}

} // namespace cors::render::detail
