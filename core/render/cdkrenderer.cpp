// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The AWS CDK v2 stack (TypeScript and Python): one statement list, printed twice.
//
// Where CDK's own CORS helpers would do the wrong thing, the stack does it by hand:
// - REST: no defaultCorsPreflightOptions / addCorsPreflight. With several origins CDK's mapping
//   template answers a disallowed origin with the first allowed one (aws-cdk #30453) and once
//   matched origins as regular expressions (aws-cdk #26623); it adds no gateway responses; and
//   it accepts Cors.ALL_ORIGINS with allowCredentials, which browsers reject (Fetch §3.2.5).
//   Each path gets an OPTIONS method with a MOCK integration built from the same values as
//   every other format (CorsValues::preflightAnswer()).
// - REST: no defaultMethodOptions. An authorizer or API key set there also guards the OPTIONS
//   methods, and browsers send preflights without either (Fetch §4.8 "CORS-preflight fetch").
#include "apishape.h"
#include "cdkcode.h"
#include "corsvalues.h"
#include "origintemplate.h"
#include "renderers.h"
#include "templateparts.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace cors::render::detail {

namespace {

using cdk::Expr;
using cdk::Language;
using cdk::Module;
using cdk::Statement;

using Entries = QList<std::pair<QString, Expr>>;

Expr str(const QString &text)
{
    return Expr::string(text);
}

Expr var(const QString &name)
{
    return Expr::var(name);
}

/// Module.Type.MEMBER, e.g. apigateway.AuthorizationType.NONE.
Expr enumValue(Module module, const QString &type, const QString &member)
{
    return Expr::qualified(module, type).member(member);
}

/// The deployed stage's value of a per-stage constant (STAGE_ORIGINS[stageName]).
Expr stageConstant(const QString &name)
{
    return var(name).index(var(u"stageName"_s));
}

class StackBuilder
{
public:
    StackBuilder(const CorsConfig &config, Language language)
        : m_config(config)
        , m_language(language)
        , m_values(config)
        , m_staged(!config.stages.isEmpty())
    {}

    QList<Statement> body()
    {
        function();
        if (m_config.apiType == ApiType::Rest) {
            restApi();
        } else {
            httpApi();
        }
        return m_out;
    }

private:
    void add(Statement statement) { m_out.append(std::move(statement)); }

    void function()
    {
        const bool py = m_language == Language::Python;
        const QString file = py ? u"handler.py"_s : u"handler.mjs"_s;
        add(cdk::comment(
            u"The function behind every route: %1 (the generated Lambda handler), "
            u"from the folder above this file. Only that file is packaged."_s.arg(file)));
        Entries props{
            {u"runtime"_s, py ? enumValue(Module::Lambda, u"Runtime"_s, u"PYTHON_3_13"_s)
                              : enumValue(Module::Lambda, u"Runtime"_s, u"NODEJS_22_X"_s)},
            {u"handler"_s, str(u"handler.handler"_s)},
            {u"code"_s,
             Expr::qualified(Module::Lambda, u"Code"_s)
                 .call(u"fromAsset"_s, {var(u"HANDLER_DIR"_s)},
                       Expr::structOf({{u"exclude"_s, Expr::strings({u"*"_s, u"!"_s + file})}}))},
        };
        if (m_staged && m_config.apiType == ApiType::Rest) {
            props.append(
                {u"environment"_s,
                 Expr::dict({{u"ALLOWED_ORIGINS"_s, stageConstant(u"STAGE_ALLOWED_ORIGINS"_s)}})});
        }
        add(cdk::constant(u"handler"_s, Expr::construct(Module::Lambda, u"Function"_s,
                                                        {Expr::self(), str(u"ApiFunction"_s)},
                                                        Expr::structOf(props))));
    }

    /// The authorizer's Lambda function, by ARN: a stack parameter, as in the CloudFormation
    /// and SAM templates.
    void authorizerFunction()
    {
        add(cdk::constant(
            u"authorizerFunctionArn"_s,
            Expr::construct(
                Module::Core, u"CfnParameter"_s, {Expr::self(), str(u"AuthorizerFunctionArn"_s)},
                Expr::structOf({{u"type"_s, str(u"String"_s)},
                                {u"description"_s,
                                 str(u"ARN of the Lambda authorizer that reads the %1 header"_s.arg(
                                     m_config.authorizer))}}))));
        add(cdk::constant(
            u"authorizerFunction"_s,
            Expr::qualified(Module::Lambda, u"Function"_s)
                .call(u"fromFunctionAttributes"_s, {Expr::self(), str(u"AuthorizerFunction"_s)},
                      Expr::structOf({{u"functionArn"_s,
                                       var(u"authorizerFunctionArn"_s).member(u"valueAsString"_s)},
                                      {u"sameEnvironment"_s, Expr::boolean(true)}}))));
    }

