// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "responsechecks.h"

#include "safelist.h"

#include <QUrl>

#include <algorithm>

namespace cors::fetch {

namespace {
bool containsExactly(const QList<QByteArray> &list, QByteArrayView item)
{
    return std::any_of(list.begin(), list.end(), [item](const QByteArray &e) { return e == item; });
}
} // namespace

std::optional<CheckFailure> corsCheck(const HeaderList &headers, const QByteArray &origin,
                                      bool credentials)
{
    // Fetch §4.9 CORS check, step 1: "get" Access-Control-Allow-Origin, so two header lines
    // become "a, b" and fail like a list would.
    const std::optional<QByteArray> allowOrigin = headers.get("Access-Control-Allow-Origin");
    // Step 2: no header is a failure.
    if (!allowOrigin) {
        return CheckFailure{CorsErrorCode::MissingAllowOriginHeader, {}, {}};
    }
    if (*allowOrigin == "*") {
        // Step 3: `*` passes only when the request's credentials mode is not "include".
        if (!credentials) {
            return std::nullopt;
        }
        return CheckFailure{CorsErrorCode::WildcardOriginNotAllowed, *allowOrigin, {}};
    }
    // Step 4: otherwise the value must be the request's serialized origin, byte for byte.
    if (*allowOrigin != origin) {
        if (allowOrigin->contains(',') || allowOrigin->contains(' ')) {
            return CheckFailure{CorsErrorCode::MultipleAllowOriginValues, *allowOrigin, {}};
        }
        if (*allowOrigin == "null") {
            return CheckFailure{CorsErrorCode::AllowOriginMismatch, *allowOrigin, {}};
        }
        const QUrl asUrl(QString::fromLatin1(*allowOrigin), QUrl::StrictMode);
        if (!asUrl.isValid() || asUrl.isRelative() || asUrl.host().isEmpty()) {
            return CheckFailure{CorsErrorCode::InvalidAllowOriginValue, *allowOrigin, {}};
        }
        return CheckFailure{CorsErrorCode::AllowOriginMismatch, *allowOrigin, {}};
    }
    // Steps 5-7: with credentials, Access-Control-Allow-Credentials must be exactly `true`.
    if (credentials) {
        const std::optional<QByteArray> allowCredentials =
            headers.get("Access-Control-Allow-Credentials");
        if (!allowCredentials || *allowCredentials != "true") {
            return CheckFailure{CorsErrorCode::InvalidAllowCredentials,
                                allowCredentials.value_or(QByteArray()),
                                {}};
        }
    }
    return std::nullopt;
}

bool isRedirectStatus(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool isOkStatus(int status)
{
    return status >= 200 && status <= 299;
}

namespace {
CorsErrorCode asPreflightError(CorsErrorCode code)
{
    switch (code) {
    case CorsErrorCode::MissingAllowOriginHeader:
        return CorsErrorCode::PreflightMissingAllowOriginHeader;
    case CorsErrorCode::MultipleAllowOriginValues:
        return CorsErrorCode::PreflightMultipleAllowOriginValues;
    case CorsErrorCode::InvalidAllowOriginValue:
        return CorsErrorCode::PreflightInvalidAllowOriginValue;
    case CorsErrorCode::AllowOriginMismatch:
        return CorsErrorCode::PreflightAllowOriginMismatch;
    case CorsErrorCode::WildcardOriginNotAllowed:
        return CorsErrorCode::PreflightWildcardOriginNotAllowed;
    case CorsErrorCode::InvalidAllowCredentials:
        return CorsErrorCode::PreflightInvalidAllowCredentials;
    default:
        return code;
    }
}
} // namespace

PreflightJudgement judgePreflight(int status, const HeaderList &headers, const QByteArray &origin,
                                  bool credentials, const QByteArray &method,
                                  const QList<QByteArray> &unsafeNames,
                                  const HeaderList &requestHeaders, Browser browser)
{
    PreflightJudgement judgement;
    auto fail = [&judgement](CorsErrorCode code, const QByteArray &value,
                             const QByteArray &allowList = {}) {
        judgement.failure = CheckFailure{code, value, allowList};
        return judgement;
    };

    // Fetch §4.8 step 7: "If a CORS check for request and response returns success and
    // response's status is an ok status". Chromium reports the CORS check first.
    if (auto failure = corsCheck(headers, origin, credentials)) {
        failure->code = asPreflightError(failure->code);
        judgement.failure = failure;
        return judgement;
    }
    if (!isOkStatus(status)) {
        return fail(CorsErrorCode::PreflightInvalidStatus, QByteArray::number(status));
    }

    // Step 7.1-7.3: extract the header list values; a parse failure is a network error.
    const TokenList methods = extractTokenList(headers, "Access-Control-Allow-Methods");
    if (methods.status == TokenList::Status::Failure) {
        return fail(CorsErrorCode::InvalidAllowMethodsPreflightResponse, methods.offending);
    }
    const TokenList names = extractTokenList(headers, "Access-Control-Allow-Headers");
    if (names.status == TokenList::Status::Failure) {
        return fail(CorsErrorCode::InvalidAllowHeadersPreflightResponse, names.offending);
    }
    const QByteArray methodsValue =
        headers.get("Access-Control-Allow-Methods").value_or(QByteArray());
    const QByteArray namesValue =
        headers.get("Access-Control-Allow-Headers").value_or(QByteArray());

    // Step 7.5: the method, compared byte for byte; `*` only without credentials.
    const bool methodAllowed = containsExactly(methods.values, method) ||
                               isCorsSafelistedMethod(method) ||
                               (!credentials && containsExactly(methods.values, "*"));
    if (!methodAllowed) {
        return fail(CorsErrorCode::MethodDisallowedByPreflightResponse, method, methodsValue);
    }

    QList<QByteArray> allowedNames;
    for (const QByteArray &name : names.values) {
        allowedNames.append(name.toLower());
    }
    const bool wildcard = !credentials && containsExactly(names.values, "*");
    // Step 7.6: "CORS non-wildcard request-header name" (Authorization) is never covered by `*`.
    // Chromium (checked against version 156) still lets it through and only logs a deprecation
    // warning; Firefox and WebKit follow the standard.
    if (wildcard && requestHeaders.contains("Authorization") &&
        !containsExactly(allowedNames, "authorization")) {
        if (browser != Browser::Chromium) {
            return fail(CorsErrorCode::HeaderDisallowedByPreflightResponse, "authorization",
                        namesValue);
        }
        judgement.allowance.authorizationCoveredByWildcard = true;
    }
    // Step 7.7: every CORS-unsafe request-header name, byte-case-insensitively.
    if (!wildcard) {
        for (const QByteArray &name : unsafeNames) {
            if (!containsExactly(allowedNames, name)) {
                return fail(CorsErrorCode::HeaderDisallowedByPreflightResponse, name, namesValue);
            }
        }
    }

    judgement.allowance.methods = methods.values;
    judgement.allowance.headerNames = allowedNames;
    judgement.allowance.maxAgeSeconds =
        effectiveMaxAge(browser, headers.get("Access-Control-Max-Age"));
    return judgement;
}

HeaderList exposedHeaders(const HeaderList &headers, bool credentials, QList<QByteArray> *hidden)
{
    // Main fetch step 14.1: the names in Access-Control-Expose-Headers; `*` exposes every
    // name when the credentials mode is not "include"; a parse failure exposes nothing extra.
    const TokenList listed = extractTokenList(headers, "Access-Control-Expose-Headers");
    const bool all = !credentials && containsExactly(listed.values, "*");
    HeaderList visible;
    for (const Header &header : headers.headers()) {
        const bool forbidden = equalsIgnoringAsciiCase(header.name, "Set-Cookie") ||
                               equalsIgnoringAsciiCase(header.name, "Set-Cookie2");
        const bool exposed =
            !forbidden && (all || isCorsSafelistedResponseHeaderName(header.name, listed.values));
        if (exposed) {
            visible.combine(header.name.toLower(), header.value);
        } else if (hidden != nullptr) {
            const QByteArray lower = header.name.toLower();
            if (!hidden->contains(lower)) {
                hidden->append(lower);
            }
        }
    }
    return visible;
}

} // namespace cors::fetch
