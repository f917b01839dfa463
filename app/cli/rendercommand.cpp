// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "commandparser.h"
#include "io/projectfile.h"
#include "loadfailure.h"
#include "render/export.h"
#include "render/renderer.h"
#include "stageoption.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cors::cli {

namespace {

class RenderCommand
{
    Q_DECLARE_TR_FUNCTIONS(RenderCommand)

public:
    static QString summary()
    {
        return tr("Write SAM, Terraform, CloudFormation, OpenAPI, Swagger, AWS CDK, Serverless "
                  "or Lambda snippets.");
    }

    static int run(const QStringList &arguments, Streams streams);

    static QStringList formatKeys()
    {
        QStringList keys;
        for (const render::Format format : render::allFormats) {
            keys.append(render::formatKey(format));
        }
        return keys;
    }

    /// Prints what an export wrote (with --all) or why it stopped.
    static int report(const Expected<QStringList> &written, Streams streams, bool listWritten)
    {
        if (!written) {
            streams.err << u"corscfg render: "_s << written.error() << u'\n';
            return ExitUsage;
        }
        for (const QString &file : listWritten ? *written : QStringList()) {
            streams.err << tr("wrote %1").arg(file) << u'\n';
        }
        return ExitOk;
    }
};

} // namespace

Command renderCommand()
{
    return {u"render"_s, RenderCommand::summary(), &RenderCommand::run};
}

int RenderCommand::run(const QStringList &arguments, Streams streams)
{
    CommandParser parser(
        u"render"_s,
        summary() + u"\n\n"_s +
            tr("Formats: %1.\nExit status: 0 written, 1 invalid configuration (nothing is "
               "written), 2 usage error or unreadable file.")
                .arg(formatKeys().join(u", "_s)),
        streams);
    const QCommandLineOption configOption(u"config"_s, tr("The project file to render."),
                                          u"FILE"_s);
    const QCommandLineOption formatOption(u"format"_s, tr("The format to write."), u"FORMAT"_s);
    const QCommandLineOption allOption(u"all"_s, tr("Write every format (needs --output-dir)."));
    const QCommandLineOption apiOption(u"api"_s,
                                       tr("Render for this API type instead of the "
                                          "project's: rest or http."),
                                       u"TYPE"_s);
    const QCommandLineOption outputOption(
        u"output"_s, tr("Write to PATH instead of standard output."), u"PATH"_s);
    const QCommandLineOption outputDirOption(
        u"output-dir"_s,
        tr("With --all: the folder for template.yaml, cors.tf, cloudformation.yaml, "
           "openapi.yaml, swagger.json, handler.mjs, handler.py, serverless.yml and "
           "cdk/ (cors-api-stack.ts, cors_api_stack.py)."),
        u"DIR"_s);
    const QCommandLineOption stage = stageOption();
    parser.addOptions(
        {configOption, formatOption, allOption, apiOption, stage, outputOption, outputDirOption});

    if (const auto parsed = parser.parseArguments(arguments); !parsed) {
        return parsed.error();
    }
    const Expected<QString> path = parser.projectPath(configOption);
    if (!path) {
        return parser.usageError(path.error());
    }
    const bool all = parser.isSet(allOption);
    if (all == parser.isSet(formatOption)) {
        return parser.usageError(tr("give either --format FORMAT or --all."));
    }
    if (all && !parser.isSet(outputDirOption)) {
        return parser.usageError(tr("--all writes several files: name a folder with "
                                    "--output-dir DIR."));
    }
    if (all && parser.isSet(outputOption)) {
        return parser.usageError(tr("--output names one file; with --all use --output-dir."));
    }
    if (!all && parser.isSet(outputDirOption)) {
        return parser.usageError(tr("--output-dir goes with --all; for one format use "
                                    "--output PATH."));
    }
    std::optional<render::Format> format;
    if (!all) {
        format = render::formatFromKey(parser.value(formatOption));
        if (!format) {
            return parser.usageError(
                tr("unknown format '%1'; the formats are %2.")
                    .arg(parser.value(formatOption), formatKeys().join(u", "_s)));
        }
    }

    const projectfile::LoadResult loaded = projectfile::read(*path);
    if (!loaded.ok()) {
        return reportLoadFailure(*path, loaded, streams.err);
    }
    const Expected<CorsConfig> staged = pickStage(loaded.config, parser.value(stage));
    if (!staged) {
        return parser.usageError(staged.error());
    }
    CorsConfig config = *staged;
    if (parser.isSet(apiOption)) {
        const auto apiType = apiTypeFromKey(parser.value(apiOption));
        if (!apiType) {
            return parser.usageError(
                tr("unknown API type '%1'; use rest or http.").arg(parser.value(apiOption)));
        }
        config.apiType = *apiType;
    }

    if (!reportValidation(*path, config, loaded.sourceMap, streams.err)) {
        streams.err << tr("%1: invalid configuration; nothing was written.").arg(*path) << u'\n';
        return ExitFindings;
    }

    if (!all) {
        if (!parser.isSet(outputOption)) {
            streams.out.flush();
            streams.out << QString::fromUtf8(render::renderValidated(config, *format));
            return ExitOk;
        }
        return report(render::exportFormat(config, *format, parser.value(outputOption)), streams,
                      false);
    }
    return report(render::exportAll(config, parser.value(outputDirOption)), streams, true);
}

} // namespace cors::cli
