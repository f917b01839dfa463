// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingsarif.h"

#include "advisor/advisor.h"
#include "scan/assessment.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace cors::report {

namespace {

class SarifText
{
    Q_DECLARE_TR_FUNCTIONS(SarifText)
};

constexpr char browserDifference[] = "browser-difference";

SarifLevel levelOf(scan::Severity severity)
{
    switch (severity) {
    case scan::Severity::High:
        return SarifLevel::Error;
    case scan::Severity::Medium:
        return SarifLevel::Warning;
    case scan::Severity::Low:
        return SarifLevel::Note;
    }
    return SarifLevel::Warning;
}

/// GitHub's security-severity bands: critical ≥ 9, high ≥ 7, medium ≥ 4, low below.
double securityScore(scan::Severity severity)
{
    switch (severity) {
    case scan::Severity::High:
        return 8.0;
    case scan::Severity::Medium:
        return 5.0;
    case scan::Severity::Low:
        return 2.0;
    }
    return 5.0;
}

SarifLevel levelOf(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return SarifLevel::Error;
    case Severity::Warning:
        return SarifLevel::Warning;
    case Severity::Info:
        return SarifLevel::Note;
    }
    return SarifLevel::Warning;
}

} // namespace

QList<SarifRule> scanRules()
{
    QList<SarifRule> rules;
    for (const scan::FindingClass kind : scan::allFindingClasses()) {
        const scan::FindingText text = scan::findingText(kind);
        SarifRule rule;
        rule.id = scan::findingClassKey(kind);
        rule.summary = text.explanation.section(u". "_s, 0, 0);
        rule.help = text.explanation;
        rule.fix = text.fix;
        rule.level = levelOf(scan::baseSeverity(kind));
        rule.securitySeverity = securityScore(scan::baseSeverity(kind));
        rules.append(rule);
    }
    return rules;
}

QList<SarifResult> scanResults(const scan::TargetResult &target)
{
    QList<SarifResult> results;
    for (const scan::ScanFinding &finding : target.findings) {
        SarifResult result;
        result.ruleId = scan::findingClassKey(finding.kind);
        result.level = levelOf(finding.severity);
        result.message =
            finding.probeOrigin.isEmpty()
                ? finding.explanation
                : SarifText::tr("%1 (probe origin %2; HTTP %3)")
                      .arg(finding.explanation, QString::fromLatin1(finding.probeOrigin))
                      .arg(finding.status);
        result.location.uri = target.url.toString();
        result.properties = scan::findingToJson(finding);
        results.append(result);
    }
    return results;
}

QList<SarifRule> lintRules(const Findings &findings)
{
    QList<SarifRule> rules;
    QSet<QString> known;
    for (const advisor::Rule &catalogued : advisor::rules()) {
        SarifRule rule;
        rule.id = advisor::displayId(catalogued.id);
        rule.summary = catalogued.summary;
        rule.help = catalogued.summary + u' ' + SarifText::tr("Source: %1.").arg(catalogued.source);
        rule.level = levelOf(catalogued.severity);
        for (const Finding &finding : findings) {
            if (finding.rule == catalogued.id) {
                rule.fix = finding.fix;
                break;
            }
        }
        if (rule.fix.isEmpty()) {
            rule.fix = SarifText::tr("Apply the fix the finding names (corscfg lint prints it, "
                                     "and the app applies it in one click).");
        }
        known.insert(rule.id);
        rules.append(rule);
    }
    for (const Finding &finding : findings) {
        const QString id = advisor::displayId(finding.rule);
        if (known.contains(id)) {
            continue;
        }
        known.insert(id);
        SarifRule rule;
        rule.id = id;
        rule.summary = finding.message;
        rule.help = finding.message;
        rule.fix = finding.fix;
        rule.level = levelOf(finding.severity);
        rules.append(rule);
    }
    return rules;
}

SarifResult lintResult(const Finding &finding, const QString &path, SourcePosition position)
{
    SarifResult result;
    result.ruleId = advisor::displayId(finding.rule);
    result.level = levelOf(finding.severity);
    result.message = finding.message + u' ' + SarifText::tr("Fix: %1").arg(finding.fix);
    result.location = {path, position.line, position.column};
    result.properties = {{u"field"_s, fieldKey(finding.field)},
                         {u"blocksRendering"_s, finding.blocksRendering}};
    if (!finding.source.isEmpty()) {
        result.properties.insert(u"source"_s, finding.source);
    }
    return result;
}

QList<SarifRule> checkRules(const fetch::FlowResult &result)
{
    QList<SarifRule> rules;
    if (result.error) {
        SarifRule rule;
        rule.id = fetch::corsErrorKey(result.error->code);
        rule.summary = result.error->message.section(u". "_s, 0, 0);
        rule.help = result.error->message;
        rule.fix = result.error->fix;
        rule.level = SarifLevel::Error;
        rules.append(rule);
    }
    if (!result.warnings.isEmpty()) {
        SarifRule rule;
        rule.id = QString::fromLatin1(browserDifference);
        rule.summary = SarifText::tr("The browser judged lets this through; other browsers or "
                                     "the Fetch standard refuse it.");
        rule.help = rule.summary;
        rule.fix = SarifText::tr("Change the response so that every browser accepts it, as the "
                                 "warning says.");
        rule.level = SarifLevel::Warning;
        rules.append(rule);
    }
    return rules;
}

QList<SarifResult> checkResults(const fetch::FlowResult &result, const QUrl &url)
{
    QList<SarifResult> results;
    if (result.error) {
        SarifResult error;
        error.ruleId = fetch::corsErrorKey(result.error->code);
        error.level = SarifLevel::Error;
        error.message =
            result.error->message + u' ' + SarifText::tr("Fix: %1").arg(result.error->fix);
        error.location.uri = url.toString();
        error.properties = {{u"status"_s, result.status},
                            {u"browser"_s, fetch::browserKey(result.browser)}};
        results.append(error);
    }
    for (const QString &warning : result.warnings) {
        SarifResult item;
        item.ruleId = QString::fromLatin1(browserDifference);
        item.level = SarifLevel::Warning;
        item.message = warning;
        item.location.uri = url.toString();
        results.append(item);
    }
    return results;
}

} // namespace cors::report
