// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fetch/flow.h"
#include "fetch/request.h"

#include <QTextStream>

namespace cors::cli {

/// Prints a flow the way `corscfg check` shows it: a header line, the six numbered steps with
/// their state, the exchanged headers (`>` sent, `<` received), reasons and fixes, and the
/// verdict.
void printFlow(QTextStream &out, const fetch::FetchInit &init, const fetch::FlowResult &result);

} // namespace cors::cli
