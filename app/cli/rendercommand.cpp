// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rendercommand.h"

#include "help.h"
#include "io/projectfile.h"
#include "loadfailure.h"
#include "render/export.h"
#include "render/renderer.h"
#include "stageoption.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cors::cli {

namespace {

class Render
{
    Q_DECLARE_TR_FUNCTIONS(RenderCommand)

public:
    static QStringList formatKeys()
    {
        QStringList keys;
        for (const render::Format format : render::allFormats) {
            keys.append(render::formatKey(format));
        }
        return keys;
    }

    /// Prints what an export wrote (with --all) and why it stopped, if it did.
    static int report(const render::ExportResult &result, Streams streams, bool listWritten)
    {
        if (listWritten) {
            for (const QString &file : result.written) {
                streams.err << tr("wrote %1").arg(file) << u'\n';
            }
        }
        if (!result.ok()) {
            streams.err << u"corscfg render: "_s << result.error << u'\n';
            return ExitUsage;
        }
        return ExitOk;
    }
};

} // namespace

QString RenderCommand::name() const
{
    return u"render"_s;
}

QString RenderCommand::summary() const
{
    return Render::tr("Write SAM, Terraform, CloudFormation, OpenAPI, Swagger, AWS CDK, Serverless "
                      "or Lambda snippets.");
}

int RenderCommand::run(const QStringList &arguments, Streams streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + u"\n\n"_s +
        Render::tr("Formats: %1.\nExit status: 0 written, 1 invalid configuration (nothing is "
                   "written), 2 usage error or unreadable file.")
            .arg(Render::formatKeys().join(u", "_s)));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption configOption(u"config"_s, Render::tr("The project file to render."),
                                          u"FILE"_s);
    const QCommandLineOption formatOption(u"format"_s, Render::tr("The format to write."),
                                          u"FORMAT"_s);
    const QCommandLineOption allOption(u"all"_s,
                                       Render::tr("Write every format (needs --output-dir)."));
    const QCommandLineOption apiOption(u"api"_s,
                                       Render::tr("Render for this API type instead of the "
                                                  "project's: rest or http."),
                                       u"TYPE"_s);
    const QCommandLineOption outputOption(
        u"output"_s, Render::tr("Write to PATH instead of standard output."), u"PATH"_s);
    const QCommandLineOption outputDirOption(
        u"output-dir"_s,
        Render::tr("With --all: the folder for template.yaml, cors.tf, cloudformation.yaml, "
                   "openapi.yaml, swagger.json, handler.mjs, handler.py, serverless.yml and "
                   "cdk/ (cors-api-stack.ts, cors_api_stack.py)."),
        u"DIR"_s);
    const QCommandLineOption stage = stageOption();
    parser.addOptions(
        {configOption, formatOption, allOption, apiOption, stage, outputOption, outputDirOption});

    const auto usageError = [&streams](const QString &message) {
        return reportUsageError(streams.err, u"render"_s, message);
    };
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(helpOption)) {
        streams.out << helpText(parser, u"corscfg render"_s);
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(Render::tr("unexpected argument '%1'; name the project file with "
                                     "--config.")
                              .arg(parser.positionalArguments().constFirst()));
    }
    if (!parser.isSet(configOption)) {
        return usageError(Render::tr("name the project file with --config FILE."));
    }
    const bool all = parser.isSet(allOption);
    if (all == parser.isSet(formatOption)) {
        return usageError(Render::tr("give either --format FORMAT or --all."));
    }
    if (all && !parser.isSet(outputDirOption)) {
        return usageError(Render::tr("--all writes several files: name a folder with "
                                     "--output-dir DIR."));
    }
    if (all && parser.isSet(outputOption)) {
        return usageError(Render::tr("--output names one file; with --all use --output-dir."));
    }
    if (!all && parser.isSet(outputDirOption)) {
        return usageError(Render::tr("--output-dir goes with --all; for one format use "
                                     "--output PATH."));
    }
    std::optional<render::Format> format;
    if (!all) {
        format = render::formatFromKey(parser.value(formatOption));
        if (!format) {
            return usageError(
                Render::tr("unknown format '%1'; the formats are %2.")
                    .arg(parser.value(formatOption), Render::formatKeys().join(u", "_s)));
        }
    }

    const QString path = parser.value(configOption);
    projectfile::LoadResult loaded = projectfile::read(path);
    if (!loaded.ok()) {
        return reportLoadFailure(path, loaded, streams.err);
    }
    QString stageError;
    const std::optional<CorsConfig> staged =
        pickStage(loaded.config, parser.value(stage), &stageError);
    if (!staged) {
        return usageError(stageError);
    }
    CorsConfig config = *staged;
    if (parser.isSet(apiOption)) {
        const auto apiType = apiTypeFromKey(parser.value(apiOption));
        if (!apiType) {
            return usageError(Render::tr("unknown API type '%1'; use rest or http.")
                                  .arg(parser.value(apiOption)));
        }
        config.apiType = *apiType;
    }

    if (!reportValidation(path, config, loaded.sourceMap, streams.err)) {
        streams.err << Render::tr("%1: invalid configuration; nothing was written.").arg(path)
                    << u'\n';
        return ExitFindings;
    }

    if (!all) {
        if (!parser.isSet(outputOption)) {
            streams.out.flush();
            streams.out << QString::fromUtf8(render::renderValidated(config, *format));
            return ExitOk;
        }
        return Render::report(render::exportFormat(config, *format, parser.value(outputOption)),
                              streams, false);
    }
    return Render::report(render::exportAll(config, parser.value(outputDirOption)), streams, true);
}

} // namespace cors::cli
