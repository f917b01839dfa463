// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "advisor/quickfix.h"
#include "fetch/flow.h"
#include "fetch/request.h"
#include "model/corsconfig.h"

namespace cors::advisor {

/// What a check means, CORS and the API's own answer told apart.
enum class CheckOutcome
{
    Allowed,             ///< CORS passed and the API answered with success
    ApiRefused,          ///< CORS passed, but the API answered 4xx/5xx (e.g. its authorizer)
    Blocked,             ///< the browser blocked a request the project means to allow
    BlockedAsConfigured, ///< blocked, and the project does not allow this page's origin either
    NoResponse,          ///< nothing came back (refused, timeout, TLS, DNS)
};

/// The verdict the tester shows above the six steps: one headline, what it means, the fix for
/// the project's API type, and one-click fixes when the project itself is at fault.
struct CheckVerdict
{
    CheckOutcome outcome = CheckOutcome::Blocked;
    QString headline;
    QString explanation;
    QString fix;
    QList<QuickFix> fixes;
};

/// Judges `result` of the request `init` against the project `config`.
CheckVerdict judgeCheck(const CorsConfig &config, const fetch::FetchInit &init,
                        const fetch::FlowResult &result);

/// Whether the project lets pages on `origin` (serialized) read its responses: listed exactly,
/// '*', or (HTTP API) a scheme wildcard.
bool projectAllowsOrigin(const CorsConfig &config, QStringView origin);

} // namespace cors::advisor
