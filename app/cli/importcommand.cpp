// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor/advisor.h"
#include "command.h"
#include "commandparser.h"
#include "import/templateimport.h"
#include "io/projectfile.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cors::cli {

namespace {

class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    static QString summary()
    {
        return tr("Read the CORS settings out of a SAM, CloudFormation (CDK's cdk.out "
                  "included) or OpenAPI template, or a serverless.yml, into a project file.");
    }

    static int run(const QStringList &arguments, Streams streams);

    static int report(const QString &path, const templateimport::ImportResult &result,
                      QTextStream &err)
    {
        using Status = templateimport::ImportResult::Status;
        for (const Diagnostic &error : result.errors) {
            err << formatDiagnostic(path, error) << u'\n';
        }
        if (result.status == Status::ChooseApi) {
            err << tr("APIs in %1:").arg(path) << u'\n';
            for (const templateimport::ApiCandidate &api : result.apis) {
                err << u"  %1  %2, %3"_s.arg(api.name.leftJustified(24),
                                             apiTypeDisplayName(api.type), api.kind);
                if (api.position.isValid()) {
                    err << tr(", line %1").arg(api.position.line);
                }
                err << u'\n';
            }
            return ExitUsage;
        }
        const bool usage =
            result.status == Status::UnknownApi || result.status == Status::Unreadable;
        return usage ? ExitUsage : ExitFindings;
    }
};

/// The notes of an import and what the advisor says about the imported settings (a template
/// rarely gets CORS right), on stderr.
void reportImported(const QString &path, const templateimport::ImportResult &result,
                    const QString &output, QTextStream &err)
{
    for (const Diagnostic &note : result.notes) {
        err << formatDiagnostic(path, note) << u'\n';
    }
    err << ImportCommand::tr("%1: imported %2 '%3' (%4) with %n note(s).", "",
                             int(result.notes.size()))
               .arg(path, apiTypeDisplayName(result.api.type), result.api.name, result.api.kind)
        << u'\n';
    const QString shownName = output.isEmpty() ? ImportCommand::tr("<imported>") : output;
    const Findings findings = advisor::lint(result.config);
    for (const Finding &finding : findings) {
        Diagnostic diagnostic = diagnosticFor(finding, SourceMap());
        diagnostic.position = {};
        err << formatDiagnostic(shownName, diagnostic) << u'\n';
    }
    if (hasErrors(findings)) {
        err << ImportCommand::tr("The imported settings have errors (above); fix them in the "
                                 "app or in the project file.")
            << u'\n';
    }
}

} // namespace

Command importCommand()
{
    return {u"import"_s, ImportCommand::summary(), &ImportCommand::run};
}

int ImportCommand::run(const QStringList &arguments, Streams streams)
{
    CommandParser parser(
        u"import"_s,
        summary() + u"\n\n"_s +
            tr("Reads YAML and JSON templates: SAM's Cors, CorsConfiguration, Auth and "
               "GatewayResponses (Globals included); CloudFormation's "
               "AWS::ApiGatewayV2::Api CorsConfiguration, OPTIONS methods with MOCK "
               "integrations and gateway responses; OpenAPI's x-amazon-apigateway-cors, "
               "options operations and x-amazon-apigateway-gateway-responses; serverless.yml's "
               "http and httpApi events, their cors and provider.httpApi.cors. Values that "
               "are not literals (!Ref, !Sub, ${...}, ...) and settings the configuration "
               "has no place for are listed on stderr, never dropped silently.") +
            u"\n\n"_s +
            tr("Exit status: 0 imported, 1 not an importable template, 2 usage error, "
               "unreadable file, or several APIs and no --api."),
        streams);
    const QCommandLineOption apiOption(
        u"api"_s,
        tr("The API to import when the template defines several (its logical "
           "ID, or the OpenAPI title)."),
        u"NAME"_s);
    const QCommandLineOption outputOption(
        {u"o"_s, u"output"_s}, tr("Write the project file here (atomically) instead of to stdout."),
        u"FILE.cors.yaml"_s);
    parser.addOptions({apiOption, outputOption});
    parser.addPositionalArgument(u"TEMPLATE"_s, tr("The SAM, CloudFormation, OpenAPI or Swagger "
                                                   "template, or serverless.yml (YAML or JSON)."));
    if (const auto parsed = parser.parseArguments(arguments); !parsed) {
        return parsed.error();
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return parser.usageError(tr("name one template, e.g. 'corscfg import "
                                    "template.yaml'."));
    }
    const QString path = positional.first();
    const templateimport::ImportResult result =
        templateimport::importTemplateFile(path, parser.value(apiOption));
    if (!result.ok()) {
        return report(path, result, streams.err);
    }

    const QString output = parser.value(outputOption);
    reportImported(path, result, output, streams.err);
    if (output.isEmpty()) {
        streams.out << QString::fromUtf8(projectfile::serialize(result.config));
        return ExitOk;
    }
    const Expected<void> saved = projectfile::write(result.config, output);
    if (!saved) {
        streams.err << u"corscfg import: "_s << saved.error() << u'\n';
        return ExitUsage;
    }
    streams.err << tr("Wrote %1.").arg(output) << u'\n';
    return ExitOk;
}

} // namespace cors::cli
