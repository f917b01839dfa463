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
Node gatewayResponseHeaders(const CorsConfig &config, const QString &prefix);
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

/// An HTTP API's CorsConfiguration; empty settings are left out.
Node httpCorsConfiguration(const CorsConfig &config, Spelling spelling = Spelling::PascalCase);

/// The URI API Gateway invokes a Lambda function with, for the function ARN parameter `arn`.
Node lambdaInvokeUri(const QString &arnParameter);

/// A CloudFormation parameter of type String.
Node stringParameter(const QString &description);

} // namespace cors::render::parts
