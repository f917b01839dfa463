// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corsvalues.h"
#include "escape.h"
#include "fingerprint.h"
#include "hclwriter.h"
#include "renderers.h"

using namespace Qt::StringLiterals;

namespace cors::render::detail {

namespace {

const QString restApiId = u"aws_api_gateway_rest_api.api.id"_s;

QList<std::pair<QString, QString>> staticParameters(const HeaderList &headers,
                                                    const QString &prefix)
{
    QList<std::pair<QString, QString>> entries;
    for (const auto &[name, value] : headers) {
        entries.append({prefix + name, hclString(staticValue(value))});
    }
    return entries;
}

void providerRequirement(HclWriter &hcl)
{
    hcl.openBlock(u"terraform"_s);
    hcl.openBlock(u"required_providers"_s);
    hcl.openBlock(u"aws ="_s);
    hcl.attribute(u"source"_s, hclString(u"hashicorp/aws"_s));
    hcl.attribute(u"version"_s, hclString(u">= 5.0"_s));
    hcl.closeBlock();
    hcl.closeBlock();
    hcl.closeBlock();
}

void restApi(HclWriter &hcl, const CorsConfig &config)
{
    const CorsValues values(config);
    const HeaderList preflight = values.preflightHeaders();

    hcl.blankLine();
    hcl.openBlock(u"resource \"aws_api_gateway_rest_api\" \"api\""_s);
    hcl.attribute(u"name"_s, hclString(u"cors-api"_s));
    hcl.closeBlock();

    hcl.blankLine();
    hcl.comment(u"A greedy resource whose OPTIONS method answers preflights for every path "
                u"without a resource of its own; give your own resources the same method."_s);
    hcl.openBlock(u"resource \"aws_api_gateway_resource\" \"cors\""_s);
    hcl.attribute(u"rest_api_id"_s, restApiId);
    hcl.attribute(u"parent_id"_s, u"aws_api_gateway_rest_api.api.root_resource_id"_s);
    hcl.attribute(u"path_part"_s, hclString(u"{cors+}"_s));
    hcl.closeBlock();

    hcl.blankLine();
    hcl.openBlock(u"locals"_s);
    hcl.mapAttribute(u"cors_resources"_s,
                     {{u"root"_s, u"aws_api_gateway_rest_api.api.root_resource_id"_s},
                      {u"proxy"_s, u"aws_api_gateway_resource.cors.id"_s}});
    hcl.closeBlock();

    hcl.blankLine();
    hcl.comment(u"Browsers send preflights without credentials, tokens or API keys: OPTIONS must "
                u"need neither an authorizer nor an API key."_s);
    hcl.openBlock(u"resource \"aws_api_gateway_method\" \"cors_options\""_s);
    hcl.attribute(u"for_each"_s, u"local.cors_resources"_s);
    hcl.attribute(u"rest_api_id"_s, restApiId);
    hcl.attribute(u"resource_id"_s, u"each.value"_s);
    hcl.attribute(u"http_method"_s, hclString(u"OPTIONS"_s));
    hcl.attribute(u"authorization"_s, hclString(u"NONE"_s));
    hcl.attribute(u"api_key_required"_s, u"false"_s);
    hcl.closeBlock();

    hcl.blankLine();
    hcl.comment(u"A MOCK integration answers the preflight without calling any backend."_s);
    hcl.openBlock(u"resource \"aws_api_gateway_integration\" \"cors_options\""_s);
    hcl.attribute(u"for_each"_s, u"local.cors_resources"_s);
    hcl.attribute(u"rest_api_id"_s, restApiId);
    hcl.attribute(u"resource_id"_s, u"each.value"_s);
    hcl.attribute(u"http_method"_s, u"aws_api_gateway_method.cors_options[each.key].http_method"_s);
    hcl.attribute(u"type"_s, hclString(u"MOCK"_s));
    hcl.attribute(u"content_handling"_s, hclString(u"CONVERT_TO_TEXT"_s));
    hcl.mapAttribute(u"request_templates"_s,
                     {{u"application/json"_s, hclString(u"{\"statusCode\": 200}"_s)}});
    hcl.closeBlock();

    hcl.blankLine();
    hcl.openBlock(u"resource \"aws_api_gateway_method_response\" \"cors_options\""_s);
    hcl.attribute(u"for_each"_s, u"local.cors_resources"_s);
    hcl.attribute(u"rest_api_id"_s, restApiId);
    hcl.attribute(u"resource_id"_s, u"each.value"_s);
    hcl.attribute(u"http_method"_s, u"aws_api_gateway_method.cors_options[each.key].http_method"_s);
    hcl.attribute(u"status_code"_s, hclString(u"200"_s));
    QList<std::pair<QString, QString>> declared;
    for (const auto &header : preflight) {
        declared.append({u"method.response.header."_s + header.first, u"true"_s});
    }
    hcl.mapAttribute(u"response_parameters"_s, declared);
    hcl.mapAttribute(u"response_models"_s, {{u"application/json"_s, hclString(u"Empty"_s)}});
    hcl.closeBlock();

    hcl.blankLine();
    hcl.comment(u"The static CORS headers of the preflight answer."_s);
    hcl.openBlock(u"resource \"aws_api_gateway_integration_response\" \"cors_options\""_s);
    hcl.attribute(u"for_each"_s, u"local.cors_resources"_s);
    hcl.attribute(u"rest_api_id"_s, restApiId);
    hcl.attribute(u"resource_id"_s, u"each.value"_s);
    hcl.attribute(u"http_method"_s, u"aws_api_gateway_method.cors_options[each.key].http_method"_s);
    hcl.attribute(u"status_code"_s,
                  u"aws_api_gateway_method_response.cors_options[each.key].status_code"_s);
    hcl.mapAttribute(u"response_parameters"_s,
                     staticParameters(preflight, u"method.response.header."_s));
    hcl.mapAttribute(u"response_templates"_s, {{u"application/json"_s, hclString(QString())}});
    hcl.attribute(u"depends_on"_s, u"[aws_api_gateway_integration.cors_options]"_s);
    hcl.closeBlock();

    QStringList dependencies{u"aws_api_gateway_integration_response.cors_options"_s};
    if (config.gatewayResponses) {
        hcl.blankLine();
        hcl.comment(u"Errors API Gateway sends itself (authorizer denial, throttling, timeouts) "
                    u"need CORS headers too, or the browser hides them behind a CORS error."_s);
        for (const QString &type : {u"DEFAULT_4XX"_s, u"DEFAULT_5XX"_s}) {
            const QString name = type.toLower();
            hcl.openBlock(u"resource \"aws_api_gateway_gateway_response\" \""_s + name + u'"');
            hcl.attribute(u"rest_api_id"_s, restApiId);
            hcl.attribute(u"response_type"_s, hclString(type));
            hcl.mapAttribute(
                u"response_parameters"_s,
                staticParameters(values.gatewayResponseHeaders(), u"gatewayresponse.header."_s));
            hcl.closeBlock();
            dependencies.append(u"aws_api_gateway_gateway_response."_s + name);
        }
    }

    hcl.blankLine();
    hcl.comment(u"The trigger carries a fingerprint of the CORS settings, so changing them "
                u"deploys the API again."_s);
    hcl.openBlock(u"resource \"aws_api_gateway_deployment\" \"api\""_s);
    hcl.attribute(u"rest_api_id"_s, restApiId);
    hcl.mapAttribute(u"triggers"_s, {{u"cors"_s, hclString(fingerprint(config))}});
    hcl.attribute(u"depends_on"_s, u"["_s + dependencies.join(u", "_s) + u"]"_s);
    hcl.openBlock(u"lifecycle"_s);
    hcl.attribute(u"create_before_destroy"_s, u"true"_s);
    hcl.closeBlock();
    hcl.closeBlock();

    hcl.blankLine();
    hcl.openBlock(u"resource \"aws_api_gateway_stage\" \"prod\""_s);
    hcl.attribute(u"rest_api_id"_s, restApiId);
    hcl.attribute(u"deployment_id"_s, u"aws_api_gateway_deployment.api.id"_s);
    hcl.attribute(u"stage_name"_s, hclString(u"prod"_s));
    hcl.closeBlock();

    hcl.blankLine();
    hcl.openBlock(u"output \"api_url\""_s);
    hcl.attribute(u"value"_s, u"aws_api_gateway_stage.prod.invoke_url"_s);
    hcl.closeBlock();
}

void httpApi(HclWriter &hcl, const CorsConfig &config)
{
    hcl.blankLine();
    hcl.openBlock(u"resource \"aws_apigatewayv2_api\" \"api\""_s);
    hcl.attribute(u"name"_s, hclString(u"cors-api"_s));
    hcl.attribute(u"protocol_type"_s, hclString(u"HTTP"_s));
    hcl.blankLine();
    hcl.comment(u"API Gateway answers preflights itself and adds these headers to every "
                u"response; it ignores CORS headers the integration returns."_s);
    hcl.openBlock(u"cors_configuration"_s);
    const auto optionalList = [&hcl](const QString &name, const QStringList &entries) {
        if (!entries.isEmpty()) {
            hcl.attribute(name, hclList(entries));
        }
    };
    optionalList(u"allow_origins"_s, config.allowOrigins);
    optionalList(u"allow_methods"_s, config.allowMethods);
    optionalList(u"allow_headers"_s, config.allowHeaders);
    optionalList(u"expose_headers"_s, config.exposeHeaders);
    if (config.maxAge) {
        hcl.attribute(u"max_age"_s, QString::number(*config.maxAge));
    }
    if (config.allowCredentials) {
        hcl.attribute(u"allow_credentials"_s, u"true"_s);
    }
    hcl.closeBlock();
    hcl.closeBlock();

    hcl.blankLine();
    if (config.hasAuthorizer()) {
        hcl.comment(u"Routes with an authorizer on $default or ANY /{proxy+} also catch OPTIONS: "
                    u"add an OPTIONS /{proxy+} route with authorization_type = \"NONE\"."_s);
    }
    hcl.openBlock(u"resource \"aws_apigatewayv2_stage\" \"default\""_s);
    hcl.attribute(u"api_id"_s, u"aws_apigatewayv2_api.api.id"_s);
    hcl.attribute(u"name"_s, hclString(u"$default"_s));
    hcl.attribute(u"auto_deploy"_s, u"true"_s);
    hcl.closeBlock();

    hcl.blankLine();
    hcl.openBlock(u"output \"api_url\""_s);
    hcl.attribute(u"value"_s, u"aws_apigatewayv2_api.api.api_endpoint"_s);
    hcl.closeBlock();
}

} // namespace

QByteArray renderTerraform(const CorsConfig &config)
{
    HclWriter hcl;
    hcl.comment(generatedBy(config));
    providerRequirement(hcl);
    if (config.apiType == ApiType::Rest) {
        restApi(hcl, config);
    } else {
        httpApi(hcl, config);
    }
    return hcl.bytes();
}

} // namespace cors::render::detail
