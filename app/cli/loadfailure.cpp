// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadfailure.h"

#include "command.h"

namespace cors::cli {

int reportLoadFailure(const QString &path, const projectfile::LoadResult &loaded,
                      QTextStream &stream)
{
    for (const Diagnostic &error : loaded.errors) {
        stream << formatDiagnostic(path, error) << u'\n';
    }
    return loaded.status == projectfile::LoadResult::Status::Unreadable ? ExitUsage : ExitFindings;
}

} // namespace cors::cli
