// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

namespace cors::cli {

/// QCommandLineParser's help text with the usage line naming `program` ("corscfg validate")
/// instead of the path the binary was started from.
QString helpText(const QCommandLineParser &parser, const QString &program);

/// Prints "corscfg COMMAND: message" and where to find the usage to `err`; returns ExitUsage.
int reportUsageError(QTextStream &err, const QString &command, const QString &message);

} // namespace cors::cli
