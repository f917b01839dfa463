// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What surrounds the CDK stack's constructor (cdkrenderer.cpp): the module header, the imports
// the body uses, the stage constants and the class. No side effects at load: no App, no synth()
// (the app in bin/ or app.py creates those).
#include "apishape.h"
#include "cdkcode.h"
#include "corsvalues.h"
#include "escape.h"
#include "origintemplate.h"
#include "renderers.h"

using namespace Qt::StringLiterals;

namespace cors::render::detail {

QList<cdk::Statement> cdkStackBody(const CorsConfig &config, cdk::Language language);

namespace {

/// The per-stage constant the stage check looks the stage up in (the body always uses it).
QString stageListName(const CorsConfig &config)
{
    return config.apiType == ApiType::Rest ? u"STAGE_ALLOWED_ORIGINS"_s : u"STAGE_ALLOW_ORIGINS"_s;
}

using cdk::Expr;
using cdk::Language;

/// The per-stage constants the body can index with stageName.
QList<cdk::Statement> stageConstants(const CorsConfig &config)
{
    QList<std::pair<QString, Expr>> allowed, templates, errorOrigins, origins;
    for (const Stage &stage : config.stages) {
        const CorsConfig deployed = config.forStage(stage);
        allowed.append({stage.name, Expr::string(deployed.allowOrigins.join(u','))});
        templates.append(
            {stage.name, Expr::string(originSelectionTemplate(deployed.allowOrigins))});
        errorOrigins.append(
            {stage.name, Expr::string(staticValue(CorsValues(deployed).allowOrigin))});
        origins.append({stage.name, Expr::strings(deployed.allowOrigins)});
    }
    const QString text = u"Record<string, string>"_s;
    const QString list = u"Record<string, string[]>"_s;
    return {
        cdk::comment(u"Each stage's origins (comma-separated: the function's ALLOWED_ORIGINS)."_s),
        cdk::constant(u"STAGE_ALLOWED_ORIGINS"_s, Expr::dict(allowed), text, u"dict[str, str]"_s),
        cdk::comment(u"Each stage's preflight mapping template: it echoes an allowed Origin."_s),
        cdk::constant(u"STAGE_PREFLIGHT_TEMPLATE"_s, Expr::dict(templates), text,
                      u"dict[str, str]"_s),
        cdk::comment(u"The origin whose pages can read API Gateway's own errors, per stage."_s),
        cdk::constant(u"STAGE_ERROR_ORIGIN"_s, Expr::dict(errorOrigins), text, u"dict[str, str]"_s),
        cdk::comment(u"Each stage's allowed origins."_s),
        cdk::constant(u"STAGE_ALLOW_ORIGINS"_s, Expr::dict(origins), list,
                      u"dict[str, list[str]]"_s),
    };
}

/// What the module imports from aws-cdk-lib itself: `always`, and the names the body uses.
QStringList coreNames(const QString &body, QStringList always)
{
    for (const QString &name : {u"CfnParameter"_s, u"Duration"_s}) {
        if (body.contains(name + u'(') || body.contains(name + u'.')) {
            always.append(name);
        }
    }
    always.sort();
    return always;
}

/// The constants of `all` the body uses (the comment before each goes with it).
QList<cdk::Statement> usedConstants(const QList<cdk::Statement> &all, const QString &body)
{
    QList<cdk::Statement> used;
    for (qsizetype i = 0; i + 1 < all.size(); i += 2) {
        if (body.contains(all.at(i + 1).name)) {
            used << all.at(i) << all.at(i + 1) << cdk::blank();
        }
    }
    return used;
}

QString typeScriptModule(const CorsConfig &config, const QString &body, const QString &constants)
{
    QString out =
        u"// "_s + generatedBy(config) + u"\n//\n"_s +
        u"// An AWS CDK v2 stack: lib/cors-api-stack.ts in a `cdk init app --language "
        u"typescript`\n// project, created by the app in bin/ (new CorsApiStack(app, "
        u"'CorsApi')). It packages\n// handler.mjs from the folder above this file; "
        u"deploy with `cdk deploy`"_s +
        (config.hasAuthorizer() ? u"\n// --parameters AuthorizerFunctionArn=ARN."_s : u"."_s) +
        u"\n"_s;
    out += u"import * as path from 'path';\n"_s;
    out += u"import { %1 } from 'aws-cdk-lib';\n"_s.arg(
        coreNames(body, {u"Stack"_s, u"StackProps"_s, u"CfnOutput"_s}).join(u", "_s));
    const QList<std::pair<QString, QString>> modules{
        {u"apigateway"_s, u"aws-cdk-lib/aws-apigateway"_s},
        {u"apigwv2"_s, u"aws-cdk-lib/aws-apigatewayv2"_s},
        {u"authorizers"_s, u"aws-cdk-lib/aws-apigatewayv2-authorizers"_s},
        {u"integrations"_s, u"aws-cdk-lib/aws-apigatewayv2-integrations"_s},
        {u"lambda"_s, u"aws-cdk-lib/aws-lambda"_s},
    };
    for (const auto &[alias, module] : modules) {
        if (body.contains(alias + u'.')) {
            out += u"import * as %1 from '%2';\n"_s.arg(alias, module);
        }
    }
    out += u"import { Construct } from 'constructs';\n\n"_s;
    out += u"/** The folder that holds handler.mjs: where `corscfg render --all` writes it. */\n"
           u"const HANDLER_DIR = path.join(__dirname, '..');\n\n"_s;
    out += constants;
    const bool staged = !config.stages.isEmpty();
    if (staged) {
        out += u"export interface CorsApiStackProps extends StackProps {\n"
               u"    /** The stage to deploy (%1); else the context value \"stage\" (cdk deploy "
               u"-c stage=NAME), else %2. */\n"
               u"    readonly stageName?: string;\n}\n\n"_s.arg(
                   stageNames(config.stages).join(u", "_s), config.stages.first().name);
    }
    out += u"export class CorsApiStack extends Stack {\n"
           u"    constructor(scope: Construct, id: string, props?: %1) {\n"
           u"        super(scope, id, props);\n"_s.arg(staged ? u"CorsApiStackProps"_s
                                                              : u"StackProps"_s);
    if (staged) {
        out += u"        const stageName: string =\n"
               u"            props?.stageName ?? this.node.tryGetContext('stage') ?? %1;\n"
               u"        if (!Object.keys(%3).includes(stageName)) {\n"
               u"            throw new Error('Unknown stage \"' + stageName + '\": deploy one of "
               u"%2.');\n"
               u"        }\n"_s.arg(jsString(config.stages.first().name),
                                    stageNames(config.stages).join(u", "_s), stageListName(config));
    }
    out += u"\n"_s + body + u"    }\n}\n"_s;
    return out;
}

QString pythonModule(const CorsConfig &config, const QString &body, const QString &constants)
{
    QString out =
        u"# "_s + generatedBy(config) + u"\n#\n"_s +
        u"# An AWS CDK v2 stack: cors_api_stack.py in a `cdk init app --language python` "
        u"project,\n# created by app.py (CorsApiStack(app, \"CorsApi\")). It packages "
        u"handler.py from the\n# folder above this file; deploy with `cdk deploy`"_s +
        (config.hasAuthorizer() ? u"\n# --parameters AuthorizerFunctionArn=ARN."_s : u"."_s) +
        u"\n"_s;
    const bool staged = !config.stages.isEmpty();
    out += u"import os\n"_s;
    if (staged) {
        out += u"from typing import Optional\n"_s;
    }
    out += u"\n"_s;
    out += u"from aws_cdk import %1\n"_s.arg(
        coreNames(body, {u"Stack"_s, u"CfnOutput"_s}).join(u", "_s));
    const QList<std::pair<QString, QString>> modules{
        {u"apigateway"_s, u"aws_apigateway"_s},
        {u"apigwv2"_s, u"aws_apigatewayv2"_s},
        {u"authorizers"_s, u"aws_apigatewayv2_authorizers"_s},
        {u"integrations"_s, u"aws_apigatewayv2_integrations"_s},
        {u"_lambda"_s, u"aws_lambda"_s},
    };
    for (const auto &[alias, module] : modules) {
        if (body.contains(alias + u'.')) {
            out += u"from aws_cdk import %1 as %2\n"_s.arg(module, alias);
        }
    }
    out += u"from constructs import Construct\n\n"_s;
    out += u"# The folder that holds handler.py: where `corscfg render --all` writes it.\n"
           u"HANDLER_DIR = os.path.join(os.path.dirname(__file__), \"..\")\n\n"_s;
    out += constants;
    out += u"\nclass CorsApiStack(Stack):\n"_s;
    if (staged) {
        out += u"    def __init__(\n"
               u"        self,\n"
               u"        scope: Construct,\n"
               u"        construct_id: str,\n"
               u"        *,\n"
               u"        stage_name: Optional[str] = None,\n"
               u"        **kwargs,\n"
               u"    ) -> None:\n"
               u"        \"\"\"stage_name: the stage to deploy (%1); else the context value "
               u"\"stage\", else %2.\"\"\"\n"
               u"        super().__init__(scope, construct_id, **kwargs)\n"
               u"        stage_name = stage_name or self.node.try_get_context(\"stage\") or %3\n"
               u"        if stage_name not in %4:\n"
               u"            raise ValueError(\"Unknown stage \" + repr(stage_name) + \": deploy "
               u"one of %1.\")\n"_s.arg(
                   stageNames(config.stages).join(u", "_s), config.stages.first().name,
                   pythonString(config.stages.first().name), stageListName(config));
    } else {
        out += u"    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:\n"
               u"        super().__init__(scope, construct_id, **kwargs)\n"_s;
    }
    out += u"\n"_s + body;
    return out;
}

} // namespace

QByteArray renderCdk(const CorsConfig &config, cdk::Language language)
{
    const QString body = cdk::print(cdkStackBody(config, language), language, 8);
    QString constants;
    if (!config.stages.isEmpty()) {
        const QString uses = body + stageListName(config); // the stage check reads it
        constants = cdk::print(usedConstants(stageConstants(config), uses), language, 0);
    }
    const QString text = language == Language::Python ? pythonModule(config, body, constants)
                                                      : typeScriptModule(config, body, constants);
    return text.toUtf8();
}

QByteArray renderCdkTypeScript(const CorsConfig &config)
{
    return renderCdk(config, cdk::Language::TypeScript);
}

QByteArray renderCdkPython(const CorsConfig &config)
{
    return renderCdk(config, cdk::Language::Python);
}

} // namespace cors::render::detail