    // ---- REST API ----

    void restApi()
    {
        if (m_config.hasAuthorizer()) {
            authorizerFunction();
            add(cdk::constant(
                u"authorizer"_s,
                Expr::construct(
                    Module::ApiGateway, u"TokenAuthorizer"_s,
                    {Expr::self(), str(u"TokenAuthorizer"_s)},
                    Expr::structOf({{u"handler"_s, var(u"authorizerFunction"_s)},
                                    {u"identitySource"_s,
                                     Expr::qualified(Module::ApiGateway, u"IdentitySource"_s)
                                         .call(u"header"_s, {str(m_config.authorizer)})}}))));
        }
        add(cdk::blank());
        add(cdk::comment(
            u"CORS by hand, not with defaultCorsPreflightOptions: with several origins CDK's "
            u"preflight answers a disallowed origin with the first allowed one (aws-cdk #30453), "
            u"it adds no gateway responses, and it accepts '*' with credentials, which browsers "
            u"reject. No defaultMethodOptions either: an authorizer or API key set there also "
            u"guards OPTIONS, and browsers send preflights without them."_s));
        add(cdk::constant(
            u"api"_s,
            Expr::construct(
                Module::ApiGateway, u"RestApi"_s, {Expr::self(), str(u"RestApi"_s)},
                Expr::structOf(Entries{
                    {u"restApiName"_s, str(u"cors-api"_s)},
                    {u"deployOptions"_s,
                     Expr::structOf(
                         Entries{{u"stageName"_s, m_staged ? var(u"stageName"_s) : str(u"prod"_s)}},
                         u"apigateway.StageOptions"_s)},
                    {u"cloudWatchRole"_s, Expr::boolean(false)}}))));
        add(cdk::constant(
            u"integration"_s,
            Expr::construct(Module::ApiGateway, u"LambdaIntegration"_s, {var(u"handler"_s)})));
        const ApiShape shape = apiShape(m_config);
        restResources(shape);
        restMethods(shape);
        restPreflights(shape);
        if (m_config.gatewayResponses) {
            gatewayResponses();
        }
        if (m_config.apiKeyRequired) {
            usagePlan();
        }
        add(cdk::blank());
        output(u"ApiUrl"_s, var(u"api"_s).member(u"url"_s));
    }

    /// The variable that holds a path's resource: api.root for "/".
    Expr resource(const QString &path) const
    {
        return path == u"/" ? var(u"api"_s).member(u"root"_s) : var(u"resource"_s + pathName(path));
    }

    /// aws-cdk-lib's Resource refuses path parts outside [a-zA-Z0-9:._-$] (with {} and a
    /// trailing + for parameters), though API Gateway takes more (e.g. ~ and @).
    static bool cdkAcceptsPathPart(QString part)
    {
        if (part.startsWith(u'{') && part.endsWith(u'}')) {
            part = part.mid(1, part.size() - 2);
            if (part.endsWith(u'+')) {
                part.chop(1);
            }
        }
        static const QRegularExpression allowed(u"^[a-zA-Z0-9:._\\-$]+$"_s);
        return allowed.match(part).hasMatch();
    }

    /// Every resource of the tree, parents first: addResource() on its parent, or for a path
    /// part CDK refuses, the CloudFormation resource itself and a reference to it (the API's
    /// methods and deployment work the same on both).
    void restResources(const ApiShape &shape)
    {
        for (const RestResource &part : shape.resources) {
            const QString name = u"resource"_s + part.name;
            if (cdkAcceptsPathPart(part.pathPart)) {
                add(cdk::constant(
                    name, resource(part.parentPath).call(u"addResource"_s, {str(part.pathPart)})));
                continue;
            }
            add(cdk::comment(u"CDK's Resource refuses this path part; API Gateway takes it."_s));
            add(cdk::constant(
                name + u"Cfn"_s,
                Expr::construct(
                    Module::ApiGateway, u"CfnResource"_s,
                    {Expr::self(), str(part.name + u"Resource"_s)},
                    Expr::structOf(
                        Entries{{u"restApiId"_s, var(u"api"_s).member(u"restApiId"_s)},
                                {u"parentId"_s, resource(part.parentPath).member(u"resourceId"_s)},
                                {u"pathPart"_s, str(part.pathPart)}}))));
            add(cdk::constant(
                name, Expr::qualified(Module::ApiGateway, u"Resource"_s)
                          .call(u"fromResourceAttributes"_s,
                                {Expr::self(), str(part.name + u"ResourceRef"_s)},
                                Expr::structOf(Entries{
                                    {u"restApi"_s, var(u"api"_s)},
                                    {u"resourceId"_s, var(name + u"Cfn"_s).member(u"ref"_s)},
                                    {u"path"_s, str(part.path)}}))));
        }
    }

