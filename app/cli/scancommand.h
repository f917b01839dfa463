// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace cors::cli {

/// `corscfg scan URL... [--urls FILE] [--origin ORIGIN] [--header "Name: value"]...
/// [--concurrency N] [--timeout S] [--proxy URL] [--format text|json|sarif | --json]`: audits
/// live endpoints for CORS misconfigurations, streaming results in input order. Exit status: 0
/// nothing found, 1 findings, 2 usage error, 3 no endpoint answered, 130 interrupted.
class ScanCommand final : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, Streams streams) override;
};

} // namespace cors::cli
