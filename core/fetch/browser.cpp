// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "browser.h"

#include "base/enumkeys.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cors::fetch {

/// In the order of Browser's values.
constexpr const char16_t *const browserKeys[] = {u"chromium", u"firefox", u"webkit"};

QString browserKey(Browser browser)
{
    return keyOf(browserKeys, browser);
}

/// In the order of Browser's values.
constexpr const char16_t *const browserDisplayNames[] = {u"Chromium", u"Firefox", u"WebKit"};

QString browserDisplayName(Browser browser)
{
    return keyOf(browserDisplayNames, browser);
}

std::optional<Browser> browserFromKey(QStringView key)
{
    return valueOfKey<Browser>(browserKeys, key, Qt::CaseInsensitive);
}

MaxAgePolicy maxAgePolicy(Browser browser)
{
    // Chromium: network::cors::PreflightResult, 5 s default, 2 h cap. Firefox: nsPreflightCache,
    // capped at 24 h. WebKit: CrossOriginPreflightResultCache, capped at 10 min.
    switch (browser) {
    case Browser::Chromium:
        return {5, 7200};
    case Browser::Firefox:
        return {5, 86400};
    case Browser::WebKit:
        return {5, 600};
    }
    return {5, 7200};
}

int effectiveMaxAge(Browser browser, const std::optional<QByteArray> &headerValue)
{
    const MaxAgePolicy policy = maxAgePolicy(browser);
    if (!headerValue) {
        return policy.defaultSeconds;
    }
    // Fetch §3.2.3: Access-Control-Max-Age = delta-seconds (RFC 9111 §1.2.2: 1*DIGIT). Browsers
    // also accept a leading minus sign, meaning "do not cache".
    const QByteArray &value = *headerValue;
    bool ok = false;
    const qlonglong seconds = value.toLongLong(&ok);
    const bool plainDigits =
        !value.isEmpty() && std::all_of(value.begin(), value.end(),
                                        [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
    if (!ok || !plainDigits) {
        // Overflowing digit strings are "very long": the cap applies.
        if (plainDigits && !value.startsWith('-') && value.size() > 18) {
            return policy.capSeconds;
        }
        return policy.defaultSeconds;
    }
    if (seconds <= 0) {
        return 0;
    }
    return seconds >= policy.capSeconds ? policy.capSeconds : int(seconds);
}

} // namespace cors::fetch
