// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostic.h"

using namespace Qt::StringLiterals;

namespace cors {

Diagnostic diagnosticFor(const Finding &finding, const SourceMap &sourceMap)
{
    return Diagnostic{sourceMap.position(finding.field, finding.index), finding.severity,
                      finding.message, finding.fix, finding.rule};
}

QString formatDiagnostic(const QString &fileName, const Diagnostic &diagnostic)
{
    QString text = fileName;
    if (diagnostic.position.isValid()) {
        text += u":%1:%2"_s.arg(diagnostic.position.line).arg(diagnostic.position.column);
    }
    text += u": "_s + severityKey(diagnostic.severity) + u": "_s + diagnostic.message;
    if (!diagnostic.rule.isEmpty()) {
        text += u" ["_s + diagnostic.rule + u']';
    }
    if (!diagnostic.fix.isEmpty()) {
        text += u"\n    fix: "_s + diagnostic.fix;
    }
    return text;
}

} // namespace cors
