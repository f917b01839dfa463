// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace cors::cli {

/// `corscfg check URL --origin ORIGIN [--method M] [--header "Name: value"]... [--credentials]
/// [--data BODY] [--browser chromium|firefox|webkit] [--timeout SECONDS] [--insecure]
/// [--json]`: sends what a browser would and prints the six steps with the browser's verdict.
/// Exit status: 0 allowed, 1 blocked, 2 usage error, 3 no response at all.
class CheckCommand final : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, Streams streams) override;
};

} // namespace cors::cli
