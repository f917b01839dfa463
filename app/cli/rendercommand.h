// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace cors::cli {

/// `corscfg render --config FILE (--format FORMAT [--output PATH] | --all --output-dir DIR)
/// [--api rest|http]`: writes SAM, Terraform, CloudFormation, OpenAPI, Swagger and Lambda
/// snippets. An invalid configuration prints its findings, writes nothing and exits 1.
class RenderCommand final : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, Streams streams) override;
};

} // namespace cors::cli
