// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor/advisor.h"
#include "command.h"
#include "commandparser.h"
#include "io/projectfile.h"
#include "loadfailure.h"
#include "model/validator.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cors::cli {

namespace {

class ValidateCommand
{
    Q_DECLARE_TR_FUNCTIONS(ValidateCommand)

public:
    static QString summary()
    {
        return tr("Check project files (*.cors.yaml) and report FILE:LINE:COL diagnostics.");
    }

    static int run(const QStringList &arguments, Streams streams);

    static int validateFile(const QString &path, Streams streams)
    {
        const projectfile::LoadResult loaded = projectfile::read(path);
        if (!loaded.ok()) {
            return reportLoadFailure(path, loaded, streams.out);
        }

        if (loaded.version < projectfile::formatVersion) {
            streams.out << tr("%1: format version %2, read as version %3 (saving writes version "
                              "%3; nothing is lost)")
                               .arg(path, QString::number(loaded.version),
                                    QString::number(projectfile::formatVersion))
                        << u'\n';
        }
        const Findings findings = validate(loaded.config);
        int counts[3] = {0, 0, 0};
        for (const Finding &finding : findings) {
            streams.out << formatDiagnostic(path, diagnosticFor(finding, loaded.sourceMap))
                        << u'\n';
            ++counts[int(finding.severity)];
        }
        const int errors = counts[int(Severity::Error)];
        const int warnings = counts[int(Severity::Warning)];
        const int notes = counts[int(Severity::Info)];
        if (errors > 0) {
            streams.out << tr("%1: invalid (version %5; %2 error(s), %3 warning(s), %4 note(s))")
                               .arg(path, QString::number(errors), QString::number(warnings),
                                    QString::number(notes), QString::number(loaded.version))
                        << u'\n';
            return ExitFindings;
        }
        streams.out << tr("%1: valid (version %4; %2 warning(s), %3 note(s))")
                           .arg(path, QString::number(warnings), QString::number(notes),
                                QString::number(loaded.version))
                    << u'\n';
        // Valid means it renders and deploys; the advisor's errors (browsers will fail) are
        // lint's to list, and said here so "valid" never reads as "works".
        const Findings linted = advisor::lint(loaded.config, findings);
        if (const auto failing = std::count_if(linted.cbegin(), linted.cend(),
                                               [](const Finding &f) {
                                                   return f.severity == Severity::Error &&
                                                          !f.blocksRendering;
                                               });
            failing > 0) {
            streams.out << tr("%1: renders, but 'corscfg lint --config %1' reports %2 error(s) "
                              "browsers will hit.")
                               .arg(path)
                               .arg(failing)
                        << u'\n';
        }
        return ExitOk;
    }
};

} // namespace

Command validateCommand()
{
    return {u"validate"_s, ValidateCommand::summary(), &ValidateCommand::run};
}

int ValidateCommand::run(const QStringList &arguments, Streams streams)
{
    CommandParser parser(u"validate"_s,
                         summary() + u"\n\n"_s +
                             tr("Exit status: 0 valid, 1 invalid, 2 usage "
                                "error or unreadable file."),
                         streams);
    parser.addPositionalArgument(u"FILE"_s, tr("Project files to validate."), u"FILE..."_s);
    if (const auto parsed = parser.parseArguments(arguments); !parsed) {
        return parsed.error();
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        return parser.usageError(
            tr("name at least one project file, e.g. 'corscfg validate api.cors.yaml'."));
    }
    int exitCode = ExitOk;
    for (const QString &file : files) {
        exitCode = std::max(exitCode, validateFile(file, streams));
    }
    return exitCode;
}

} // namespace cors::cli