    void restMethods(const ApiShape &shape)
    {
        for (const RestMethod &method : shape.methods) {
            Entries options;
            if (method.authorized) {
                options.append({u"authorizer"_s, var(u"authorizer"_s)});
            }
            if (m_config.apiKeyRequired) {
                options.append({u"apiKeyRequired"_s, Expr::boolean(true)});
            }
            add(cdk::doing(resource(method.path)
                               .call(u"addMethod"_s, {str(method.method), var(u"integration"_s)},
                                     options.isEmpty() ? Expr() : Expr::structOf(options))));
        }
    }

    /// The MOCK integration of a preflight that answers with `answer`.
    Expr mockIntegration(const PreflightAnswer &answer) const
    {
        Entries parameters;
        for (const auto &[header, value] : answer.staticHeaders) {
            parameters.append({u"method.response.header."_s + header, str(staticValue(value))});
        }
        const Expr mappingTemplate =
            m_staged ? stageConstant(u"STAGE_PREFLIGHT_TEMPLATE"_s) : str(answer.mappingTemplate);
        const Expr response = Expr::structOf(
            {{u"statusCode"_s, str(u"200"_s)},
             {u"responseParameters"_s, Expr::dict(parameters)},
             {u"responseTemplates"_s, Expr::dict({{u"application/json"_s, mappingTemplate}})}},
            u"apigateway.IntegrationResponse"_s);
        return Expr::construct(
            Module::ApiGateway, u"MockIntegration"_s, {},
            Expr::structOf(
                {{u"requestTemplates"_s,
                  Expr::dict({{u"application/json"_s, str(u"{\"statusCode\": 200}"_s)}})},
                 // AWS: "Working with binary media types": with */* binary, a MOCK without
                 // CONVERT_TO_TEXT fails to turn its request template into the status code.
                 {u"contentHandling"_s,
                  enumValue(Module::ApiGateway, u"ContentHandling"_s, u"CONVERT_TO_TEXT"_s)},
                 {u"integrationResponses"_s, Expr::list({response})}}));
    }

    Expr methodResponses(const PreflightAnswer &answer) const
    {
        Entries declared;
        for (const QString &header : answer.declaredHeaders) {
            declared.append({u"method.response.header."_s + header, Expr::boolean(true)});
        }
        return Expr::list({Expr::structOf(
            {{u"statusCode"_s, str(u"200"_s)},
             {u"responseParameters"_s, Expr::dict(declared)},
             {u"responseModels"_s,
              Expr::dict({{u"application/json"_s,
                           enumValue(Module::ApiGateway, u"Model"_s, u"EMPTY_MODEL"_s)}})}},
            u"apigateway.MethodResponse"_s)});
    }

    void restPreflights(const ApiShape &shape)
    {
        add(cdk::blank());
        add(cdk::comment(u"Preflights: a MOCK integration answers OPTIONS with the CORS headers, "
                         u"without a backend call, an authorizer or an API key."_s));
        if (const QString why = parts::originTemplateWhy(m_values); !why.isEmpty()) {
            add(cdk::comment(why));
        }
        QHash<QStringList, QString> nameOf;
        for (const PathPreflight &preflight : shape.preflights) {
            QString name = nameOf.value(preflight.allowMethods);
            if (name.isEmpty()) {
                name = u"preflight%1"_s.arg(nameOf.size() + 1);
                nameOf.insert(preflight.allowMethods, name);
                const PreflightAnswer answer =
                    m_values.preflightAnswer(preflight.allowMethods.join(u','));
                add(cdk::constant(name, mockIntegration(answer)));
                add(cdk::constant(name + u"Responses"_s, methodResponses(answer)));
            }
            add(cdk::doing(
                resource(preflight.path)
                    .call(u"addMethod"_s, {str(u"OPTIONS"_s), var(name)},
                          Expr::structOf(
                              {{u"authorizationType"_s,
                                enumValue(Module::ApiGateway, u"AuthorizationType"_s, u"NONE"_s)},
                               {u"apiKeyRequired"_s, Expr::boolean(false)},
                               {u"methodResponses"_s, var(name + u"Responses"_s)}}))));
        }
    }

