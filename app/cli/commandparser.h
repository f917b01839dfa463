// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/expected.h"
#include "command.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

namespace cors::cli {

/// The preamble every subcommand shares: a parser whose --help names "corscfg COMMAND", and one
/// way to report a usage error ("corscfg COMMAND: message" and where to find the usage).
class CommandParser : public QCommandLineParser
{
public:
    /// `description` is what --help shows under the usage line (the summary, then details).
    CommandParser(QString command, const QString &description, Streams streams);

    /// Parses `arguments` (the program name first). Goes on, or gives the exit code after
    /// printing --help (0) or a usage error (2).
    Expected<void, int> parseArguments(const QStringList &arguments);

    /// Prints the usage error; returns ExitUsage.
    int usageError(const QString &message) const;

    /// The project file of a command that reads exactly one (--config FILE, no positional
    /// arguments), or the usage error to print.
    Expected<QString> projectPath(const QCommandLineOption &config) const;

private:
    QString m_command;
    Streams m_streams;
    QCommandLineOption m_help;
};

/// QCommandLineParser's help text with the usage line naming `program` ("corscfg validate")
/// instead of the path the binary was started from.
QString helpText(const QCommandLineParser &parser, const QString &program);

} // namespace cors::cli
