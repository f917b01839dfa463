// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/diagnostic.h"
#include "model/corsconfig.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace cors::templateimport {

/// The template families the import reads.
enum class Family
{
    Sam,            ///< AWS SAM (Transform: AWS::Serverless-2016-10-31)
    CloudFormation, ///< plain CloudFormation
    OpenApi,        ///< OpenAPI 3 with API Gateway extensions
    Swagger,        ///< Swagger 2.0 with API Gateway extensions
    Serverless,     ///< a Serverless Framework service (serverless.yml)
};

/// "AWS SAM", "CloudFormation", "OpenAPI 3", "Swagger 2.0", "Serverless Framework".
QString familyDisplayName(Family family);

/// One API a template defines.
struct ApiCandidate
{
    /// What `--api` takes: the resource's logical ID (SAM's implicit APIs are ServerlessRestApi
    /// and ServerlessHttpApi), or the OpenAPI document's title.
    QString name;
    ApiType type = ApiType::Rest;
    /// Where it comes from: "AWS::Serverless::Api", "AWS::ApiGatewayV2::Api", "OpenAPI 3", ...
    QString kind;
    SourcePosition position;
};

struct ImportResult
{
    enum class Status
    {
        Ok,          ///< config holds the chosen API's CORS settings; see notes
        ChooseApi,   ///< several APIs and none named: apis lists them
        UnknownApi,  ///< the API asked for is not in the template: apis lists the ones that are
        ProjectFile, ///< the file is a CORS Configurator project file, not a template
        Unreadable,  ///< missing, a folder, too large or cannot be opened: see errors
        Failed,      ///< not an importable template: see errors
    };

    Status status = Status::Failed;
    Family family = Family::CloudFormation;
    /// Every API the template defines, in the order written.
    QList<ApiCandidate> apis;
    /// The API imported (status Ok).
    ApiCandidate api;
    /// The imported settings; a field the template does not set keeps CorsConfig::blank()'s
    /// value (nothing allowed).
    CorsConfig config;
    /// Why the import failed, with positions.
    Diagnostics errors;
    /// Everything the import could not take over as written: values that are not literals
    /// (left as is), CORS settings the configuration has no place for, conflicting values,
    /// assumed defaults. In the order of the template's lines.
    Diagnostics notes;

    bool ok() const { return status == Status::Ok; }
};

/// Reads the CORS settings of one API out of a SAM, CloudFormation, OpenAPI or Swagger template
/// or a serverless.yml (YAML or JSON); CDK's synthesized templates are CloudFormation. With several
/// APIs, `apiName` picks one; without it the result asks for a choice. Never throws; hostile input
/// (alias bombs, deep nesting, huge files) fails with an error in bounded time and memory.
ImportResult importTemplate(const QByteArray &bytes, const QString &apiName = {});
/// The same for a file.
ImportResult importTemplateFile(const QString &path, const QString &apiName = {});

} // namespace cors::templateimport
