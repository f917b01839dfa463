// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cors::render {

namespace {
class FormatNames
{
    Q_DECLARE_TR_FUNCTIONS(FormatNames)

public:
    static QString displayName(Format format)
    {
        switch (format) {
        case Format::Sam:
            return tr("AWS SAM");
        case Format::Terraform:
            return tr("Terraform");
        case Format::CloudFormation:
            return tr("CloudFormation");
        case Format::OpenApi:
            return tr("OpenAPI 3.0");
        case Format::Swagger:
            return tr("Swagger 2.0");
        case Format::LambdaNode:
            return tr("Lambda (Node.js)");
        case Format::LambdaPython:
            return tr("Lambda (Python)");
        case Format::CdkTypeScript:
            return tr("AWS CDK (TypeScript)");
        case Format::CdkPython:
            return tr("AWS CDK (Python)");
        case Format::Serverless:
            return tr("Serverless Framework");
        }
        return {};
    }
};
} // namespace

QString formatKey(Format format)
{
    switch (format) {
    case Format::Sam:
        return u"sam"_s;
    case Format::Terraform:
        return u"terraform"_s;
    case Format::CloudFormation:
        return u"cloudformation"_s;
    case Format::OpenApi:
        return u"openapi"_s;
    case Format::Swagger:
        return u"swagger"_s;
    case Format::LambdaNode:
        return u"lambda-node"_s;
    case Format::LambdaPython:
        return u"lambda-python"_s;
    case Format::CdkTypeScript:
        return u"cdk-typescript"_s;
    case Format::CdkPython:
        return u"cdk-python"_s;
    case Format::Serverless:
        return u"serverless"_s;
    }
    return {};
}

std::optional<Format> formatFromKey(QStringView key)
{
    for (const Format format : allFormats) {
        if (key == formatKey(format)) {
            return format;
        }
    }
    return std::nullopt;
}

QString formatDisplayName(Format format)
{
    return FormatNames::displayName(format);
}

QString defaultFileName(Format format)
{
    switch (format) {
    case Format::Sam:
        return u"template.yaml"_s;
    case Format::Terraform:
        return u"cors.tf"_s;
    case Format::CloudFormation:
        return u"cloudformation.yaml"_s;
    case Format::OpenApi:
        return u"openapi.yaml"_s;
    case Format::Swagger:
        return u"swagger.json"_s;
    case Format::LambdaNode:
        return u"handler.mjs"_s;
    case Format::LambdaPython:
        return u"handler.py"_s;
    case Format::CdkTypeScript:
        return u"cors-api-stack.ts"_s;
    case Format::CdkPython:
        return u"cors_api_stack.py"_s;
    case Format::Serverless:
        return u"serverless.yml"_s;
    }
    return {};
}

QString exportPath(Format format)
{
    if (format == Format::CdkTypeScript || format == Format::CdkPython) {
        return u"cdk/"_s + defaultFileName(format);
    }
    return defaultFileName(format);
}

} // namespace cors::render
