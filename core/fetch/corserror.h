// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace cors::fetch {

/// Why a request fails, in the spirit of Chromium's network::mojom::CorsError so that a code
/// printed here can be looked up next to what DevTools shows. The keys are stable: scripts
/// match on them.
enum class CorsErrorCode
{
    // fetch() itself throws a TypeError before anything is sent.
    InvalidUrl,
    UnsupportedScheme,
    UrlContainsCredentials,
    InvalidOrigin,
    InvalidMethod,
    ForbiddenMethod,
    InvalidHeaderName,
    InvalidHeaderValue,
    BodyNotAllowed,

    // The preflight.
    PreflightDisallowedRedirect,
    PreflightMissingAllowOriginHeader,
    PreflightMultipleAllowOriginValues,
    PreflightInvalidAllowOriginValue,
    PreflightAllowOriginMismatch,
    PreflightWildcardOriginNotAllowed,
    PreflightInvalidAllowCredentials,
    PreflightInvalidStatus,
    InvalidAllowMethodsPreflightResponse,
    InvalidAllowHeadersPreflightResponse,
    MethodDisallowedByPreflightResponse,
    HeaderDisallowedByPreflightResponse,

    // The actual response (and every redirect on the way).
    MissingAllowOriginHeader,
    MultipleAllowOriginValues,
    InvalidAllowOriginValue,
    AllowOriginMismatch,
    WildcardOriginNotAllowed,
    InvalidAllowCredentials,
    RedirectContainsCredentials,
    RedirectUnsupportedScheme,
    RedirectInvalidLocation,
    TooManyRedirects,

    // No usable response at all.
    ConnectionRefused,
    HostNotFound,
    Timeout,
    TlsError,
    HeadersTooLarge,
    ConnectionReset,
    InvalidResponse,
    NetworkError,
};

/// "MissingAllowOriginHeader", ...: the stable key used in JSON and text output.
QString corsErrorKey(CorsErrorCode code);

/// True for the codes that mean no HTTP response arrived (connection refused, DNS, timeout,
/// TLS): `corscfg check` exits with 3 for these.
bool isNoResponse(CorsErrorCode code);

/// True when fetch() throws before sending anything.
bool isTypeError(CorsErrorCode code);

/// Which kind of API Gateway API a request is aimed at, as far as the caller knows.
enum class GatewayType
{
    Unknown,
    Rest,
    Http,
};

/// What went wrong, in one sentence quoting the value at fault, and what to change.
struct CorsError
{
    CorsErrorCode code = CorsErrorCode::NetworkError;
    QString message;
    QString fix;
};

/// The facts an explanation quotes. Only the members a code uses need to be set.
struct ErrorContext
{
    QByteArray origin;    ///< the request's serialized origin ("null" once tainted)
    QByteArray value;     ///< the header value, method, name or URL at fault
    QByteArray allowList; ///< the Access-Control-Allow-Methods/-Headers value, if any
    QByteArray method;    ///< the request method
    int status = 0;       ///< the response's status, 0 if none
    bool credentials = false;
    QString detail; ///< a network error's own text
    /// API Gateway's 403 for a path no resource serves or a method the resource lacks
    /// (x-amzn-ErrorType: MissingAuthenticationTokenException): a wrong path, not a CORS setting.
    bool missingAuthenticationToken = false;
    /// The API type the request goes to, if known: the fix then speaks of it alone.
    GatewayType gateway = GatewayType::Unknown;
};

/// Builds the message and the fix for `code`, in API Gateway terms where they apply
/// (401/403 on a preflight → authorizer on OPTIONS; no ACAO on a Lambda response → the
/// function must add it; 4xx/5xx → gateway responses).
CorsError explain(CorsErrorCode code, const ErrorContext &context);

} // namespace cors::fetch
