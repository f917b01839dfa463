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

/// Prints validation's findings for `config` (read from `path`, positions from `sourceMap`), one
/// FILE:LINE:COL diagnostic each; true when none is an error, i.e. the configuration can be
/// rendered or served.
bool reportValidation(const QString &path, const CorsConfig &config, const SourceMap &sourceMap,
                      QTextStream &stream);

} // namespace cors::cli
