// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

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

/// One `corscfg` subcommand: its name, the line `corscfg --help` lists it with, and what runs
/// it. `run`'s arguments start with the program name ("corscfg check"), then the subcommand's own.
struct Command
{
    QString name;
    QString summary;
    std::function<int(const QStringList &arguments, Streams streams)> run;
};

// The subcommands, each in its own file (checkcommand.cpp, …); commandline.cpp lists them.
Command validateCommand();
Command renderCommand();
Command lintCommand();
Command checkCommand();
Command scanCommand();
Command serveCommand();
Command importCommand();

} // namespace cors::cli
