// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingmarks.h"

#include "appicons.h"
#include "projectdocument.h"

#include <QApplication>
#include <QCoreApplication>
#include <QRegularExpression>
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

QIcon findingIcon(const Finding &finding)
{
    return finding.blocksRendering ? appIcon(u"blocks-render"_s) : severityIcon(finding.severity);
}

QIcon Mark::icon() const
{
    return blocksRendering ? appIcon(u"blocks-render"_s) : severityIcon(severity);
}

QString formText(const QString &text)
{
    QString result = text;
    for (const Field field : allFields) {
        const QString key = fieldKey(field);
        // The leading "key: " every message starts with, for any field; elsewhere only the
        // camel-case keys, since "authorizer", "routes" and "stages" are also plain words.
        if (result.startsWith(key + u": "_s)) {
            result.replace(0, key.size(), fieldLabel(field));
        }
        if (key != key.toLower()) {
            static QHash<QString, QRegularExpression> patterns;
            auto it = patterns.find(key);
            if (it == patterns.end()) {
                it = patterns.insert(key, QRegularExpression(u"\\b"_s + key + u"\\b"_s));
            }
            result.replace(*it, fieldLabel(field));
        }
    }
    return result;
}

QString findingHtml(const Finding &finding)
{
    QString html;
    if (finding.blocksRendering) {
        html += u"<p><b>"_s +
                QCoreApplication::translate("Findings",
                                            "Blocks the snippets: API Gateway would refuse it.") +
                u"</b></p>"_s;
    } else if (finding.severity == Severity::Error) {
        html += u"<p><b>"_s +
                QCoreApplication::translate("Findings",
                                            "Renders and deploys, but browsers will fail.") +
                u"</b></p>"_s;
    }
    html += u"<p>"_s + formText(finding.message).toHtmlEscaped() + u"</p>"_s;
    if (!finding.fix.isEmpty()) {
        html += u"<p><i>"_s + QCoreApplication::translate("Findings", "Fix:") + u"</i> "_s +
                formText(finding.fix).toHtmlEscaped() + u"</p>"_s;
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
            mark = Mark{finding.severity, {}, mark && mark->blocksRendering};
        }
        mark->blocksRendering = mark->blocksRendering || finding.blocksRendering;
        html += findingHtml(finding);
    }
    if (mark) {
        mark->toolTip = html;
    }
    return mark;
}

} // namespace cors::gui
