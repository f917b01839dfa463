// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace cors::cli {

/// `corscfg validate FILE...`: reads project files and reports every error, warning and note as
/// FILE:LINE:COL diagnostics. Exit 0 valid, 1 invalid, 2 usage or unreadable.
class ValidateCommand final : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, Streams streams) override;
};

} // namespace cors::cli
