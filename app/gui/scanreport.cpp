// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scanreport.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cors::gui {

namespace {

class ScanReportText
{
    Q_DECLARE_TR_FUNCTIONS(ScanReport)

public:
    static QString severityName(scan::Severity severity)
    {
        switch (severity) {
        case scan::Severity::High:
            return tr("High");
        case scan::Severity::Medium:
            return tr("Medium");
        case scan::Severity::Low:
            return tr("Low");
        }
        return {};
    }
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

ScanReport scanReport(const scan::TargetResult &result)
{
    ScanReport report;
    const QString url = escaped(result.url.toString());
    if (!result.reachable) {
        report.verdict = ScanReportText::tr("<b>Unreachable.</b> %1 did not answer: %2")
                             .arg(url, escaped(result.error));
        report.details = report.verdict;
        return report;
    }
    if (result.findings.isEmpty()) {
        report.verdict =
            ScanReportText::tr("<b>No misconfiguration found</b> in %n request(s) to %1.", nullptr,
                               result.requests)
                .arg(url);
        report.details = report.verdict;
        return report;
    }
    int counts[3] = {0, 0, 0};
    for (const scan::ScanFinding &finding : result.findings) {
        ++counts[int(finding.severity)];
    }
    report.verdict =
        ScanReportText::tr("<b>%n finding(s)</b> for %1", nullptr, int(result.findings.size()))
            .arg(url) +
        u" — "_s +
        ScanReportText::tr("%1 high, %2 medium, %3 low")
            .arg(counts[int(scan::Severity::High)])
            .arg(counts[int(scan::Severity::Medium)])
            .arg(counts[int(scan::Severity::Low)]);
    QString html;
    for (const scan::ScanFinding &finding : result.findings) {
        html += u"<h3>%1 · <code>%2</code></h3>"_s.arg(
            ScanReportText::severityName(finding.severity), scan::findingClassKey(finding.kind));
        if (!finding.probeOrigin.isEmpty()) {
            html += u"<p>"_s + ScanReportText::tr("Probe origin: <code>%1</code>")
                                   .arg(escaped(QString::fromLatin1(finding.probeOrigin)));
            if (!finding.alsoAccepted.isEmpty()) {
                html += u"<br>"_s + ScanReportText::tr("Also accepted: %1")
                                        .arg(escaped(finding.alsoAccepted.join(u", "_s)));
            }
            html += u"</p>"_s;
        }
        html += u"<p>"_s + escaped(finding.explanation) + u"</p>"_s;
        html += u"<pre>"_s + escaped(finding.evidence.join(u'\n')) + u"</pre>"_s;
        html += u"<p><b>"_s + ScanReportText::tr("Fix:") + u"</b> "_s + escaped(finding.fix) +
                u"</p>"_s;
    }
    report.details = html;
    return report;
}

} // namespace cors::gui
