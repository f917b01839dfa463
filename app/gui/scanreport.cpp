// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scanreport.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cors::gui {

namespace {

class ScanReportText
{
    Q_DECLARE_TR_FUNCTIONS(ScanReportText)
};

} // namespace

QString scanVerdict(const scan::TargetResult &result)
{
    const QString url = result.url.toString().toHtmlEscaped();
    if (!result.reachable) {
        return ScanReportText::tr("<b>Unreachable.</b> %1 did not answer: %2")
            .arg(url, result.error.toHtmlEscaped());
    }
    if (result.findings.isEmpty()) {
        return ScanReportText::tr("<b>No misconfiguration found</b> at %1 (requests sent: %2).")
            .arg(url)
            .arg(result.requests);
    }
    int counts[3] = {0, 0, 0};
    for (const scan::ScanFinding &finding : result.findings) {
        ++counts[int(finding.severity)];
    }
    return ScanReportText::tr("<b>Findings: %1</b> at %2 — high %3, medium %4, low %5. The "
                              "table lists each with its evidence and fix.")
        .arg(result.findings.size())
        .arg(url)
        .arg(counts[int(scan::Severity::High)])
        .arg(counts[int(scan::Severity::Medium)])
        .arg(counts[int(scan::Severity::Low)]);
}

} // namespace cors::gui
