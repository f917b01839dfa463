// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "browser.h"
#include "corserror.h"
#include "headerlist.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace cors::fetch {

/// A failed check: the code and the value it objects to (null when the header is missing).
struct CheckFailure
{
    CorsErrorCode code;
    QByteArray value;
    QByteArray allowList; ///< for method/header failures: the allow-list header's value
};

/// Fetch §4.9 "CORS check" on a response's headers, for a request whose serialized origin is
/// `origin` ("null" once tainted), with Chromium's names for the way it fails.
std::optional<CheckFailure> corsCheck(const HeaderList &headers, const QByteArray &origin,
                                      bool credentials);

/// Fetch §2.2.6 "redirect status": 301, 302, 303, 307 or 308.
bool isRedirectStatus(int status);
/// Fetch §2.2.6 "ok status": 200 to 299.
bool isOkStatus(int status);

/// What a preflight response allows, once it passed.
struct PreflightAllowance
{
    QList<QByteArray> methods;
    QList<QByteArray> headerNames; ///< lowercased
    int maxAgeSeconds = 0;
    /// Chromium let `*` in Access-Control-Allow-Headers cover Authorization, which the standard,
    /// Firefox and WebKit do not.
    bool authorizationCoveredByWildcard = false;
};

/// Fetch §4.8 CORS-preflight fetch, steps 6-7, on a response that is not a redirect: the CORS
/// check (Chromium reports it before the status), an ok status, the method and header lists
/// parsed as tokens, the method (case-sensitive) and every CORS-unsafe header name
/// (case-insensitive) allowed, `*` counting only without credentials and never for
/// Authorization (except in Chromium, which still lets `*` cover it and only warns).
struct PreflightJudgement
{
    std::optional<CheckFailure> failure;
    PreflightAllowance allowance;
};
PreflightJudgement judgePreflight(int status, const HeaderList &headers, const QByteArray &origin,
                                  bool credentials, const QByteArray &method,
                                  const QList<QByteArray> &unsafeNames,
                                  const HeaderList &requestHeaders, Browser browser);

/// Fetch §4.1 main fetch, step 14.1, "CORS-exposed header-name list": which of a response's
/// headers a script can read. `hidden` receives the names it cannot.
HeaderList exposedHeaders(const HeaderList &headers, bool credentials,
                          QList<QByteArray> *hidden = nullptr);

} // namespace cors::fetch
