// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What `corscfg import` reads back from a template CORS Configurator rendered, for the round
// trips: the configuration itself, less what the format cannot carry.

#include "model/corsconfig.h"
#include "render/format.h"

namespace cors::test {

/// Whether the template of `format` deploys one stage (the CDK stack and the Serverless service
/// deploy the first stage unless told otherwise), so it imports as that stage alone.
bool deploysOneStage(render::Format format);

/// What an import of `config` rendered as `format` gives: the fields the template carries keep
/// their value, the others read back as an import of a template without them does. For CDK and
/// Serverless, `format` is the tool's input; the template imported is the one the tool made.
CorsConfig carriedByImport(const CorsConfig &config, render::Format format);

/// Whether an imported configuration is `expected`: equal, or with its routes in another order
/// (for CDK and Serverless also allowMethods, which their resource order decides) or written
/// differently (GET /a and PUT /a, or one route with both) where the CloudFormation
/// (`format` for SAM, OpenAPI, Swagger) templates of both say the same.
bool sameApi(const CorsConfig &imported, const CorsConfig &expected, render::Format format);

} // namespace cors::test
