// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace cors::fetch {

/// The browser whose behaviour the evaluator reproduces where engines differ from each other or
/// from the Fetch standard's letter.
enum class Browser
{
    Chromium,
    Firefox,
    WebKit,
};

QString browserKey(Browser browser);         ///< "chromium", "firefox", "webkit"
QString browserDisplayName(Browser browser); ///< "Chromium", "Firefox", "WebKit"
std::optional<Browser> browserFromKey(QStringView key);

/// How long a browser caches a preflight result (Fetch §3.2.4 Access-Control-Max-Age leaves the
/// default and the cap to the user agent).
struct MaxAgePolicy
{
    int defaultSeconds; ///< without a usable Access-Control-Max-Age
    int capSeconds;     ///< the most it honours
};
MaxAgePolicy maxAgePolicy(Browser browser);

/// The seconds `browser` caches a preflight for, given the response's Access-Control-Max-Age
/// value (nullopt: absent). A value that is not a non-negative integer falls back to the
/// default; negative values mean no caching.
int effectiveMaxAge(Browser browser, const std::optional<QByteArray> &headerValue);

} // namespace cors::fetch
