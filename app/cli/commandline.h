// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace cors::cli {

/// The whole of `corscfg`: `--help`, `--version` and dispatch to a subcommand. Returns the exit
/// code; never calls exit(), so tests can drive it in-process.
int runCommandLine(const QStringList &arguments, Streams streams);

} // namespace cors::cli
