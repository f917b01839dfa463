// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace cors::cli {

/// `corscfg import TEMPLATE [--api NAME] [--output FILE]`: reads the CORS settings of one API
/// out of a SAM, CloudFormation, OpenAPI or Swagger template and writes them as a project file
/// (stdout without --output). Everything not taken over as written goes to stderr as
/// FILE:LINE:COL notes. Exit 0 imported, 1 not an importable template, 2 usage, unreadable file,
/// or several APIs without --api.
class ImportCommand final : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, Streams streams) override;
};

} // namespace cors::cli
