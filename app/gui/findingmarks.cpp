// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingmarks.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace cors::gui {

QIcon severityIcon(Severity severity)
{
    QStyle *style = QApplication::style();
    switch (severity) {
    case Severity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Info:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

QString findingHtml(const Finding &finding)
{
    QString html = u"<p>"_s + finding.message.toHtmlEscaped() + u"</p>"_s;
    if (!finding.fix.isEmpty()) {
        html += u"<p><i>"_s + QCoreApplication::translate("Findings", "Fix:") + u"</i> "_s +
                finding.fix.toHtmlEscaped() + u"</p>"_s;
    }
    return html;
}

std::optional<Mark> markFor(const Findings &findings, Field field, int entry)
{
    std::optional<Mark> mark;
    QString html;
    for (const Finding &finding : findings) {
        if (finding.field != field || finding.index != entry ||
            finding.severity == Severity::Info) {
            continue;
        }
        if (!mark || finding.severity > mark->severity) {
            mark = Mark{finding.severity, {}};
        }
        html += findingHtml(finding);
    }
    if (mark) {
        mark->toolTip = html;
    }
    return mark;
}

} // namespace cors::gui
