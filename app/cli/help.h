// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QString>

namespace cors::cli {

/// QCommandLineParser's help text with the usage line naming `program` ("corscfg validate")
/// instead of the path the binary was started from.
QString helpText(const QCommandLineParser &parser, const QString &program);

} // namespace cors::cli