    void gatewayResponses()
    {
        add(cdk::blank());
        add(cdk::comment(parts::gatewayResponsesWhy(m_values)));
        Entries headers;
        for (const auto &[header, value] : m_values.gatewayResponseHeaders()) {
            headers.append({header, m_staged && header == u"Access-Control-Allow-Origin"
                                        ? stageConstant(u"STAGE_ERROR_ORIGIN"_s)
                                        : str(staticValue(value))});
        }
        for (const QString &type : parts::gatewayResponseTypes()) {
            // "DEFAULT_4XX" → "Default4xx", the ID CDK's own examples use.
            const QString id = u"Default"_s + type.mid(8).toLower();
            add(cdk::doing(var(u"api"_s).call(
                u"addGatewayResponse"_s, {str(id)},
                Expr::structOf({{u"type"_s, enumValue(Module::ApiGateway, u"ResponseType"_s, type)},
                                {u"responseHeaders"_s, Expr::dict(headers)}}))));
        }
    }

    void usagePlan()
    {
        add(cdk::blank());
        add(cdk::comment(u"Methods that require an API key answer 403 to every call without a key "
                         u"of a usage plan."_s));
        add(cdk::constant(
            u"usagePlan"_s,
            var(u"api"_s).call(
                u"addUsagePlan"_s, {str(u"UsagePlan"_s)},
                Expr::structOf({{u"apiStages"_s,
                                 Expr::list({Expr::structOf(
                                     {{u"api"_s, var(u"api"_s)},
                                      {u"stage"_s, var(u"api"_s).member(u"deploymentStage"_s)}},
                                     u"apigateway.UsagePlanPerApiStage"_s)})}}))));
        add(cdk::constant(u"apiKey"_s, var(u"api"_s).call(u"addApiKey"_s, {str(u"ApiKey"_s)})));
        add(cdk::doing(var(u"usagePlan"_s).call(u"addApiKey"_s, {var(u"apiKey"_s)})));
        output(u"ApiKeyId"_s, var(u"apiKey"_s).member(u"keyId"_s));
    }

    // ---- HTTP API ----

    Expr corsPreflight() const
    {
        Entries cors;
        cors.append({u"allowOrigins"_s, m_staged ? stageConstant(u"STAGE_ALLOW_ORIGINS"_s)
                                                 : Expr(Expr::strings(m_config.allowOrigins))});
        if (!m_config.allowMethods.isEmpty()) {
            QList<Expr> methods;
            for (const QString &method : m_config.allowMethods) {
                methods.append(enumValue(Module::ApiGatewayV2, u"CorsHttpMethod"_s,
                                         method == u"*" ? u"ANY"_s : method));
            }
            cors.append({u"allowMethods"_s, Expr::list(methods)});
        }
        if (!m_config.allowHeaders.isEmpty()) {
            cors.append({u"allowHeaders"_s, Expr::strings(m_config.allowHeaders)});
        }
        if (!m_config.exposeHeaders.isEmpty()) {
            cors.append({u"exposeHeaders"_s, Expr::strings(m_config.exposeHeaders)});
        }
        if (m_config.maxAge && *m_config.maxAge >= 0) {
            cors.append({u"maxAge"_s, Expr::qualified(Module::Core, u"Duration"_s)
                                          .call(u"seconds"_s, {Expr::integer(*m_config.maxAge)})});
        }
        if (m_config.allowCredentials) {
            cors.append({u"allowCredentials"_s, Expr::boolean(true)});
        }
        return Expr::structOf(cors, u"apigwv2.CorsPreflightOptions"_s);
    }

