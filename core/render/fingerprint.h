// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/corsconfig.h"

#include <QString>

namespace cors::render {

/// A short, stable hash of everything in a configuration that ends up in a deployment (CORS
/// values and routes), so templates can re-deploy when (and only when) it changes. Letters and
/// digits only: it goes into CloudFormation logical IDs.
QString fingerprint(const CorsConfig &config);

} // namespace cors::render
