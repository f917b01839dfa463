// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"

#include "base/enumkeys.h"

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

/// In the order of Format's values.
constexpr const char16_t *const formatKeys[] = {
    u"sam",         u"terraform",     u"cloudformation", u"openapi",    u"swagger",
    u"lambda-node", u"lambda-python", u"cdk-typescript", u"cdk-python", u"serverless"};

QString formatKey(Format format)
{
    return keyOf(formatKeys, format);
}

std::optional<Format> formatFromKey(QStringView key)
{
    return valueOfKey<Format>(formatKeys, key);
}

QString formatDisplayName(Format format)
{
    return FormatNames::displayName(format);
}

/// In the order of Format's values.
constexpr const char16_t *const defaultFileNames[] = {
    u"template.yaml",     u"cors.tf",       u"cloudformation.yaml", u"openapi.yaml",
    u"swagger.json",      u"handler.mjs",   u"handler.py",          u"cors-api-stack.ts",
    u"cors_api_stack.py", u"serverless.yml"};

QString defaultFileName(Format format)
{
    return keyOf(defaultFileNames, format);
}

QString exportPath(Format format)
{
    if (format == Format::CdkTypeScript || format == Format::CdkPython) {
        return u"cdk/"_s + defaultFileName(format);
    }
    return defaultFileName(format);
}

} // namespace cors::render
