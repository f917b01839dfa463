// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Pieces the templates share: intrinsics, gateway responses, CorsConfiguration and Lambda URIs
// (SAM, CloudFormation and OpenAPI build them as document trees; Terraform uses the texts).

#include "corsvalues.h"
#include "doctree.h"
#include "model/corsconfig.h"

namespace cors::render::parts {

Node ref(const QString &name);
Node getAtt(const QString &name);
Node sub(const QString &text);

/// Header-name → static value ("method.response.header.X": "'value'").
Node staticHeaders(const HeaderList &headers, const QString &prefix);

/// The DEFAULT_4XX/DEFAULT_5XX response types and the CORS headers each carries, written with
/// `prefix` ("gatewayresponse.header." in CloudFormation, none in SAM's GatewayResponses).
QStringList gatewayResponseTypes();
/// `stagedOrigin`: Access-Control-Allow-Origin is the deployed stage's error origin, read where
/// the template keeps each stage's values (a stage mapping, a stage variable).
Node gatewayResponseHeaders(const CorsConfig &config, const QString &prefix,
                            const std::optional<Node> &stagedOrigin = std::nullopt);
/// A REST preflight's MOCK integration (CloudFormation's spelling, also Serverless's
/// resources.extensions): the static headers of `answer` and `responseTemplate` as the
/// application/json template (its text, or a stage mapping lookup), with `templateWhy` beside it.
Node preflightIntegration(const PreflightAnswer &answer, Node responseTemplate,
                          const QString &templateWhy = {});
/// The method responses that declare every header `answer` sets.
Node preflightMethodResponses(const PreflightAnswer &answer);

/// Why gateway responses are there, for the comment beside them.
QString gatewayResponsesWhy(const CorsValues &values);
/// Why the preflight has a mapping template (several origins), for the comment beside it;
/// empty when it has none.
QString originTemplateWhy(const CorsValues &values);

/// How an HTTP API's CORS properties are spelt: AllowOrigins in SAM and CloudFormation,
/// allowOrigins in OpenAPI's x-amazon-apigateway-cors.
enum class Spelling
{
    PascalCase,
    CamelCase,
};

/// An HTTP API's CorsConfiguration; empty settings are left out. `fromStageMapping`: the
/// origins are the deployed stage's (stageValue()).
Node httpCorsConfiguration(const CorsConfig &config, Spelling spelling = Spelling::PascalCase,
                           bool fromStageMapping = false);

/// The URI API Gateway invokes a Lambda function with, for the function ARN parameter `arn`.
Node lambdaInvokeUri(const QString &arnParameter);

/// Staged configurations in CloudFormation and SAM (one stack per stage): the StageName
/// parameter that picks the stage, the StageCors mapping of each stage's CORS values, and one
/// of the deployed stage's values (!FindInMap [StageCors, !Ref StageName, key]).
///
/// StageCors keys: REST: PreflightTemplate (originSelectionTemplate() of the stage's origins),
/// ErrorOrigin (the gateway responses' static Access-Control-Allow-Origin), AllowedOrigins
/// (comma-separated, the Lambda's ALLOWED_ORIGINS); HTTP: AllowOrigins (a list).
Node stageParameter(const CorsConfig &config);
Node stageMappings(const CorsConfig &config);
Node stageValue(const QString &key);
/// The deployed stage's error origin from the stage mapping, when the project has stages.
std::optional<Node> stagedErrorOrigin(const CorsConfig &config);
/// The name of the stage parameter.
QString stageParameterName();

/// A CloudFormation parameter of type String.
Node stringParameter(const QString &description);

} // namespace cors::render::parts