    void httpApi()
    {
        add(cdk::constant(u"integration"_s,
                          Expr::construct(Module::Integrations, u"HttpLambdaIntegration"_s,
                                          {str(u"FunctionIntegration"_s), var(u"handler"_s)},
                                          Expr::structOf({{u"payloadFormatVersion"_s,
                                                           enumValue(Module::ApiGatewayV2,
                                                                     u"PayloadFormatVersion"_s,
                                                                     u"VERSION_2_0"_s)}}))));
        if (m_config.hasAuthorizer()) {
            authorizerFunction();
            add(cdk::constant(
                u"authorizer"_s,
                Expr::construct(
                    Module::Authorizers, u"HttpLambdaAuthorizer"_s,
                    {str(u"LambdaAuthorizer"_s), var(u"authorizerFunction"_s)},
                    Expr::structOf(
                        {{u"identitySource"_s,
                          Expr::strings({u"$request.header."_s + m_config.authorizer})},
                         {u"responseTypes"_s,
                          Expr::list({enumValue(Module::Authorizers, u"HttpLambdaResponseType"_s,
                                                u"SIMPLE"_s)})}}))));
        }
        add(cdk::blank());
        add(cdk::comment(u"API Gateway answers preflights itself from corsPreflight and adds "
                         u"these headers to every response; it ignores CORS headers the "
                         u"function returns."_s));
        Entries props{{u"apiName"_s, str(u"cors-api"_s)}, {u"corsPreflight"_s, corsPreflight()}};
        if (m_staged) {
            props.append({u"createDefaultStage"_s, Expr::boolean(false)});
        }
        add(cdk::constant(u"api"_s, Expr::construct(Module::ApiGatewayV2, u"HttpApi"_s,
                                                    {Expr::self(), str(u"HttpApi"_s)},
                                                    Expr::structOf(props))));
        if (m_config.maxAge && *m_config.maxAge < 0) {
            add(cdk::comment(u"MaxAge -1 turns preflight caching off; CDK's Duration cannot be "
                             u"negative, so it is set on the CloudFormation resource."_s));
            add(cdk::rawLines(
                u"(api.node.defaultChild as apigwv2.CfnApi).addPropertyOverride("
                u"'CorsConfiguration.MaxAge', %1);"_s.arg(*m_config.maxAge),
                u"api.node.default_child.add_property_override(\"CorsConfiguration.MaxAge\", "
                u"%1)"_s.arg(*m_config.maxAge)));
        }
        httpRoutes();
        add(cdk::blank());
        if (m_staged) {
            add(cdk::constant(
                u"stage"_s,
                var(u"api"_s).call(u"addStage"_s, {str(u"Stage"_s)},
                                   Expr::structOf({{u"stageName"_s, var(u"stageName"_s)},
                                                   {u"autoDeploy"_s, Expr::boolean(true)}}))));
            output(u"ApiUrl"_s, var(u"stage"_s).member(u"url"_s));
        } else {
            output(u"ApiUrl"_s, var(u"api"_s).member(u"apiEndpoint"_s));
        }
    }

    void httpRoutes()
    {
        for (const HttpRoute &route : apiShape(m_config).httpRoutes) {
            if (route.preflightOnly) {
                add(cdk::comment(preflightRouteWhy()));
            }
            const Expr key =
                route.key == defaultRoutePath
                    ? Expr::qualified(Module::ApiGatewayV2, u"HttpRouteKey"_s).member(u"DEFAULT"_s)
                    : Expr::qualified(Module::ApiGatewayV2, u"HttpRouteKey"_s)
                          .call(u"with"_s,
                                {str(route.path),
                                 enumValue(Module::ApiGatewayV2, u"HttpMethod"_s, route.method)});
            Entries props{{u"httpApi"_s, var(u"api"_s)},
                          {u"routeKey"_s, key},
                          {u"integration"_s, var(u"integration"_s)}};
            if (route.authorized) {
                props.append({u"authorizer"_s, var(u"authorizer"_s)});
            }
            add(cdk::doing(Expr::construct(Module::ApiGatewayV2, u"HttpRoute"_s,
                                           {Expr::self(), str(route.name + u"Route"_s)},
                                           Expr::structOf(props))));
        }
    }

    void output(const QString &id, Expr value)
    {
        add(cdk::doing(Expr::construct(Module::Core, u"CfnOutput"_s, {Expr::self(), str(id)},
                                       Expr::structOf({{u"value"_s, std::move(value)}}))));
    }

    const CorsConfig &m_config;
    Language m_language;
    CorsValues m_values;
    bool m_staged;
    QList<Statement> m_out;
};

} // namespace

QList<cdk::Statement> cdkStackBody(const CorsConfig &config, cdk::Language language)
{
    return StackBuilder(config, language).body();
}

} // namespace cors::render::detail
