// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace cors::cli {

/// `corscfg lint --config FILE [--json] [--fail-on error|warning]`, `corscfg lint --list-rules`:
/// the advisor's findings (plus validation's) compiler-style or as JSON. Exit status: 0 nothing
/// at or above the threshold, 1 otherwise, 2 usage error or unreadable file.
class LintCommand final : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, Streams streams) override;
};

} // namespace cors::cli
