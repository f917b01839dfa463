// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scantable.h"

#include "findingmarks.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace cors::gui {

namespace {

class ScanTableText
{
    Q_DECLARE_TR_FUNCTIONS(ScanTableText)
};

QString severityName(scan::Severity severity)
{
    switch (severity) {
    case scan::Severity::High:
        return ScanTableText::tr("High");
    case scan::Severity::Medium:
        return ScanTableText::tr("Medium");
    case scan::Severity::Low:
        return ScanTableText::tr("Low");
    }
    return {};
}

QIcon severityIconOf(scan::Severity severity)
{
    switch (severity) {
    case scan::Severity::High:
        return severityIcon(Severity::Error);
    case scan::Severity::Medium:
        return severityIcon(Severity::Warning);
    case scan::Severity::Low:
        return severityIcon(Severity::Info);
    }
    return {};
}

/// The status of the response a finding was seen in.
QString statusOf(const scan::ScanFinding &finding)
{
    return finding.status > 0 ? QString::number(finding.status) : QString();
}

/// The evidence's header lines (the status has its own column).
QString evidenceHeaders(const scan::ScanFinding &finding)
{
    QStringList lines = finding.evidence;
    lines.removeIf([](const QString &line) { return line.startsWith(u"HTTP"_s); });
    return lines.join(u'\n');
}

} // namespace

QTableWidget *createScanTable(QWidget *parent)
{
    auto *table = new QTableWidget(0, 6, parent);
    table->setHorizontalHeaderLabels({ScanTableText::tr("Severity"), ScanTableText::tr("Class"),
                                      ScanTableText::tr("Probe origin"),
                                      ScanTableText::tr("Status"), ScanTableText::tr("Evidence"),
                                      ScanTableText::tr("Fix")});
    table->setAccessibleName(ScanTableText::tr("Scan findings"));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(true);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

void fillScanTable(QTableWidget *table, const scan::TargetResult &result)
{
    QList<scan::ScanFinding> findings = result.findings;
    std::stable_sort(findings.begin(), findings.end(),
                     [](const scan::ScanFinding &a, const scan::ScanFinding &b) {
                         return a.severity > b.severity;
                     });
    table->setRowCount(int(findings.size()));
    for (int row = 0; row < findings.size(); ++row) {
        const scan::ScanFinding &finding = findings.at(row);
        QString origin = QString::fromLatin1(finding.probeOrigin);
        if (!finding.alsoAccepted.isEmpty()) {
            origin +=
                u"\n"_s + ScanTableText::tr("also: %1").arg(finding.alsoAccepted.join(u", "_s));
        }
        const QStringList cells{severityName(finding.severity),
                                scan::findingClassKey(finding.kind),
                                origin,
                                statusOf(finding),
                                evidenceHeaders(finding),
                                finding.fix};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(finding.explanation);
            table->setItem(row, column, item);
        }
        table->item(row, 0)->setIcon(severityIconOf(finding.severity));
    }
}

} // namespace cors::gui
