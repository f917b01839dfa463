// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scanoutput.h"

#include "report/findingsarif.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace cors::cli {

namespace {

class ScanOutputText
{
    Q_DECLARE_TR_FUNCTIONS(ScanOutputText)
};

QJsonObject toJson(const scan::TargetResult &result)
{
    QJsonArray findings;
    for (const scan::ScanFinding &finding : result.findings) {
        findings.append(scan::findingToJson(finding));
    }
    return {
        {u"url"_s, result.url.toString()},
        {u"reachable"_s, result.reachable},
        {u"error"_s, result.reachable ? QJsonValue() : QJsonValue(result.error)},
        {u"requests"_s, result.requests},
        {u"findings"_s, findings},
    };
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

ScanOutput::ScanOutput(OutputFormat format, QTextStream &out)
    : m_format(format)
    , m_out(out)
{
    if (m_format == OutputFormat::Json) {
        m_out << u"{\"targets\":[\n"_s;
    } else if (m_format == OutputFormat::Sarif) {
        m_sarif = std::make_unique<report::SarifWriter>(m_out, report::scanRules());
    }
}

ScanOutput::~ScanOutput() = default;

void ScanOutput::add(const scan::TargetResult &result)
{
    ++m_tally.endpoints;
    m_tally.reachable += result.reachable;
    m_tally.withFindings += !result.findings.isEmpty();
    for (const scan::ScanFinding &finding : result.findings) {
        ++m_tally.counts[int(finding.severity)];
    }
    switch (m_format) {
    case OutputFormat::Text:
        printText(result);
        break;
    case OutputFormat::Json:
        m_out << (m_tally.endpoints > 1 ? u",\n"_s : QString()) << compact(toJson(result));
        break;
    case OutputFormat::Sarif:
        for (const report::SarifResult &item : report::scanResults(result)) {
            m_sarif->add(item);
        }
        break;
    }
    m_out.flush(); // a scan that is stopped still leaves every finished target on stdout
}

void ScanOutput::printText(const scan::TargetResult &result)
{
    m_out << result.url.toString() << u'\n';
    if (!result.reachable) {
        m_out << u"  "_s << ScanOutputText::tr("unreachable: %1").arg(result.error) << u'\n';
        return;
    }
    if (result.findings.isEmpty()) {
        m_out << u"  "_s << ScanOutputText::tr("no findings") << u'\n';
        return;
    }
    for (const scan::ScanFinding &finding : result.findings) {
        m_out << u"  "_s << scan::severityKey(finding.severity).leftJustified(7)
              << scan::findingClassKey(finding.kind);
        if (!finding.probeOrigin.isEmpty()) {
            m_out << u"  "_s
                  << ScanOutputText::tr("origin %1").arg(QString::fromLatin1(finding.probeOrigin));
        }
        m_out << u"  "_s << ScanOutputText::tr("HTTP %1").arg(finding.status) << u'\n';
        m_out << u"         "_s << finding.explanation << u'\n';
        if (!finding.alsoAccepted.isEmpty()) {
            m_out << u"         "_s
                  << ScanOutputText::tr("also accepted: %1").arg(finding.alsoAccepted.join(u", "_s))
                  << u'\n';
        }
        m_out << u"         "_s
              << ScanOutputText::tr("evidence: %1").arg(finding.evidence.join(u" | "_s)) << u'\n';
        m_out << u"         "_s << ScanOutputText::tr("fix: %1").arg(finding.fix) << u'\n';
    }
}

void ScanOutput::finish(qint64 unfinished, bool interrupted)
{
    m_tally.unfinished = unfinished;
    m_tally.interrupted = interrupted;
    const ScanTally &t = m_tally;
    const QString stopped =
        ScanOutputText::tr("interrupted: %1 endpoint(s) started were not finished, the rest of the "
                           "list was not read")
            .arg(t.unfinished);
    switch (m_format) {
    case OutputFormat::Text:
        m_out << ScanOutputText::tr(
                     "%1 endpoint(s), %2 with findings (%3 high, %4 medium, %5 low), "
                     "%6 unreachable")
                     .arg(QString::number(t.endpoints), QString::number(t.withFindings),
                          QString::number(t.counts[int(scan::Severity::High)]),
                          QString::number(t.counts[int(scan::Severity::Medium)]),
                          QString::number(t.counts[int(scan::Severity::Low)]),
                          QString::number(t.endpoints - t.reachable))
              << u'\n';
        if (interrupted) {
            m_out << stopped << u'\n';
        }
        break;
    case OutputFormat::Json: {
        QJsonObject summary{{u"endpoints"_s, t.endpoints},
                            {u"reachable"_s, t.reachable},
                            {u"withFindings"_s, t.withFindings},
                            {u"high"_s, t.counts[int(scan::Severity::High)]},
                            {u"medium"_s, t.counts[int(scan::Severity::Medium)]},
                            {u"low"_s, t.counts[int(scan::Severity::Low)]},
                            {u"interrupted"_s, interrupted}};
        if (interrupted) {
            summary.insert(u"unfinished"_s, t.unfinished);
        }
        m_out << u"\n],\"summary\":"_s << compact(summary) << u"}\n"_s;
        break;
    }
    case OutputFormat::Sarif:
        m_sarif->finish(!interrupted, interrupted ? stopped : QString());
        break;
    }
    m_out.flush();
}

} // namespace cors::cli
