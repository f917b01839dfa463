// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flow.h"
#include "request.h"

#include <QJsonObject>

namespace cors::fetch {

/// The machine-readable form of a flow, as `corscfg check --json` prints it:
/// {url, origin, method, browser, credentials, allowed, preflight, actualRequest, error,
///  status, exposedHeaders, hiddenHeaders, preflightMaxAge, redirects, steps[6]}.
/// `error` is null or {code, message, fix}; each step is {number, id, title, state, reason,
/// fix, messages: [{startLine, url, headers: [[name, value]...], elapsedMs}]}.
QJsonObject flowToJson(const FetchInit &init, const FlowResult &result);

} // namespace cors::fetch
