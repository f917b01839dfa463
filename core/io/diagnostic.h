// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/finding.h"
#include "sourcemap.h"

#include <QList>
#include <QString>

namespace cors {

/// A message about a position in a file: a project-file error, or a validation finding placed at
/// the line where the offending value was written.
struct Diagnostic
{
    SourcePosition position;
    Severity severity = Severity::Error;
    QString message;
    QString fix;
    QString rule;
};

using Diagnostics = QList<Diagnostic>;

Diagnostic diagnosticFor(const Finding &finding, const SourceMap &sourceMap);

/// Compiler style, so editors and CI annotate the line:
///   FILE:LINE:COL: error: MESSAGE [rule]
///     fix: FIX
QString formatDiagnostic(const QString &fileName, const Diagnostic &diagnostic);

} // namespace cors
