// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/projectfile.h"

#include <QTextStream>

namespace cors::cli {

/// Prints why a project file could not be loaded, one FILE:LINE:COL diagnostic per error, and
/// returns the exit code every subcommand uses for it: 2 unreadable, 1 invalid.
int reportLoadFailure(const QString &path, const projectfile::LoadResult &loaded,
                      QTextStream &stream);

} // namespace cors::cli
