// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "format.h"
#include "model/corsconfig.h"
#include "model/finding.h"

#include <QByteArray>

namespace cors::render {

struct RenderResult
{
    /// The snippet; empty when the configuration has errors.
    QByteArray text;
    /// Everything validation found; rendering refuses a configuration with errors.
    Findings findings;

    bool ok() const { return !hasErrors(findings); }
};

/// Renders one format from a configuration, after validating it.
RenderResult render(const CorsConfig &config, Format format);

/// Renders without validating first. Only for configurations validate() accepted (the GUI's live
/// preview re-validates anyway); what it writes for an invalid one is unspecified.
QByteArray renderValidated(const CorsConfig &config, Format format);

} // namespace cors::render
