// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corsconfig.h"
#include "finding.h"

namespace cors {

/// Everything that makes a configuration wrong for browsers or for API Gateway: each finding
/// names the field (and entry), says why in one sentence and gives the fix. Findings come in field
/// order, entries in list order.
Findings validate(const CorsConfig &config);

} // namespace cors
