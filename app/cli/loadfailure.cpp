// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadfailure.h"

#include "command.h"
#include "io/diagnostic.h"
#include "model/validator.h"

namespace cors::cli {

int reportLoadFailure(const QString &path, const projectfile::LoadResult &loaded,
                      QTextStream &stream)
{
    for (const Diagnostic &error : loaded.errors) {
        stream << formatDiagnostic(path, error) << u'\n';
    }
    return loaded.status == projectfile::LoadResult::Status::Unreadable ? ExitUsage : ExitFindings;
}

bool reportValidation(const QString &path, const CorsConfig &config, const SourceMap &sourceMap,
                      QTextStream &stream)
{
    const Findings findings = validate(config);
    for (const Finding &finding : findings) {
        stream << formatDiagnostic(path, diagnosticFor(finding, sourceMap)) << u'\n';
    }
    return !hasErrors(findings);
}

} // namespace cors::cli
