// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace cors::cli {

/// Exit codes shared by every subcommand.
enum ExitCode : int
{
    ExitOk = 0,
    ExitFindings = 1,   ///< the input is invalid or has findings
    ExitUsage = 2,      ///< bad arguments, or an input that cannot be read
    ExitNoResponse = 3, ///< `check`/`scan`: no response at all (connection refused, DNS, timeout)
    ExitInterrupted = 130, ///< `scan` stopped by Ctrl+C (128 + SIGINT, as shells report it)
};

/// Where a command writes: stdout for results, stderr for diagnostics and progress.
struct Streams
{
    QTextStream &out;
    QTextStream &err;
};

/// One `corscfg` subcommand. Later subcommands (render, lint, check, scan, serve, import) plug
/// into the same dispatcher by adding an implementation to commandline.cpp's table.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    /// `arguments` starts with the program name followed by the subcommand's own arguments.
    virtual int run(const QStringList &arguments, Streams streams) = 0;
};

} // namespace cors::cli
