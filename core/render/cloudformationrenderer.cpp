// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corsvalues.h"
#include "fingerprint.h"
#include "renderers.h"
#include "yamlsupport.h"

using namespace Qt::StringLiterals;

namespace cors::render::detail {

namespace {

using namespace yaml;

void typeAndProperties(YAML::Emitter &out, const char *type)
{
    key(out, "Type");
    emit(out, type);
    key(out, "Properties");
    out << YAML::BeginMap;
}

void optionsMethod(YAML::Emitter &out, const char *name, const CorsValues &values,
                   const char *resourceFunction, const QString &resourceArgument)
{
    key(out, name,
        u"The preflight answer: a MOCK integration returns the static CORS headers without "
        u"calling any backend."_s);
    out << YAML::BeginMap;
    typeAndProperties(out, "AWS::ApiGateway::Method");
    key(out, "RestApiId");
    intrinsic(out, "Ref", u"RestApi"_s);
    key(out, "ResourceId");
    intrinsic(out, resourceFunction, resourceArgument);
    key(out, "HttpMethod");
    emit(out, "OPTIONS");
    // Browsers send preflights without credentials, tokens or API keys.
    key(out, "AuthorizationType");
    emit(out, "NONE");
    key(out, "ApiKeyRequired");
    out << false;

    const HeaderList headers = values.preflightHeaders();
    key(out, "Integration");
    out << YAML::BeginMap;
    key(out, "Type");
    emit(out, "MOCK");
    key(out, "RequestTemplates");
    out << YAML::BeginMap;
    key(out, "application/json");
    emit(out, "{\"statusCode\": 200}");
    out << YAML::EndMap;
    key(out, "IntegrationResponses");
    out << YAML::BeginSeq << YAML::BeginMap;
    key(out, "StatusCode");
    emit(out, "200");
    key(out, "ResponseParameters");
    staticHeaderMap(out, headers, u"method.response.header."_s);
    key(out, "ResponseTemplates");
    out << YAML::BeginMap;
    key(out, "application/json");
    emit(out, "");
    out << YAML::EndMap;
    out << YAML::EndMap << YAML::EndSeq;
    out << YAML::EndMap;

    key(out, "MethodResponses");
    out << YAML::BeginSeq << YAML::BeginMap;
    key(out, "StatusCode");
    emit(out, "200");
    key(out, "ResponseParameters");
    out << YAML::BeginMap;
    for (const auto &header : headers) {
        out << YAML::Key;
        emit(out, u"method.response.header."_s + header.first);
        out << YAML::Value << true;
    }
    out << YAML::EndMap;
    key(out, "ResponseModels");
    out << YAML::BeginMap;
    key(out, "application/json");
    emit(out, "Empty");
    out << YAML::EndMap;
    out << YAML::EndMap << YAML::EndSeq;
    out << YAML::EndMap << YAML::EndMap;
}

void gatewayResponse(YAML::Emitter &out, const char *name, const char *type,
                     const CorsValues &values)
{
    key(out, name,
        u"Errors API Gateway sends itself (authorizer denial, throttling, timeouts) need CORS "
        u"headers too, or the browser hides them behind a CORS error."_s);
    out << YAML::BeginMap;
    typeAndProperties(out, "AWS::ApiGateway::GatewayResponse");
    key(out, "RestApiId");
    intrinsic(out, "Ref", u"RestApi"_s);
    key(out, "ResponseType");
    emit(out, type);
    key(out, "ResponseParameters");
    staticHeaderMap(out, values.gatewayResponseHeaders(), u"gatewayresponse.header."_s);
    out << YAML::EndMap << YAML::EndMap;
}

void restResources(YAML::Emitter &out, const CorsConfig &config)
{
    const CorsValues values(config);
    key(out, "RestApi");
    out << YAML::BeginMap;
    typeAndProperties(out, "AWS::ApiGateway::RestApi");
    key(out, "Name");
    emit(out, "cors-api");
    out << YAML::EndMap << YAML::EndMap;

    key(out, "CorsProxyResource",
        u"A greedy resource whose OPTIONS method answers preflights for every path "
        u"without a resource of its own; give your own resources the same method."_s);
    out << YAML::BeginMap;
    typeAndProperties(out, "AWS::ApiGateway::Resource");
    key(out, "RestApiId");
    intrinsic(out, "Ref", u"RestApi"_s);
    key(out, "ParentId");
    intrinsic(out, "GetAtt", u"RestApi.RootResourceId"_s);
    key(out, "PathPart");
    emit(out, "{cors+}");
    out << YAML::EndMap << YAML::EndMap;

    optionsMethod(out, "RootOptionsMethod", values, "GetAtt", u"RestApi.RootResourceId"_s);
    optionsMethod(out, "CorsProxyOptionsMethod", values, "Ref", u"CorsProxyResource"_s);

    QStringList dependencies{u"RootOptionsMethod"_s, u"CorsProxyOptionsMethod"_s};
    if (config.gatewayResponses) {
        gatewayResponse(out, "GatewayResponseDefault4XX", "DEFAULT_4XX", values);
        gatewayResponse(out, "GatewayResponseDefault5XX", "DEFAULT_5XX", values);
        dependencies << u"GatewayResponseDefault4XX"_s << u"GatewayResponseDefault5XX"_s;
    }

    key(out, "Deployment",
        u"Publishes the methods; the description carries a fingerprint of the CORS settings, so "
        u"changing them replaces the deployment."_s);
    out << YAML::BeginMap;
    key(out, "Type");
    emit(out, "AWS::ApiGateway::Deployment");
    key(out, "DependsOn");
    stringList(out, dependencies);
    key(out, "Properties");
    out << YAML::BeginMap;
    key(out, "RestApiId");
    intrinsic(out, "Ref", u"RestApi"_s);
    key(out, "Description");
    emit(out, u"CORS %1"_s.arg(fingerprint(config)));
    out << YAML::EndMap << YAML::EndMap;

    key(out, "Stage");
    out << YAML::BeginMap;
    typeAndProperties(out, "AWS::ApiGateway::Stage");
    key(out, "RestApiId");
    intrinsic(out, "Ref", u"RestApi"_s);
    key(out, "DeploymentId");
    intrinsic(out, "Ref", u"Deployment"_s);
    key(out, "StageName");
    emit(out, "prod");
    out << YAML::EndMap << YAML::EndMap;
}

void httpResources(YAML::Emitter &out, const CorsConfig &config)
{
    key(out, "HttpApi");
    out << YAML::BeginMap;
    typeAndProperties(out, "AWS::ApiGatewayV2::Api");
    key(out, "Name");
    emit(out, "cors-api");
    key(out, "ProtocolType");
    emit(out, "HTTP");
    key(out, "CorsConfiguration",
        u"API Gateway answers preflights itself and adds these headers to every "
        u"response; it ignores CORS headers the integration returns."_s);
    httpCorsConfiguration(out, config);
    out << YAML::EndMap << YAML::EndMap;

    if (config.hasAuthorizer()) {
        key(out, "DefaultStage",
            u"Routes with an authorizer on $default or ANY /{proxy+} also catch OPTIONS: add an "
            u"OPTIONS /{proxy+} route without authorization."_s);
    } else {
        key(out, "DefaultStage");
    }
    out << YAML::BeginMap;
    typeAndProperties(out, "AWS::ApiGatewayV2::Stage");
    key(out, "ApiId");
    intrinsic(out, "Ref", u"HttpApi"_s);
    key(out, "StageName");
    emit(out, "$default");
    key(out, "AutoDeploy");
    out << true;
    out << YAML::EndMap << YAML::EndMap;
}

} // namespace

QByteArray renderCloudFormation(const CorsConfig &config)
{
    const bool rest = config.apiType == ApiType::Rest;
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::Comment(utf8(generatedBy(config)));
    out << YAML::BeginMap;
    key(out, "AWSTemplateFormatVersion");
    emit(out, "2010-09-09");
    key(out, "Description");
    emit(out, rest ? u"REST API with CORS"_s : u"HTTP API with CORS"_s);
    key(out, "Resources");
    out << YAML::BeginMap;
    if (rest) {
        restResources(out, config);
    } else {
        httpResources(out, config);
    }
    out << YAML::EndMap;

    key(out, "Outputs");
    out << YAML::BeginMap;
    key(out, "ApiUrl");
    out << YAML::BeginMap;
    key(out, "Value");
    if (rest) {
        intrinsic(out, "Sub",
                  u"https://${RestApi}.execute-api.${AWS::Region}.${AWS::URLSuffix}/prod/"_s);
    } else {
        intrinsic(out, "GetAtt", u"HttpApi.ApiEndpoint"_s);
    }
    out << YAML::EndMap << YAML::EndMap;
    out << YAML::EndMap;
    return bytes(out);
}

} // namespace cors::render::detail
