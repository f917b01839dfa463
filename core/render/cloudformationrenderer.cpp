// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apishape.h"
#include "corsvalues.h"
#include "fingerprint.h"
#include "renderers.h"
#include "templateparts.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace cors::render::detail {

namespace {

using namespace parts;

Node &resource(Node &resources, const QString &name, const char *type, const QString &why = {})
{
    Node &node = resources.set(name, Node::object(), why);
    node.set(u"Type"_s, type);
    return node;
}

Node &properties(Node &resources, const QString &name, const char *type, const QString &why = {})
{
    return resource(resources, name, type, why).set(u"Properties"_s, Node::object());
}

Node resourceId(const QString &path, const QString &name)
{
    return path == u"/" ? getAtt(u"RestApi.RootResourceId"_s) : ref(name + u"Resource"_s);
}

/// The MOCK integration and method responses of a preflight, which depend only on its
/// Access-Control-Allow-Methods: built once per distinct list and shared.
struct PreflightParts
{
    Node integration;
    Node methodResponses;
};

PreflightParts preflightParts(const CorsValues &values, const QStringList &allowMethods)
{
    const PreflightAnswer answer = values.preflightAnswer(allowMethods.join(u','));
    return {Node::shared(preflightIntegration(answer,
                                              values.staged ? stageValue(u"PreflightTemplate"_s)
                                                            : Node(answer.mappingTemplate),
                                              originTemplateWhy(values))),
            Node::shared(preflightMethodResponses(answer))};
}

/// The preflight answer of one path: a MOCK integration with the static CORS headers.
void optionsMethod(Node &resources, const PathPreflight &preflight, const PreflightParts &parts)
{
    Node &method = properties(resources, preflight.resourceName + u"OptionsMethod"_s,
                              "AWS::ApiGateway::Method",
                              u"The preflight of %1: a MOCK integration answers with static CORS "
                              u"headers, no backend call."_s.arg(preflight.path));
    method.set(u"RestApiId"_s, ref(u"RestApi"_s));
    method.set(u"ResourceId"_s, resourceId(preflight.path, preflight.resourceName));
    method.set(u"HttpMethod"_s, "OPTIONS");
    method.set(u"AuthorizationType"_s, "NONE",
               u"Browsers send preflights without tokens or API keys."_s);
    method.set(u"ApiKeyRequired"_s, false);
    method.set(u"Integration"_s, parts.integration);
    method.set(u"MethodResponses"_s, parts.methodResponses);
}

/// The Lambda proxy integration every route method has: one shared subtree.
Node proxyIntegration()
{
    Node integration = Node::object();
    integration.set(u"Type"_s, "AWS_PROXY");
    integration.set(u"IntegrationHttpMethod"_s, "POST");
    integration.set(u"Uri"_s, lambdaInvokeUri(u"FunctionArn"_s));
    return Node::shared(integration);
}

void routeMethod(Node &resources, const CorsConfig &config, const RestMethod &route,
                 const QString &resourceName, const Node &integration, bool first)
{
    Node &method = properties(resources, route.name + u"Method"_s, "AWS::ApiGateway::Method");
    method.set(u"RestApiId"_s, ref(u"RestApi"_s));
    method.set(u"ResourceId"_s, resourceId(route.path, resourceName));
    method.set(u"HttpMethod"_s, route.method);
    method.set(u"AuthorizationType"_s, route.authorized ? "CUSTOM" : "NONE");
    if (route.authorized) {
        method.set(u"AuthorizerId"_s, ref(u"TokenAuthorizer"_s));
    }
    method.set(u"ApiKeyRequired"_s, config.apiKeyRequired);
    method.set(u"Integration"_s, integration,
               first ? u"Lambda proxy: the function's response (with its CORS headers) goes to "
                       u"the browser as it is."_s
                     : QString());
}

void permission(Node &resources, const QString &name, const QString &function,
                const QString &sourceArn)
{
    Node &node = properties(resources, name, "AWS::Lambda::Permission");
    node.set(u"Action"_s, "lambda:InvokeFunction");
    node.set(u"FunctionName"_s, ref(function));
    node.set(u"Principal"_s, "apigateway.amazonaws.com");
    node.set(u"SourceArn"_s, sub(sourceArn));
}

void restAuthorizer(Node &resources, const CorsConfig &config)
{
    Node &authorizer = properties(resources, u"TokenAuthorizer"_s, "AWS::ApiGateway::Authorizer");
    authorizer.set(u"RestApiId"_s, ref(u"RestApi"_s));
    authorizer.set(u"Name"_s, "token-authorizer");
    authorizer.set(u"Type"_s, "TOKEN");
    authorizer.set(u"IdentitySource"_s, QString(u"method.request.header."_s + config.authorizer));
    authorizer.set(u"AuthorizerUri"_s, lambdaInvokeUri(u"AuthorizerFunctionArn"_s));
    permission(resources, u"AuthorizerPermission"_s, u"AuthorizerFunctionArn"_s,
               u"arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${RestApi}/"
               u"authorizers/${TokenAuthorizer}"_s);
}

void usagePlan(Node &resources, const QString &stage, Node apiId)
{
    Node &key = properties(resources, u"ApiKey"_s, "AWS::ApiGateway::ApiKey",
                           u"Methods that require an API key answer 403 to every call without "
                           u"a key of a usage plan."_s);
    key.set(u"Enabled"_s, true);
    Node &plan = resource(resources, u"UsagePlan"_s, "AWS::ApiGateway::UsagePlan");
    plan.set(u"DependsOn"_s, Node::stringArray({stage}));
    Node &apiStage = plan.set(u"Properties"_s, Node::object())
                         .set(u"ApiStages"_s, Node::array())
                         .append(Node::object());
    apiStage.set(u"ApiId"_s, std::move(apiId));
    apiStage.set(u"Stage"_s, ref(stage));
    Node &planKey = properties(resources, u"UsagePlanKey"_s, "AWS::ApiGateway::UsagePlanKey");
    planKey.set(u"KeyId"_s, ref(u"ApiKey"_s));
    planKey.set(u"KeyType"_s, "API_KEY");
    planKey.set(u"UsagePlanId"_s, ref(u"UsagePlan"_s));
}

void restDeployment(Node &resources, const CorsConfig &config, const QStringList &methods)
{
    // CloudFormation updates a deployment in place when only its properties change, and the
    // stage keeps serving the old snapshot: a new logical ID (the fingerprint of the CORS values
    // and routes) makes it create a new deployment and point the stage at it.
    const QString deployment = u"Deployment"_s + fingerprint(config);
    Node &node = resource(resources, deployment, "AWS::ApiGateway::Deployment",
                          u"Its logical ID carries a fingerprint of the CORS settings and routes: "
                          u"a change creates a new deployment, the same settings keep this one."_s);
    node.set(u"DependsOn"_s, Node::stringArray(methods));
    node.set(u"Properties"_s, Node::object()).set(u"RestApiId"_s, ref(u"RestApi"_s));
    Node &stage = properties(resources, u"Stage"_s, "AWS::ApiGateway::Stage");
    stage.set(u"RestApiId"_s, ref(u"RestApi"_s));
    stage.set(u"DeploymentId"_s, ref(deployment));
    stage.set(u"StageName"_s, config.stages.isEmpty() ? Node("prod") : ref(stageParameterName()));
}

void restResources(Node &resources, const CorsConfig &config)
{
    const ApiShape shape = apiShape(config);
    properties(resources, u"RestApi"_s, "AWS::ApiGateway::RestApi").set(u"Name"_s, "cors-api");
    QHash<QString, QString> nameOf{{u"/"_s, u"Root"_s}};
    for (const RestResource &part : shape.resources) {
        nameOf.insert(part.path, part.name);
        Node &node = properties(resources, part.name + u"Resource"_s, "AWS::ApiGateway::Resource");
        node.set(u"RestApiId"_s, ref(u"RestApi"_s));
        node.set(u"ParentId"_s, resourceId(part.parentPath, nameOf.value(part.parentPath)));
        node.set(u"PathPart"_s, part.pathPart);
    }
    if (config.hasAuthorizer()) {
        restAuthorizer(resources, config);
    }
    QStringList methods;
    const Node integration = proxyIntegration();
    for (const RestMethod &method : shape.methods) {
        routeMethod(resources, config, method, nameOf.value(method.path), integration,
                    methods.isEmpty());
        methods.append(method.name + u"Method"_s);
    }
    permission(
        resources, u"FunctionPermission"_s, u"FunctionArn"_s,
        u"arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${RestApi}/*"_s);
    const CorsValues values(config);
    QHash<QStringList, PreflightParts> partsOf;
    for (const PathPreflight &preflight : shape.preflights) {
        auto it = partsOf.find(preflight.allowMethods);
        if (it == partsOf.end()) {
            it = partsOf.insert(preflight.allowMethods,
                                preflightParts(values, preflight.allowMethods));
        }
        optionsMethod(resources, preflight, *it);
        methods.append(preflight.resourceName + u"OptionsMethod"_s);
    }
    if (config.gatewayResponses) {
        for (const QString &type : gatewayResponseTypes()) {
            const QString name = u"GatewayResponse"_s + type.mid(8).prepend(u"Default"_s);
            Node &response = properties(resources, name, "AWS::ApiGateway::GatewayResponse",
                                        gatewayResponsesWhy(values));
            response.set(u"RestApiId"_s, ref(u"RestApi"_s));
            response.set(u"ResponseType"_s, type);
            response.set(u"ResponseParameters"_s,
                         gatewayResponseHeaders(config, u"gatewayresponse.header."_s,
                                                stagedErrorOrigin(config)));
            methods.append(name);
        }
    }
    restDeployment(resources, config, methods);
    if (config.apiKeyRequired) {
        usagePlan(resources, u"Stage"_s, ref(u"RestApi"_s));
    }
}

void httpAuthorizer(Node &resources, const CorsConfig &config)
{
    Node &authorizer =
        properties(resources, u"LambdaAuthorizer"_s, "AWS::ApiGatewayV2::Authorizer");
    authorizer.set(u"ApiId"_s, ref(u"HttpApi"_s));
    authorizer.set(u"Name"_s, "lambda-authorizer");
    authorizer.set(u"AuthorizerType"_s, "REQUEST");
    authorizer.set(u"IdentitySource"_s,
                   Node::stringArray({u"$request.header."_s + config.authorizer}));
    authorizer.set(u"AuthorizerUri"_s, lambdaInvokeUri(u"AuthorizerFunctionArn"_s));
    authorizer.set(u"AuthorizerPayloadFormatVersion"_s, "2.0");
    authorizer.set(u"EnableSimpleResponses"_s, true);
    permission(resources, u"AuthorizerPermission"_s, u"AuthorizerFunctionArn"_s,
               u"arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${HttpApi}/"
               u"authorizers/${LambdaAuthorizer}"_s);
}

void httpResources(Node &resources, const CorsConfig &config)
{
    Node &api = properties(resources, u"HttpApi"_s, "AWS::ApiGatewayV2::Api");
    api.set(u"Name"_s, "cors-api");
    api.set(u"ProtocolType"_s, "HTTP");
    api.set(u"CorsConfiguration"_s,
            httpCorsConfiguration(config, Spelling::PascalCase, !config.stages.isEmpty()),
            u"API Gateway answers preflights itself and adds these headers to every response; "
            u"it ignores CORS headers the integration returns."_s);
    Node &integration =
        properties(resources, u"FunctionIntegration"_s, "AWS::ApiGatewayV2::Integration");
    integration.set(u"ApiId"_s, ref(u"HttpApi"_s));
    integration.set(u"IntegrationType"_s, "AWS_PROXY");
    integration.set(u"IntegrationUri"_s, ref(u"FunctionArn"_s));
    integration.set(u"PayloadFormatVersion"_s, "2.0");
    if (config.hasAuthorizer()) {
        httpAuthorizer(resources, config);
    }
    for (const HttpRoute &route : apiShape(config).httpRoutes) {
        Node &node = properties(resources, route.name + u"Route"_s, "AWS::ApiGatewayV2::Route",
                                route.preflightOnly ? preflightRouteWhy() : QString());
        node.set(u"ApiId"_s, ref(u"HttpApi"_s));
        node.set(u"RouteKey"_s, route.key);
        node.set(u"Target"_s, sub(u"integrations/${FunctionIntegration}"_s));
        node.set(u"AuthorizationType"_s, route.authorized ? "CUSTOM" : "NONE");
        if (route.authorized) {
            node.set(u"AuthorizerId"_s, ref(u"LambdaAuthorizer"_s));
        }
    }
    permission(
        resources, u"FunctionPermission"_s, u"FunctionArn"_s,
        u"arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${HttpApi}/*"_s);
    Node &stage = properties(resources, u"DefaultStage"_s, "AWS::ApiGatewayV2::Stage",
                             u"AutoDeploy publishes every change."_s);
    stage.set(u"ApiId"_s, ref(u"HttpApi"_s));
    stage.set(u"StageName"_s,
              config.stages.isEmpty() ? Node("$default") : ref(stageParameterName()));
    stage.set(u"AutoDeploy"_s, true);
}

Node parameters(const CorsConfig &config)
{
    Node node = Node::object();
    node.set(u"FunctionArn"_s, stringParameter(u"ARN of the Lambda function behind the API's "
                                               u"routes (the generated handler)"_s));
    if (config.hasAuthorizer()) {
        node.set(u"AuthorizerFunctionArn"_s,
                 stringParameter(u"ARN of the Lambda authorizer that reads the %1 header"_s.arg(
                     config.authorizer)));
    }
    return node;
}

} // namespace

