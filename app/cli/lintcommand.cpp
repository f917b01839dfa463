// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor/advisor.h"
#include "command.h"
#include "commandparser.h"
#include "io/projectfile.h"
#include "loadfailure.h"
#include "outputformat.h"
#include "report/findingsarif.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace cors::cli {

namespace {

class LintCommand
{
    Q_DECLARE_TR_FUNCTIONS(LintCommand)

public:
    static QString summary()
    {
        return tr("Advise on least privilege and what will not work on API Gateway.");
    }

    static int run(const QStringList &arguments, Streams streams);
    static int lintFile(const QString &path, OutputFormat format, Severity threshold,
                        Streams streams);

    static QJsonValue apiTypes(const QString &rule)
    {
        const advisor::Rule *catalogue = advisor::findRule(rule);
        if (catalogue == nullptr) {
            return QJsonValue();
        }
        switch (catalogue->scope) {
        case advisor::Scope::Rest:
            return QJsonArray{u"rest"_s};
        case advisor::Scope::Http:
            return QJsonArray{u"http"_s};
        case advisor::Scope::Both:
            break;
        }
        return QJsonArray{u"rest"_s, u"http"_s};
    }

    static QJsonObject toJson(const Finding &finding, const SourceMap &sourceMap)
    {
        const SourcePosition position = sourceMap.position(finding.field, finding.index);
        return {
            {u"id"_s, advisor::displayId(finding.rule)},
            {u"rule"_s, finding.rule},
            {u"severity"_s, severityKey(finding.severity)},
            {u"field"_s, fieldKey(finding.field)},
            {u"entry"_s, finding.index < 0 ? QJsonValue() : QJsonValue(finding.index)},
            {u"line"_s, position.line},
            {u"column"_s, position.column},
            {u"message"_s, finding.message},
            {u"fix"_s, finding.fix},
            {u"source"_s, finding.source.isEmpty() ? QJsonValue() : QJsonValue(finding.source)},
            {u"apiTypes"_s, apiTypes(finding.rule)},
            {u"blocksRendering"_s, finding.blocksRendering},
        };
    }

    /// A file that cannot be loaded still gives a valid log: its load errors as results of
    /// the "load-error" rule, at their positions.
    static void printLoadFailureSarif(const QString &path, const projectfile::LoadResult &loaded,
                                      QTextStream &out)
    {
        report::SarifRule rule;
        rule.id = u"load-error"_s;
        rule.summary = tr("The project file cannot be read.");
        rule.help = tr("The file is not a readable CORS Configurator project (YAML syntax, an "
                       "unknown key or a wrong type).");
        rule.fix = tr("Correct the file at the position given; corscfg validate prints the "
                      "same errors.");
        rule.level = report::SarifLevel::Error;
        report::SarifWriter sarif(out, {rule});
        for (const Diagnostic &error : loaded.errors) {
            sarif.add({rule.id,
                       report::SarifLevel::Error,
                       error.message + u' ' + tr("Fix: %1").arg(error.fix),
                       {path, error.position.line, error.position.column},
                       {}});
        }
        sarif.finish(loaded.status != projectfile::LoadResult::Status::Unreadable);
    }

    static void listRules(QTextStream &out)
    {
        for (const advisor::Rule &rule : advisor::rules()) {
            out << rule.id << u"  "_s << severityKey(rule.severity) << u"  "_s
                << advisor::scopeKey(rule.scope) << u'\n' << u"    "_s << rule.summary << u'\n'
                << u"    "_s << tr("source: %1").arg(rule.source) << u'\n';
        }
    }
};

} // namespace

Command lintCommand()
{
    return {u"lint"_s, LintCommand::summary(), &LintCommand::run};
}

int LintCommand::run(const QStringList &arguments, Streams streams)
{
    CommandParser parser(
        u"lint"_s,
        summary() + u"\n\n"_s +
            tr("Prints each finding as FILE: SEVERITY[ID]: message, with its fix, source and "
               "position.\nExit status: 0 nothing at or above --fail-on, 1 otherwise, 2 usage "
               "error or unreadable file."),
        streams);
    const QCommandLineOption configOption(u"config"_s, tr("The project file to lint."), u"FILE"_s);
    const FormatOption formatOption;
    const QCommandLineOption failOnOption(
        u"fail-on"_s,
        tr("Exit 1 on findings of this severity or worse: error (default) "
           "or warning."),
        u"SEVERITY"_s, u"error"_s);
    const QCommandLineOption listRulesOption(u"list-rules"_s, tr("List every rule and exit."));
    parser.addOptions({configOption, failOnOption, listRulesOption});
    formatOption.addTo(parser);

    if (const auto parsed = parser.parseArguments(arguments); !parsed) {
        return parsed.error();
    }
    if (parser.isSet(listRulesOption)) {
        listRules(streams.out);
        return ExitOk;
    }
    const Expected<QString> path = parser.projectPath(configOption);
    if (!path) {
        return parser.usageError(path.error());
    }
    Severity threshold = Severity::Error;
    const QString failOn = parser.value(failOnOption);
    if (failOn == u"warning") {
        threshold = Severity::Warning;
    } else if (failOn != u"error") {
        return parser.usageError(tr("--fail-on '%1' is not one of error, warning.").arg(failOn));
    }

    const Expected<OutputFormat> format = formatOption.read(parser);
    if (!format) {
        return parser.usageError(format.error());
    }
    return lintFile(*path, *format, threshold, streams);
}

