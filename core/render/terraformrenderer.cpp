// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apishape.h"
#include "corsvalues.h"
#include "escape.h"
#include "fingerprint.h"
#include "hclwriter.h"
#include "origintemplate.h"
#include "renderers.h"
#include "templateparts.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace cors::render::detail {

namespace {

using Entries = QList<std::pair<QString, QString>>;

const QString restApiId = u"aws_api_gateway_rest_api.api.id"_s;

Entries staticParameters(const HeaderList &headers, const QString &prefix)
{
    Entries entries;
    for (const auto &[name, value] : headers) {
        entries.append({prefix + name, hclString(staticValue(value))});
    }
    return entries;
}

/// "items_id" for the resource named "ItemsId".
QString snakeName(const QString &name)
{
    QString snake;
    for (const QChar c : name) {
        if (c.isUpper() && !snake.isEmpty()) {
            snake += u'_';
        }
        snake += c.toLower();
    }
    return snake;
}

QString resourceIdOf(const QString &path, const QHash<QString, QString> &names)
{
    return path == u"/" ? u"aws_api_gateway_rest_api.api.root_resource_id"_s
                        : u"aws_api_gateway_resource."_s + snakeName(names.value(path)) + u".id"_s;
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

/// authorization (or authorization_type) and authorizer_id for a for_each over routes whose
/// values say `authorized`.
void authorizationAttributes(HclWriter &hcl, const CorsConfig &config, const QString &attribute,
                             const QString &authorizerId)
{
    if (config.hasAuthorizer()) {
        hcl.attribute(attribute, u"each.value.authorized ? \"CUSTOM\" : \"NONE\""_s);
        hcl.attribute(u"authorizer_id"_s, u"each.value.authorized ? %1 : null"_s.arg(authorizerId));
    } else {
        hcl.attribute(attribute, hclString(u"NONE"_s));
    }
}

void variable(HclWriter &hcl, const QString &name, const QString &description)
{
    hcl.blankLine();
    hcl.openBlock(u"variable \""_s + name + u'"');
    hcl.attribute(u"type"_s, u"string"_s);
    hcl.attribute(u"description"_s, hclString(description));
    hcl.closeBlock();
}

void variables(HclWriter &hcl, const CorsConfig &config)
{
    const bool rest = config.apiType == ApiType::Rest;
    variable(hcl, u"function_name"_s, u"Name of the Lambda function behind the API's routes"_s);
    variable(hcl, rest ? u"function_invoke_arn"_s : u"function_arn"_s,
             rest ? u"invoke_arn of the Lambda function behind the API's routes"_s
                  : u"ARN of the Lambda function behind the API's routes"_s);
    if (config.hasAuthorizer()) {
        variable(hcl, u"authorizer_function_name"_s, u"Name of the Lambda authorizer"_s);
        variable(hcl, u"authorizer_invoke_arn"_s,
                 u"invoke_arn of the Lambda authorizer that reads the %1 header"_s.arg(
                     config.authorizer));
    }
}

void permission(HclWriter &hcl, const QString &name, const QString &function,
                const QString &sourceArn)
{
    hcl.blankLine();
    hcl.openBlock(u"resource \"aws_lambda_permission\" \""_s + name + u'"');
    hcl.attribute(u"action"_s, hclString(u"lambda:InvokeFunction"_s));
    hcl.attribute(u"function_name"_s, function);
    hcl.attribute(u"principal"_s, hclString(u"apigateway.amazonaws.com"_s));
    hcl.attribute(u"source_arn"_s, sourceArn);
    hcl.closeBlock();
}

void restResources(HclWriter &hcl, const ApiShape &shape, QHash<QString, QString> &names)
{
    for (const RestResource &part : shape.resources) {
        names.insert(part.path, part.name);
        hcl.blankLine();
        hcl.openBlock(u"resource \"aws_api_gateway_resource\" \""_s + snakeName(part.name) + u'"');
        hcl.attribute(u"rest_api_id"_s, restApiId);
        hcl.attribute(u"parent_id"_s, resourceIdOf(part.parentPath, names));
        hcl.attribute(u"path_part"_s, hclString(part.pathPart));
        hcl.closeBlock();
    }
}

void restRouteMethods(HclWriter &hcl, const CorsConfig &config, const ApiShape &shape,
                      const QHash<QString, QString> &names)
{
    Entries methods;
    for (const RestMethod &method : shape.methods) {
        methods.append({method.method + u' ' + method.path,
                        u"{ resource_id = "_s + resourceIdOf(method.path, names) +
                            u", http_method = "_s + hclString(method.method) +
                            u", authorized = "_s + (method.authorized ? u"true"_s : u"false"_s) +
                            u" }"_s});
    }
    hcl.blankLine();
    hcl.openBlock(u"locals"_s);
    hcl.mapAttribute(u"route_methods"_s, methods);
    hcl.closeBlock();

    hcl.blankLine();
    hcl.openBlock(u"resource \"aws_api_gateway_method\" \"route\""_s);
    hcl.attribute(u"for_each"_s, u"local.route_methods"_s);
    hcl.attribute(u"rest_api_id"_s, restApiId);
    hcl.attribute(u"resource_id"_s, u"each.value.resource_id"_s);
    hcl.attribute(u"http_method"_s, u"each.value.http_method"_s);
    authorizationAttributes(hcl, config, u"authorization"_s,
                            u"aws_api_gateway_authorizer.token.id"_s);
    hcl.attribute(u"api_key_required"_s, config.apiKeyRequired ? u"true"_s : u"false"_s);
    hcl.closeBlock();

    hcl.blankLine();
    hcl.comment(u"Lambda proxy: the function's response (with its CORS headers) goes to the "
                u"browser as it is."_s);
    hcl.openBlock(u"resource \"aws_api_gateway_integration\" \"route\""_s);
    hcl.attribute(u"for_each"_s, u"local.route_methods"_s);
    hcl.attribute(u"rest_api_id"_s, restApiId);
    hcl.attribute(u"resource_id"_s, u"each.value.resource_id"_s);
    hcl.attribute(u"http_method"_s, u"aws_api_gateway_method.route[each.key].http_method"_s);
    hcl.attribute(u"type"_s, hclString(u"AWS_PROXY"_s));
    hcl.attribute(u"integration_http_method"_s, hclString(u"POST"_s));
    hcl.attribute(u"uri"_s, u"var.function_invoke_arn"_s);
    hcl.closeBlock();
}

/// Opens one resource of each path's preflight: `for_each` over local.cors_preflights.
void openPreflightResource(HclWriter &hcl, const QString &type, const QString &why = {})
{
    hcl.blankLine();
    if (!why.isEmpty()) {
        hcl.comment(why);
    }
    hcl.openBlock(u"resource \"%1\" \"cors_options\""_s.arg(type));
    hcl.attribute(u"for_each"_s, u"local.cors_preflights"_s);
    hcl.attribute(u"rest_api_id"_s, restApiId);
    hcl.attribute(u"resource_id"_s, u"each.value.resource_id"_s);
}

const QString preflightMethod = u"aws_api_gateway_method.cors_options[each.key].http_method"_s;

/// The preflight's method response and the MOCK's integration response with the CORS headers;
/// each path has its own Allow-Methods, from the locals.
void restPreflightResponses(HclWriter &hcl, const CorsConfig &config)
{
    const CorsValues values(config);
    const PreflightAnswer answer = values.preflightAnswer(u"OPTIONS"_s);
    Entries declared;
    for (const QString &header : answer.declaredHeaders) {
        declared.append({u"method.response.header."_s + header, u"true"_s});
    }
    Entries parameters = staticParameters(answer.staticHeaders, u"method.response.header."_s);
    for (auto &[name, value] : parameters) {
        if (name.endsWith(u"Allow-Methods")) {
            value = u"each.value.allow_methods"_s;
        }
    }
    openPreflightResource(hcl, u"aws_api_gateway_method_response"_s);
    hcl.attribute(u"http_method"_s, preflightMethod);
    hcl.attribute(u"status_code"_s, hclString(u"200"_s));
    hcl.mapAttribute(u"response_parameters"_s, declared);
    hcl.mapAttribute(u"response_models"_s, {{u"application/json"_s, hclString(u"Empty"_s)}});
    hcl.closeBlock();

    openPreflightResource(hcl, u"aws_api_gateway_integration_response"_s,
                          values.selectsOrigin()
                              ? parts::originTemplateWhy(values)
                              : u"The static CORS headers of the preflight answer."_s);
    hcl.attribute(u"http_method"_s, preflightMethod);
    hcl.attribute(u"status_code"_s,
                  u"aws_api_gateway_method_response.cors_options[each.key].status_code"_s);
    hcl.mapAttribute(u"response_parameters"_s, parameters);
    hcl.mapAttribute(u"response_templates"_s,
                     {{u"application/json"_s, values.staged ? u"local.cors.preflight_template"_s
                                                            : hclString(answer.mappingTemplate)}});
    hcl.attribute(u"depends_on"_s, u"[aws_api_gateway_integration.cors_options]"_s);
    hcl.closeBlock();
}

void restPreflights(HclWriter &hcl, const CorsConfig &config, const ApiShape &shape,
                    const QHash<QString, QString> &names)
{
    Entries preflights;
    for (const PathPreflight &preflight : shape.preflights) {
        preflights.append(
            {preflight.path,
             u"{ resource_id = "_s + resourceIdOf(preflight.path, names) + u", allow_methods = "_s +
                 hclString(staticValue(preflight.allowMethods.join(u','))) + u" }"_s});
    }
    hcl.blankLine();
    hcl.comment(u"Every path with a route answers its own preflight: the methods its routes "
                u"serve that CORS allows, plus OPTIONS."_s);
    hcl.openBlock(u"locals"_s);
    hcl.mapAttribute(u"cors_preflights"_s, preflights);
    hcl.closeBlock();

    openPreflightResource(
        hcl, u"aws_api_gateway_method"_s,
        u"Browsers send preflights without credentials, tokens or API keys: OPTIONS must "
        u"need neither an authorizer nor an API key."_s);
    hcl.attribute(u"http_method"_s, hclString(u"OPTIONS"_s));
    hcl.attribute(u"authorization"_s, hclString(u"NONE"_s));
    hcl.attribute(u"api_key_required"_s, u"false"_s);
    hcl.closeBlock();

    openPreflightResource(hcl, u"aws_api_gateway_integration"_s,
                          u"A MOCK integration answers the preflight without calling any "
                          u"backend."_s);
    hcl.attribute(u"http_method"_s, preflightMethod);
    hcl.attribute(u"type"_s, hclString(u"MOCK"_s));
    // AWS: "Working with binary media types": with */* binary, a MOCK needs CONVERT_TO_TEXT.
    hcl.attribute(u"content_handling"_s, hclString(u"CONVERT_TO_TEXT"_s));
    hcl.mapAttribute(u"request_templates"_s,
                     {{u"application/json"_s, hclString(u"{\"statusCode\": 200}"_s)}});
    hcl.closeBlock();

    restPreflightResponses(hcl, config);
}

void restAuthorizer(HclWriter &hcl, const CorsConfig &config)
{
    hcl.blankLine();
    hcl.openBlock(u"resource \"aws_api_gateway_authorizer\" \"token\""_s);
    hcl.attribute(u"rest_api_id"_s, restApiId);
    hcl.attribute(u"name"_s, hclString(u"token-authorizer"_s));
    hcl.attribute(u"type"_s, hclString(u"TOKEN"_s));
    hcl.attribute(u"authorizer_uri"_s, u"var.authorizer_invoke_arn"_s);
    hcl.attribute(u"identity_source"_s, hclString(u"method.request.header."_s + config.authorizer));
    hcl.closeBlock();
    permission(hcl, u"authorizer"_s, u"var.authorizer_function_name"_s,
               u"\"${aws_api_gateway_rest_api.api.execution_arn}/authorizers/"
               u"${aws_api_gateway_authorizer.token.id}\""_s);
}

void restGatewayResponses(HclWriter &hcl, const CorsConfig &config, QStringList &dependencies)
{
    const CorsValues values(config);
    hcl.blankLine();
    hcl.comment(parts::gatewayResponsesWhy(values));
    for (const QString &type : parts::gatewayResponseTypes()) {
        const QString name = type.toLower();
        hcl.openBlock(u"resource \"aws_api_gateway_gateway_response\" \""_s + name + u'"');
        hcl.attribute(u"rest_api_id"_s, restApiId);
        hcl.attribute(u"response_type"_s, hclString(type));
        Entries parameters =
            staticParameters(values.gatewayResponseHeaders(), u"gatewayresponse.header."_s);
        for (auto &[header, value] : parameters) {
            if (values.staged && header.endsWith(u"Access-Control-Allow-Origin")) {
                value = u"local.cors.error_origin"_s;
            }
        }
        hcl.mapAttribute(u"response_parameters"_s, parameters);
        hcl.closeBlock();
        dependencies.append(u"aws_api_gateway_gateway_response."_s + name);
    }
}

void restDeployment(HclWriter &hcl, const CorsConfig &config, const QStringList &dependencies)
{
    hcl.blankLine();
    hcl.comment(u"The trigger carries a fingerprint of the CORS settings and routes, so changing "
                u"them deploys the API again."_s);
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
    hcl.attribute(u"stage_name"_s, config.stages.isEmpty() ? hclString(u"prod"_s) : u"var.stage"_s);
    hcl.closeBlock();
}

void restUsagePlan(HclWriter &hcl)
{
    hcl.blankLine();
    hcl.comment(u"Methods that require an API key answer 403 to every call without a key of a "
                u"usage plan."_s);
    hcl.openBlock(u"resource \"aws_api_gateway_usage_plan\" \"api\""_s);
    hcl.attribute(u"name"_s, hclString(u"cors-api"_s));
    hcl.openBlock(u"api_stages"_s);
    hcl.attribute(u"api_id"_s, restApiId);
    hcl.attribute(u"stage"_s, u"aws_api_gateway_stage.prod.stage_name"_s);
    hcl.closeBlock();
    hcl.closeBlock();
    hcl.blankLine();
    hcl.openBlock(u"resource \"aws_api_gateway_api_key\" \"api\""_s);
    hcl.attribute(u"name"_s, hclString(u"cors-api-key"_s));
    hcl.closeBlock();
    hcl.blankLine();
    hcl.openBlock(u"resource \"aws_api_gateway_usage_plan_key\" \"api\""_s);
    hcl.attribute(u"key_id"_s, u"aws_api_gateway_api_key.api.id"_s);
    hcl.attribute(u"key_type"_s, hclString(u"API_KEY"_s));
    hcl.attribute(u"usage_plan_id"_s, u"aws_api_gateway_usage_plan.api.id"_s);
    hcl.closeBlock();
}

void restApi(HclWriter &hcl, const CorsConfig &config)
{
    const ApiShape shape = apiShape(config);
    hcl.blankLine();
    hcl.openBlock(u"resource \"aws_api_gateway_rest_api\" \"api\""_s);
    hcl.attribute(u"name"_s, hclString(u"cors-api"_s));
    hcl.closeBlock();
    QHash<QString, QString> names;
    restResources(hcl, shape, names);
    if (config.hasAuthorizer()) {
        restAuthorizer(hcl, config);
    }
    restRouteMethods(hcl, config, shape, names);
    permission(hcl, u"api"_s, u"var.function_name"_s,
               u"\"${aws_api_gateway_rest_api.api.execution_arn}/*\""_s);
    restPreflights(hcl, config, shape, names);
    QStringList dependencies{u"aws_api_gateway_integration.route"_s,
                             u"aws_api_gateway_integration_response.cors_options"_s};
    if (config.gatewayResponses) {
        restGatewayResponses(hcl, config, dependencies);
    }
    restDeployment(hcl, config, dependencies);
    if (config.apiKeyRequired) {
        restUsagePlan(hcl);
    }
    hcl.blankLine();
    hcl.openBlock(u"output \"api_url\""_s);
    hcl.attribute(u"value"_s, u"aws_api_gateway_stage.prod.invoke_url"_s);
    hcl.closeBlock();
    if (!config.stages.isEmpty()) {
        hcl.blankLine();
        hcl.comment(u"Set the function's ALLOWED_ORIGINS environment variable to this: the "
                    u"generated handlers read the stage's origins from it."_s);
        hcl.openBlock(u"output \"allowed_origins\""_s);
        hcl.attribute(u"value"_s, u"join(\",\", local.cors.allow_origins)"_s);
        hcl.closeBlock();
    }
}

void httpCorsConfiguration(HclWriter &hcl, const CorsConfig &config)
{
    hcl.blankLine();
    hcl.comment(u"API Gateway answers preflights itself and adds these headers to every "
                u"response; it ignores CORS headers the integration returns."_s);
    hcl.openBlock(u"cors_configuration"_s);
    const auto optionalList = [&hcl](const QString &name, const QStringList &entries) {
        if (!entries.isEmpty()) {
            hcl.attribute(name, hclList(entries));
        }
    };
    if (config.stages.isEmpty()) {
        optionalList(u"allow_origins"_s, config.allowOrigins);
    } else {
        hcl.attribute(u"allow_origins"_s, u"local.cors.allow_origins"_s);
    }
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
}

void httpAuthorizer(HclWriter &hcl, const CorsConfig &config)
{
    hcl.blankLine();
    hcl.openBlock(u"resource \"aws_apigatewayv2_authorizer\" \"lambda\""_s);
    hcl.attribute(u"api_id"_s, u"aws_apigatewayv2_api.api.id"_s);
    hcl.attribute(u"name"_s, hclString(u"lambda-authorizer"_s));
    hcl.attribute(u"authorizer_type"_s, hclString(u"REQUEST"_s));
    hcl.attribute(u"authorizer_uri"_s, u"var.authorizer_invoke_arn"_s);
    hcl.attribute(u"identity_sources"_s, hclList({u"$request.header."_s + config.authorizer}));
    hcl.attribute(u"authorizer_payload_format_version"_s, hclString(u"2.0"_s));
    hcl.attribute(u"enable_simple_responses"_s, u"true"_s);
    hcl.closeBlock();
    permission(hcl, u"authorizer"_s, u"var.authorizer_function_name"_s,
               u"\"${aws_apigatewayv2_api.api.execution_arn}/authorizers/"
               u"${aws_apigatewayv2_authorizer.lambda.id}\""_s);
}

void httpRoutes(HclWriter &hcl, const CorsConfig &config)
{
    Entries routes;
    for (const HttpRoute &route : apiShape(config).httpRoutes) {
        routes.append({route.key, route.authorized ? u"{ authorized = true }"_s
                                                   : u"{ authorized = false }"_s});
    }
    hcl.blankLine();
    if (config.hasAuthorizer()) {
        hcl.comment(u"OPTIONS routes without authorization keep preflights away from the "
                    u"authorizer of ANY and $default routes."_s);
    }
    hcl.openBlock(u"locals"_s);
    hcl.mapAttribute(u"routes"_s, routes);
    hcl.closeBlock();
    hcl.blankLine();
    hcl.openBlock(u"resource \"aws_apigatewayv2_route\" \"route\""_s);
    hcl.attribute(u"for_each"_s, u"local.routes"_s);
    hcl.attribute(u"api_id"_s, u"aws_apigatewayv2_api.api.id"_s);
    hcl.attribute(u"route_key"_s, u"each.key"_s);
    hcl.attribute(u"target"_s, u"\"integrations/${aws_apigatewayv2_integration.function.id}\""_s);
    authorizationAttributes(hcl, config, u"authorization_type"_s,
                            u"aws_apigatewayv2_authorizer.lambda.id"_s);
    hcl.closeBlock();
}

void httpApi(HclWriter &hcl, const CorsConfig &config)
{
    hcl.blankLine();
    hcl.openBlock(u"resource \"aws_apigatewayv2_api\" \"api\""_s);
    hcl.attribute(u"name"_s, hclString(u"cors-api"_s));
    hcl.attribute(u"protocol_type"_s, hclString(u"HTTP"_s));
    httpCorsConfiguration(hcl, config);
    hcl.closeBlock();

    hcl.blankLine();
    hcl.openBlock(u"resource \"aws_apigatewayv2_integration\" \"function\""_s);
    hcl.attribute(u"api_id"_s, u"aws_apigatewayv2_api.api.id"_s);
    hcl.attribute(u"integration_type"_s, hclString(u"AWS_PROXY"_s));
    hcl.attribute(u"integration_uri"_s, u"var.function_arn"_s);
    hcl.attribute(u"payload_format_version"_s, hclString(u"2.0"_s));
    hcl.closeBlock();
    if (config.hasAuthorizer()) {
        httpAuthorizer(hcl, config);
    }
    httpRoutes(hcl, config);
    permission(hcl, u"api"_s, u"var.function_name"_s,
               u"\"${aws_apigatewayv2_api.api.execution_arn}/*\""_s);

    hcl.blankLine();
    hcl.comment(u"auto_deploy publishes every change."_s);
    hcl.openBlock(u"resource \"aws_apigatewayv2_stage\" \"default\""_s);
    hcl.attribute(u"api_id"_s, u"aws_apigatewayv2_api.api.id"_s);
    hcl.attribute(u"name"_s, config.stages.isEmpty() ? hclString(u"$default"_s) : u"var.stage"_s);
    hcl.attribute(u"auto_deploy"_s, u"true"_s);
    hcl.closeBlock();

    hcl.blankLine();
    hcl.openBlock(u"output \"api_url\""_s);
    hcl.attribute(u"value"_s, u"aws_apigatewayv2_api.api.api_endpoint"_s);
    hcl.closeBlock();
}

} // namespace

/// Stages: `variable "stage"` picks one (one workspace or state per stage) and
/// `local.stage_cors[var.stage]` (local.cors) holds its CORS origins.
void stageVariable(HclWriter &hcl, const CorsConfig &config)
{
    const QStringList names = stageNames(config.stages);
    hcl.blankLine();
    hcl.openBlock(u"variable \"stage\""_s);
    hcl.attribute(u"type"_s, u"string"_s);
    hcl.attribute(u"description"_s, hclString(u"The stage to deploy (one state per stage): "_s +
                                              names.join(u", "_s)));
    hcl.attribute(u"default"_s, hclString(names.value(0)));
    hcl.openBlock(u"validation"_s);
    hcl.attribute(u"condition"_s, u"contains("_s + hclList(names) + u", var.stage)"_s);
    hcl.attribute(u"error_message"_s,
                  hclString(u"The stage must be one of: "_s + names.join(u", "_s) + u'.'));
    hcl.closeBlock();
    hcl.closeBlock();

    const bool rest = config.apiType == ApiType::Rest;
    hcl.blankLine();
    hcl.comment(u"Each stage's CORS origins."_s);
    hcl.openBlock(u"locals"_s);
    hcl.openBlock(u"stage_cors ="_s);
    for (const Stage &stage : config.stages) {
        const CorsConfig deployed = config.forStage(stage);
        hcl.openBlock(hclString(stage.name) + u" ="_s);
        if (rest) {
            hcl.attribute(u"preflight_template"_s,
                          hclString(originSelectionTemplate(deployed.allowOrigins)));
            hcl.attribute(u"error_origin"_s,
                          hclString(staticValue(CorsValues(deployed).allowOrigin)));
        }
        hcl.attribute(u"allow_origins"_s, hclList(deployed.allowOrigins));
        hcl.closeBlock();
    }
    hcl.closeBlock();
    hcl.attribute(u"cors"_s, u"local.stage_cors[var.stage]"_s);
    hcl.closeBlock();
}

QByteArray renderTerraform(const CorsConfig &config)
{
    HclWriter hcl;
    hcl.comment(generatedBy(config));
    providerRequirement(hcl);
    variables(hcl, config);
    if (!config.stages.isEmpty()) {
        stageVariable(hcl, config);
    }
    if (config.apiType == ApiType::Rest) {
        restApi(hcl, config);
    } else {
        httpApi(hcl, config);
    }
    return hcl.bytes();
}

} // namespace cors::render::detail