QByteArray renderCloudFormation(const CorsConfig &config)
{
    const bool rest = config.apiType == ApiType::Rest;
    Node doc = Node::object();
    doc.set(u"AWSTemplateFormatVersion"_s, "2010-09-09");
    doc.set(u"Description"_s, rest ? "REST API with CORS" : "HTTP API with CORS");
    Node &parameterNodes = doc.set(u"Parameters"_s, parameters(config));
    if (!config.stages.isEmpty()) {
        parameterNodes.set(stageParameterName(), stageParameter(config));
        doc.set(u"Mappings"_s, stageMappings(config));
    }
    Node &resources = doc.set(u"Resources"_s, Node::object());
    if (rest) {
        restResources(resources, config);
    } else {
        httpResources(resources, config);
    }
    Node &outputs = doc.set(u"Outputs"_s, Node::object());
    const bool staged = !config.stages.isEmpty();
    outputs.set(u"ApiUrl"_s, Node::object())
        .set(u"Value"_s,
             rest     ? sub(u"https://${RestApi}.execute-api.${AWS::Region}.${AWS::URLSuffix}/"_s +
                            (staged ? u"${StageName}/"_s : u"prod/"_s))
             : staged ? sub(u"${HttpApi.ApiEndpoint}/${StageName}/"_s)
                      : getAtt(u"HttpApi.ApiEndpoint"_s));
    if (rest && staged) {
        outputs
            .set(u"AllowedOrigins"_s, Node::object(),
                 u"Set your function's ALLOWED_ORIGINS environment variable to this: the "
                 u"generated handlers read the stage's origins from it."_s)
            .set(u"Value"_s, stageValue(u"AllowedOrigins"_s));
    }
    if (rest && config.apiKeyRequired) {
        outputs.set(u"ApiKeyId"_s, Node::object()).set(u"Value"_s, ref(u"ApiKey"_s));
    }
    return doc.toYaml(generatedBy(config));
}

} // namespace cors::render::detail