int LintCommand::lintFile(const QString &path, OutputFormat format, Severity threshold,
                          Streams streams)
{
    const projectfile::LoadResult loaded = projectfile::read(path);
    if (!loaded.ok()) {
        if (format == OutputFormat::Sarif) {
            printLoadFailureSarif(path, loaded, streams.out);
            return loaded.status == projectfile::LoadResult::Status::Unreadable ? ExitUsage
                                                                                : ExitFindings;
        }
        if (format == OutputFormat::Text) {
            return reportLoadFailure(path, loaded, streams.out);
        }
        QJsonArray errors;
        for (const Diagnostic &error : loaded.errors) {
            errors.append(QJsonObject{{u"line"_s, error.position.line},
                                      {u"column"_s, error.position.column},
                                      {u"message"_s, error.message},
                                      {u"fix"_s, error.fix}});
        }
        streams.out << QString::fromUtf8(
            QJsonDocument(
                QJsonObject{{u"file"_s, path}, {u"passed"_s, false}, {u"loadErrors"_s, errors}})
                .toJson(QJsonDocument::Indented));
        return loaded.status == projectfile::LoadResult::Status::Unreadable ? ExitUsage
                                                                            : ExitFindings;
    }

    const Findings findings = advisor::lint(loaded.config);
    int counts[3] = {0, 0, 0};
    bool failed = false;
    for (const Finding &finding : findings) {
        ++counts[int(finding.severity)];
        failed = failed || finding.severity >= threshold;
    }
    if (format == OutputFormat::Sarif) {
        report::SarifWriter sarif(streams.out, report::lintRules(findings));
        for (const Finding &finding : findings) {
            sarif.add(report::lintResult(finding, path,
                                         loaded.sourceMap.position(finding.field, finding.index)));
        }
        sarif.finish(true);
    } else if (format == OutputFormat::Json) {
        QJsonArray array;
        for (const Finding &finding : findings) {
            array.append(toJson(finding, loaded.sourceMap));
        }
        const QJsonObject document{
            {u"file"_s, path},
            {u"failOn"_s, severityKey(threshold)},
            {u"passed"_s, !failed},
            {u"counts"_s, QJsonObject{{u"error"_s, counts[int(Severity::Error)]},
                                      {u"warning"_s, counts[int(Severity::Warning)]},
                                      {u"note"_s, counts[int(Severity::Info)]},
                                      {u"blocksRendering"_s, blockingCount(findings)}}},
            {u"findings"_s, array},
        };
        streams.out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    } else {
        for (const Finding &finding : findings) {
            const SourcePosition position = loaded.sourceMap.position(finding.field, finding.index);
            streams.out << path << u": "_s << severityKey(finding.severity) << u'['
                        << advisor::displayId(finding.rule) << u"]: "_s << finding.message << u'\n';
            streams.out << u"    "_s << tr("fix: %1").arg(finding.fix) << u'\n';
            if (!finding.source.isEmpty()) {
                streams.out << u"    "_s << tr("source: %1").arg(finding.source) << u'\n';
            }
            streams.out << u"    "_s
                        << tr("at: %1:%2:%3")
                               .arg(path, QString::number(position.line),
                                    QString::number(position.column))
                        << u'\n';
        }
        streams.out << tr("%1: %2 error(s), %3 warning(s), %4 note(s); %5")
                           .arg(path, QString::number(counts[int(Severity::Error)]),
                                QString::number(counts[int(Severity::Warning)]),
                                QString::number(counts[int(Severity::Info)]),
                                failed ? tr("fails at --fail-on %1").arg(severityKey(threshold))
                                       : tr("passes at --fail-on %1").arg(severityKey(threshold)))
                    << u'\n';
        // One distinction for the GUI and the CLI: validation's errors block rendering (the
        // API would not deploy); the advisor's render, but browsers will fail.
        if (const int errors = counts[int(Severity::Error)]; errors > 0) {
            const int blocking = blockingCount(findings);
            streams.out << u"    "_s
                        << tr("%1 of the errors block rendering; %2 render but fail in "
                              "browsers.")
                               .arg(blocking)
                               .arg(errors - blocking)
                        << u'\n';
        }
    }
    return failed ? ExitFindings : ExitOk;
}

} // namespace cors::cli
