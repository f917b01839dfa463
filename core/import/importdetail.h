// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importcontext.h"
#include "templateimport.h"
#include "templatevalue.h"

#include <QList>

#include <functional>

namespace cors::templateimport::detail {

/// An API a template defines, and how to read its CORS settings (into a configuration that
/// starts blank with the candidate's API type).
struct ApiSource
{
    ApiCandidate candidate;
    std::function<void(CorsConfig &, ImportContext &)> read;
};

/// AWS::Serverless::Api / HttpApi resources, SAM's implicit APIs, and Globals.
QList<ApiSource> samApis(const Value &root);
/// AWS::ApiGateway::RestApi (with its OPTIONS methods and gateway responses) and
/// AWS::ApiGatewayV2::Api resources.
QList<ApiSource> cloudFormationApis(const Value &root);
/// Whether the document is a Serverless Framework service (serverless.yml).
bool isServerlessService(const Value &root);
/// The REST API of a serverless.yml's http events and the HTTP API of its httpApi events.
QList<ApiSource> serverlessApis(const Value &root);
/// The API an OpenAPI 3 or Swagger 2.0 document describes.
ApiSource openApiApi(const Value &document, const QString &kind);

/// An HTTP API when the document has x-amazon-apigateway-cors, else a REST API.
ApiType openApiType(const Value &document);
/// Reads an OpenAPI or Swagger document's CORS settings: x-amazon-apigateway-cors for an HTTP
/// API; the options operations' MOCK responses, security and the gateway responses for a REST
/// API. Also used for the definitions SAM and CloudFormation resources carry inline.
void readOpenApi(const Value &document, CorsConfig &config, ImportContext &context);

/// How an HTTP API's CORS properties are spelt: AllowOrigins in CloudFormation and SAM,
/// allowOrigins in OpenAPI's x-amazon-apigateway-cors.
enum class Spelling
{
    PascalCase,
    CamelCase,
};

/// An HTTP API's CORS configuration (AllowOrigins, AllowMethods, AllowHeaders, ExposeHeaders,
/// MaxAge, AllowCredentials, spelt as `spelling` says); other keys are reported as not being
/// properties of `container`.
void readHttpCorsConfiguration(const QList<std::pair<QString, Value>> &members, Spelling spelling,
                               const QString &container, CorsConfig &config,
                               ImportContext &context);

/// An OpenAPI definition a resource carries inline (SAM's DefinitionBody, CloudFormation's Body):
/// read when it is a literal mapping, reported otherwise.
void readInlineOpenApi(const Value &definition, CorsConfig &config, ImportContext &context);

/// How an identity source names a request header: HTTP APIs write
/// "$request.header.Authorization", REST APIs "method.request.header.Authorization".
inline constexpr QStringView httpHeaderSource = u"$request.header.";
inline constexpr QStringView restHeaderSource = u"method.request.header.";

/// The header an authorizer's identity source names, `prefix` being one of the two above (also
/// in a comma-separated list): "$request.header.Authorization" -> "Authorization"; empty when it
/// names none.
QString headerOfIdentitySource(const QString &source, QStringView prefix);

/// Stages as CloudFormation and SAM renders carry them: the StageName parameter and the
/// StageCors mapping. readStages() sets stages and allowOrigins (the default stage's; stages
/// with the same origins inherit them); isStageReference() says a value is one of the
/// mapping's (!FindInMap [StageCors, ...]), which readers then leave to readStages().
bool hasStageMapping(const Value &root);
bool isStageReference(const Value &value);
void readStages(const Value &root, CorsConfig &config, ImportContext &context);

/// A logical ID a value refers to with !Ref / {"Ref": ...} (or !GetAtt ID.Attribute), else empty.
QString referencedId(const Value &value);

} // namespace cors::templateimport::detail
