// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <optional>

namespace cors::render {

/// Every snippet CORS Configurator writes.
enum class Format
{
    Sam,
    Terraform,
    CloudFormation,
    OpenApi,
    Swagger,
    LambdaNode,
    LambdaPython,
    CdkTypeScript,
    CdkPython,
    Serverless,
};

inline constexpr std::array allFormats{
    Format::Sam,       Format::Terraform,  Format::CloudFormation, Format::OpenApi,
    Format::Swagger,   Format::LambdaNode, Format::LambdaPython,   Format::CdkTypeScript,
    Format::CdkPython, Format::Serverless};

/// "sam", "terraform", "cloudformation", "openapi", "swagger", "lambda-node", "lambda-python",
/// "cdk-typescript", "cdk-python", "serverless".
QString formatKey(Format format);
std::optional<Format> formatFromKey(QStringView key);
/// "AWS SAM", "Terraform", ...: for tabs and messages.
QString formatDisplayName(Format format);
/// The conventional file name: template.yaml, cors.tf, cloudformation.yaml, openapi.yaml,
/// swagger.json, handler.mjs, handler.py, cors-api-stack.ts, cors_api_stack.py, serverless.yml.
QString defaultFileName(Format format);
/// Where an export of every format puts it, relative to the folder: defaultFileName(), or for
/// the CDK stacks cdk/cors-api-stack.ts and cdk/cors_api_stack.py (a stack finds the handler
/// in the folder above its own, as lib/ sits below a `cdk init` project's root).
QString exportPath(Format format);

} // namespace cors::render
