// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snippetguide.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cors::gui {

namespace {

class SnippetGuide
{
    Q_DECLARE_TR_FUNCTIONS(SnippetGuide)

public:
    static QString what(render::Format format, bool rest)
    {
        using render::Format;
        switch (format) {
        case Format::Sam:
            return rest ? tr("An AWS SAM template. <b>Merge</b> the Api's <code>Cors</code>, "
                             "<code>Auth</code> and <code>GatewayResponses</code> (or, with "
                             "several origins, its <code>DefinitionBody</code> options) into "
                             "your template's <code>AWS::Serverless::Api</code>.")
                        : tr("An AWS SAM template. <b>Merge</b> the HttpApi's "
                             "<code>CorsConfiguration</code> into your template's "
                             "<code>AWS::Serverless::HttpApi</code>.");
        case Format::Terraform:
            return rest ? tr("Terraform for the hashicorp/aws provider. <b>Merge</b> the "
                             "<code>cors_options</code> resources (OPTIONS method, MOCK "
                             "integration, responses) and the gateway responses into your "
                             "module, pointing <code>rest_api_id</code> at your API.")
                        : tr("Terraform for the hashicorp/aws provider. <b>Merge</b> the "
                             "<code>cors_configuration</code> block into your "
                             "<code>aws_apigatewayv2_api</code>.");
        case Format::CloudFormation:
            return rest ? tr("A CloudFormation template. <b>Merge</b> the "
                             "<code>…OptionsMethod</code> and <code>GatewayResponse…</code> "
                             "resources into your <code>Resources</code>, with "
                             "<code>RestApiId</code> set to your API; the Deployment's ID "
                             "changes with the CORS settings so the change goes live.")
                        : tr("A CloudFormation template. <b>Merge</b> the "
                             "<code>CorsConfiguration</code> into your "
                             "<code>AWS::ApiGatewayV2::Api</code>.");
        case Format::OpenApi:
            return rest ? tr("An OpenAPI 3 definition with API Gateway extensions. <b>Merge</b> "
                             "each path's <code>options</code> operation and "
                             "<code>x-amazon-apigateway-gateway-responses</code> into your "
                             "definition.")
                        : tr("An OpenAPI 3 definition with API Gateway extensions. <b>Merge</b> "
                             "<code>x-amazon-apigateway-cors</code> into your definition.");
        case Format::Swagger:
            return tr("The same definition as Swagger 2.0 JSON, for tools that still need it; "
                      "merge it as the OpenAPI one.");
        case Format::LambdaNode:
        case Format::LambdaPython:
            return rest ? tr("The function behind the Lambda proxy: API Gateway passes its "
                             "response through, so <b>your code</b> adds the CORS headers to "
                             "every response. Copy the CORS helpers into your handler.")
                        : tr("The function behind the HTTP API: API Gateway adds the CORS "
                             "headers itself, so the handler must not add its own.");
        case Format::CdkTypeScript:
        case Format::CdkPython:
            return rest ? tr("An AWS CDK v2 stack, <code>CorsApiStack</code>, for "
                             "<code>lib/</code> of a <code>cdk init</code> project. It does CORS "
                             "by hand, not with <code>defaultCorsPreflightOptions</code>: CDK's "
                             "own preflight sends the first origin to a disallowed one, adds no "
                             "gateway responses and lets an authorizer guard OPTIONS. "
                             "<b>Merge</b> the OPTIONS methods and gateway responses into your "
                             "RestApi, or use the stack as it is.")
                        : tr("An AWS CDK v2 stack, <code>CorsApiStack</code>, for "
                             "<code>lib/</code> of a <code>cdk init</code> project. <b>Merge</b> "
                             "the <code>corsPreflight</code> options into your "
                             "<code>HttpApi</code>, or use the stack as it is.");
        case Format::Serverless:
            return rest ? tr("A Serverless Framework v3 service. <b>Merge</b> each http "
                             "event's <code>cors</code>, the gateway responses in "
                             "<code>resources</code> and the <code>extensions</code> that replace "
                             "Serverless's own preflight (which sends the first origin to a "
                             "disallowed one) into your <code>serverless.yml</code>.")
                        : tr("A Serverless Framework v3 service. <b>Merge</b> "
                             "<code>provider.httpApi.cors</code> into your "
                             "<code>serverless.yml</code>; leaving a list out gives Serverless's "
                             "defaults.");
        }
        return {};
    }

    static QString deploy(render::Format format, bool rest)
    {
        using render::Format;
        switch (format) {
        case Format::Sam:
            return tr("Deploy: <code>sam build &amp;&amp; sam deploy --guided</code>.");
        case Format::Terraform:
            return tr("Deploy: <code>terraform init &amp;&amp; terraform apply</code>.");
        case Format::CloudFormation:
            return tr("Deploy: <code>aws cloudformation deploy --template-file "
                      "cloudformation.yaml --stack-name cors-api</code> with the parameters.");
        case Format::OpenApi:
        case Format::Swagger:
            return rest ? tr("Deploy: <code>aws apigateway put-rest-api --mode merge</code>, "
                             "then <code>create-deployment</code> for the stage.")
                        : tr("Deploy: <code>aws apigatewayv2 reimport-api</code>; an auto-deploy "
                             "stage takes it live.");
        case Format::LambdaNode:
        case Format::LambdaPython:
            return tr("Deploy with your function; set <code>ALLOWED_ORIGINS</code> per stage in "
                      "its environment.");
        case Format::CdkTypeScript:
        case Format::CdkPython:
            return tr("Deploy: <code>cdk deploy</code> (<code>-c stage=NAME</code> picks a "
                      "stage); it packages the handler from the folder above the stack.");
        case Format::Serverless:
            return tr("Deploy: <code>serverless deploy</code> (<code>--stage NAME</code> picks a "
                      "stage), with <code>handler.mjs</code> beside it.");
        }
        return {};
    }
};

} // namespace

QString snippetGuide(render::Format format, ApiType apiType)
{
    const bool rest = apiType == ApiType::Rest;
    return u"<b>%1</b> — %2 %3"_s.arg(render::defaultFileName(format),
                                      SnippetGuide::what(format, rest),
                                      SnippetGuide::deploy(format, rest));
}

} // namespace cors::gui
