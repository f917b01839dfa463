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

/// `corscfg render --config FILE (--format FORMAT [--output PATH] | --all --output-dir DIR)
/// [--api rest|http] [--stage NAME]`: writes the snippets users deploy with.
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

private:
    struct Options;
    /// What to write: one format (to stdout or --output) or every one (--all).
    struct Target
    {
        QString project;
        std::optional<render::Format> format; ///< nothing with --all
    };

    static Expected<Target> parseTarget(const CommandParser &parser, const Options &options);
    /// The project's configuration for the stage and API type asked for, or the exit code
    /// after saying why.
    static Expected<CorsConfig, int> load(const CommandParser &parser, const Options &options,
                                          const QString &path, Streams streams);

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

struct RenderCommand::Options
{
    QCommandLineOption config{u"config"_s, tr("The project file to render."), u"FILE"_s};
    QCommandLineOption format{u"format"_s, tr("The format to write."), u"FORMAT"_s};
    QCommandLineOption all{u"all"_s, tr("Write every format (needs --output-dir).")};
    QCommandLineOption api{u"api"_s,
                           tr("Render for this API type instead of the project's: rest or "
                              "http."),
                           u"TYPE"_s};
    QCommandLineOption output{u"output"_s, tr("Write to PATH instead of standard output."),
                              u"PATH"_s};
    QCommandLineOption outputDir{
        u"output-dir"_s,
        tr("With --all: the folder for template.yaml, cors.tf, cloudformation.yaml, "
           "openapi.yaml, swagger.json, handler.mjs, handler.py, serverless.yml and cdk/ "
           "(cors-api-stack.ts, cors_api_stack.py)."),
        u"DIR"_s};
    QCommandLineOption stage = stageOption();

    void addTo(CommandParser &parser) const
    {
        parser.addOptions({config, format, all, api, stage, output, outputDir});
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
    const Options options;
    options.addTo(parser);
    if (const auto parsed = parser.parseArguments(arguments); !parsed) {
        return parsed.error();
    }
    const Expected<Target> target = parseTarget(parser, options);
    if (!target) {
        return parser.usageError(target.error());
    }
    const Expected<CorsConfig, int> config = load(parser, options, target->project, streams);
    if (!config) {
        return config.error();
    }
    if (!target->format) {
        return report(render::exportAll(*config, parser.value(options.outputDir)), streams, true);
    }
    if (parser.isSet(options.output)) {
        return report(render::exportFormat(*config, *target->format, parser.value(options.output)),
                      streams, false);
    }
    streams.out.flush();
    streams.out << QString::fromUtf8(render::renderValidated(*config, *target->format));
    return ExitOk;
}

Expected<RenderCommand::Target> RenderCommand::parseTarget(const CommandParser &parser,
                                                           const Options &options)
{
    const Expected<QString> path = parser.projectPath(options.config);
    if (!path) {
        return fail(path.error());
    }
    const bool all = parser.isSet(options.all);
    if (all == parser.isSet(options.format)) {
        return fail(tr("give either --format FORMAT or --all."));
    }
    if (all && !parser.isSet(options.outputDir)) {
        return fail(tr("--all writes several files: name a folder with --output-dir DIR."));
    }
    if (all && parser.isSet(options.output)) {
        return fail(tr("--output names one file; with --all use --output-dir."));
    }
    if (!all && parser.isSet(options.outputDir)) {
        return fail(tr("--output-dir goes with --all; for one format use --output PATH."));
    }
    if (all) {
        return Target{*path, std::nullopt};
    }
    const std::optional<render::Format> format =
        render::formatFromKey(parser.value(options.format));
    if (!format) {
        return fail(tr("unknown format '%1'; the formats are %2.")
                        .arg(parser.value(options.format), formatKeys().join(u", "_s)));
    }
    return Target{*path, format};
}

Expected<CorsConfig, int> RenderCommand::load(const CommandParser &parser, const Options &options,
                                              const QString &path, Streams streams)
{
    const projectfile::LoadResult loaded = projectfile::read(path);
    if (!loaded.ok()) {
        return fail(reportLoadFailure(path, loaded, streams.err));
    }
    Expected<CorsConfig> config = pickStage(loaded.config, parser.value(options.stage));
    if (config && parser.isSet(options.api)) {
        if (const auto apiType = apiTypeFromKey(parser.value(options.api))) {
            config->apiType = *apiType;
        } else {
            config =
                fail(tr("unknown API type '%1'; use rest or http.").arg(parser.value(options.api)));
        }
    }
    if (!config) {
        return fail(parser.usageError(config.error()));
    }
    if (!reportValidation(path, *config, loaded.sourceMap, streams.err)) {
        streams.err << tr("%1: invalid configuration; nothing was written.").arg(path) << u'\n';
        return fail(int(ExitFindings));
    }
    return *config;
}

} // namespace cors::cli
