// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace cors::cli {

/// `corscfg serve --config FILE [--port N] [--bind ADDR]`: a local stand-in for API Gateway
/// deployed with the configuration, until SIGINT/SIGTERM. The URL goes to stdout, one log line
/// per request to stderr; saving the file reloads it. Exit status: 0 stopped by a signal,
/// 1 invalid configuration, 2 usage error, unreadable file or the address cannot be used.
class ServeCommand final : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, Streams streams) override;
};

} // namespace cors::cli
