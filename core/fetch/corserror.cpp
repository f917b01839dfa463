// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corserror.h"

#include "base/quoted.h"
#include "headerlist.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace cors::fetch {

namespace {

/// The fix for the request's API type: one type's text when it is known, both otherwise.
QString forGateway(GatewayType gateway, const QString &rest, const QString &http,
                   const QString &both)
{
    switch (gateway) {
    case GatewayType::Rest:
        return rest;
    case GatewayType::Http:
        return http;
    case GatewayType::Unknown:
        break;
    }
    return both;
}

class CorsErrorText
{
    Q_DECLARE_TR_FUNCTIONS(CorsErrorText)

public:
    /// A 4xx/5xx produced by API Gateway itself carries no CORS headers.
    static QString gatewayResponseFix(const ErrorContext &c)
    {
        return forGateway(
            c.gateway,
            tr("API Gateway's own error responses (authorizer 401/403, throttling 429, timeouts "
               "and 5xx) carry no CORS headers unless you add them: set "
               "Access-Control-Allow-Origin on the DEFAULT_4XX and DEFAULT_5XX gateway "
               "responses, and have the Lambda's error responses carry it too."),
            // AWS: "Configuring CORS for an HTTP API" (API Gateway ignores CORS headers the
            // integration returns once CORS is configured).
            tr("An HTTP API with a CorsConfiguration adds its headers to the responses, and "
               "ignores any the integration sends, when the request's origin is allowed: check "
               "that AllowOrigins lists this origin exactly."),
            tr("API Gateway's own error responses (authorizer 401/403, throttling 429, "
               "timeouts and 5xx) carry no CORS headers unless you add them: on a REST API "
               "set Access-Control-Allow-Origin on the DEFAULT_4XX and DEFAULT_5XX gateway "
               "responses; on both API types the Lambda's error responses must carry it "
               "too."));
    }

    /// API Gateway's 403 "Missing Authentication Token" means it has no such route.
    static QString missingRouteFix(const QByteArray &method, const ErrorContext &c)
    {
        const QString name =
            method.isEmpty() ? QStringLiteral("OPTIONS") : QString::fromLatin1(method);
        if (c.gateway == GatewayType::Http) {
            return tr("API Gateway answered 403 Missing Authentication Token: no route of the "
                      "HTTP API matches %1 at this path. Check the path (with the stage, e.g. "
                      "/prod/items) and add a route for it, or a $default route.")
                .arg(name);
        }
        return tr("API Gateway answered 403 Missing Authentication Token: most often no "
                  "resource of the API matches this path, or the resource has no %1 method. "
                  "Check the path (with the stage, e.g. /prod/items) and the method; on a REST "
                  "API give the route its method and an OPTIONS method (the generated snippets "
                  "add one to every route) and deploy the stage again. If the route does exist "
                  "and uses IAM authorization, the unsigned request gets the same answer: keep "
                  "OPTIONS free of the authorizer (AddDefaultAuthorizerToCorsPreflight: false "
                  "in SAM, authorization NONE on the OPTIONS method).")
            .arg(name);
    }

    /// The preflight did not succeed: what API Gateway usually means by each status.
    static QString preflightStatusFix(int status, const ErrorContext &c)
    {
        if ((status == 401 || status == 403) && c.gateway != GatewayType::Unknown) {
            return forGateway(
                       c.gateway,
                       tr("API Gateway rejected the OPTIONS request with %1, so an authorizer or "
                          "an API key requirement covers the preflight, which never carries "
                          "credentials: set authorization NONE and no API key on the OPTIONS "
                          "methods (SAM: AddDefaultAuthorizerToCorsPreflight: false and "
                          "AddApiKeyRequiredToCorsPreflight: false)."),
                       tr("API Gateway rejected the OPTIONS request with %1, so an authorizer "
                          "covers the preflight, which never carries credentials: remove the "
                          "authorizer from the route that catches OPTIONS, or add an "
                          "unauthenticated OPTIONS /{proxy+} route."),
                       QString())
                .arg(status);
        }
        if ((status == 404 || status == 405) && c.gateway != GatewayType::Unknown) {
            return forGateway(c.gateway,
                              tr("No OPTIONS method answers at this path (%1): give the "
                                 "resource an OPTIONS method with a MOCK integration and deploy "
                                 "the stage again."),
                              tr("No route answers OPTIONS at this path (%1): set the API's "
                                 "CorsConfiguration, which answers every preflight, and check "
                                 "the stage and path in the URL."),
                              QString())
                .arg(status);
        }
        if (status == 401 || status == 403) {
            return tr("API Gateway rejected the OPTIONS request with %1, so an authorizer or an "
                      "API key requirement covers the preflight, which never carries "
                      "credentials. REST (SAM): set AddDefaultAuthorizerToCorsPreflight: false "
                      "and AddApiKeyRequiredToCorsPreflight: false; HTTP API: remove the "
                      "authorizer from the route that catches OPTIONS or add an "
                      "unauthenticated OPTIONS /{proxy+} route.")
                .arg(status);
        }
        if (status == 404 || status == 405) {
            return tr("No OPTIONS method answers at this path (%1). REST: enable CORS on this "
                      "resource (an OPTIONS method with a MOCK integration) and deploy the "
                      "stage again; HTTP API: set CorsConfiguration, which answers every "
                      "preflight, and check the stage and path in the URL.")
                .arg(status);
        }
        if (status >= 500) {
            return tr("The OPTIONS integration failed (%1). REST: the MOCK integration needs "
                      "the request template {\"statusCode\": 200}; with a Lambda handling "
                      "OPTIONS, make it return 200 with the CORS headers.")
                .arg(status);
        }
        if (status >= 300 && status < 400) {
            return tr("Answer the OPTIONS request itself with 200 or 204 instead of %1.")
                .arg(status);
        }
        return tr("Answer the OPTIONS request with 200 or 204.");
    }

    static QString allowOriginFix(bool preflight, const QByteArray &origin, const ErrorContext &c)
    {
        const QString name = QString::fromLatin1(origin);
        if (c.gateway == GatewayType::Http) {
            return tr("Add %1 to the HTTP API's CorsConfiguration AllowOrigins: API Gateway then "
                      "answers the preflight and adds the header to responses itself.")
                .arg(name);
        }
        if (c.gateway == GatewayType::Rest) {
            return preflight
                       ? tr("Return Access-Control-Allow-Origin: %1 from the OPTIONS method's "
                            "MOCK integration (a static response parameter, or with several "
                            "origins the mapping template that selects the request's origin) "
                            "and deploy the stage again.")
                             .arg(name)
                       : tr("Return Access-Control-Allow-Origin: %1 on this response: with a "
                            "Lambda proxy integration API Gateway passes the function's headers "
                            "through unchanged, so the function must add it (see the Lambda "
                            "examples).")
                             .arg(name);
        }
        if (preflight) {
            return tr("Return Access-Control-Allow-Origin: %1 on the OPTIONS response (REST: "
                      "the MOCK integration's response parameter "
                      "method.response.header.Access-Control-Allow-Origin; HTTP API: add %1 "
                      "to CorsConfiguration AllowOrigins).")
                .arg(QString::fromLatin1(origin));
        }
        return tr("Return Access-Control-Allow-Origin: %1 on this response. With a Lambda "
                  "proxy integration API Gateway passes the function's headers through "
                  "unchanged on REST APIs, so the function must add it (see the Lambda "
                  "examples); on an HTTP API, add %1 to CorsConfiguration AllowOrigins.")
            .arg(QString::fromLatin1(origin));
    }

    struct Said
    {
        QString message;
        QString fix;
    };
    /// What the texts quote, worked out once per error.
    struct Facts
    {
        const ErrorContext &c;
        QString origin; ///< the request's origin
        QString value;  ///< the offending value, quoted
        QString status; ///< the response's status code
        QString which;  ///< "The preflight response" or "The response (HTTP 403)"
        QString detail; ///< the network error's own words
        bool preflight; ///< whether the error is about the preflight
    };
    struct Entry
    {
        CorsErrorCode code;
        const char16_t *key;
        Said (*explain)(const Facts &f);
    };
    static constexpr std::size_t codeCount = std::size_t(CorsErrorCode::NetworkError) + 1;

    /// PreflightMissingAllowOriginHeader and MissingAllowOriginHeader: the preflight and the actual
    /// response alike.
    static Said missingAllowOriginHeader(const Facts &f)
    {
        return {f.preflight ? tr("The preflight response (HTTP %1) has no "
                                 "Access-Control-Allow-Origin header.")
                                  .arg(f.status)
                            : tr("The response (HTTP %1) has no Access-Control-Allow-Origin "
                                 "header.")
                                  .arg(f.status),
                missingOriginFix(f.preflight, f.c)};
    }

    /// PreflightMultipleAllowOriginValues and MultipleAllowOriginValues: the preflight and the
    /// actual response alike.
    static Said multipleAllowOriginValues(const Facts &f)
    {
        return {tr("%1 has Access-Control-Allow-Origin %2: several values, or several "
                   "header lines, which browsers refuse; exactly one origin or '*' is "
                   "allowed.")
                    .arg(f.which, f.value),
                tr("Return only the request's origin (%1) when it is on your list, and add "
                   "Vary: Origin. If both API Gateway and the Lambda add the header, "
                   "remove one of them.")
                    .arg(f.origin)};
    }

    /// PreflightInvalidAllowOriginValue and InvalidAllowOriginValue: the preflight and the actual
    /// response alike.
    static Said invalidAllowOriginValue(const Facts &f)
    {
        return {tr("%1 has Access-Control-Allow-Origin %2, which is not an origin.")
                    .arg(f.which, f.value),
                tr("Return the page's origin exactly as the browser sends it (%1), or "
                   "'*'.")
                    .arg(f.origin)};
    }

    /// PreflightAllowOriginMismatch and AllowOriginMismatch: the preflight and the actual response
    /// alike.
    static Said allowOriginMismatch(const Facts &f)
    {
        return {tr("%1 has Access-Control-Allow-Origin %2, but the request's origin is "
                   "'%3'; they must match byte for byte.")
                    .arg(f.which, f.value, f.origin),
                f.c.origin == "null"
                    ? tr("A redirect to another origin made the request's origin 'null'; "
                         "call the final URL directly instead of relying on the redirect.")
                    : tr("Return exactly '%1' (scheme, host and port; no path, no trailing "
                         "slash, same case). With several sites, select the request's "
                         "origin (a REST API's OPTIONS mapping template, the Lambda) and "
                         "add Vary: Origin.")
                          .arg(f.origin)};
    }

    /// PreflightWildcardOriginNotAllowed and WildcardOriginNotAllowed: the preflight and the actual
    /// response alike.
    static Said wildcardOriginNotAllowed(const Facts &f)
    {
        return {tr("%1 has Access-Control-Allow-Origin '*', which browsers refuse for a "
                   "request with credentials.")
                    .arg(f.which),
                tr("Return the request's origin (%1) instead of '*' together with "
                   "Access-Control-Allow-Credentials: true, or send the request without "
                   "credentials.")
                    .arg(f.origin)};
    }

    /// PreflightInvalidAllowCredentials and InvalidAllowCredentials: the preflight and the actual
    /// response alike.
    static Said invalidAllowCredentials(const Facts &f)
    {
        return {f.c.value.isNull()
                    ? tr("%1 has no Access-Control-Allow-Credentials header, but the request "
                         "includes credentials.")
                          .arg(f.which)
                    : tr("%1 has Access-Control-Allow-Credentials %2, but a request with "
                         "credentials needs exactly 'true'.")
                          .arg(f.which, f.value),
                forGateway(f.c.gateway,
                           f.preflight ? tr("Return Access-Control-Allow-Credentials: true "
                                            "(lower case) from the OPTIONS method's MOCK "
                                            "integration, as a static response parameter.")
                                       : tr("Return Access-Control-Allow-Credentials: true "
                                            "(lower case) on this response: the Lambda must "
                                            "add it."),
                           tr("Set AllowCredentials: true in the HTTP API's "
                              "CorsConfiguration."),
                           f.preflight ? tr("Return Access-Control-Allow-Credentials: true "
                                            "(lower case) on the OPTIONS response: HTTP API "
                                            "AllowCredentials: true; REST: a response "
                                            "parameter on the OPTIONS MOCK integration.")
                                       : tr("Return Access-Control-Allow-Credentials: true "
                                            "(lower case) on this response: the Lambda must "
                                            "add it on a REST API; HTTP API: "
                                            "AllowCredentials: true."))};
    }

    /// What each error says and how to fix it, in the order of CorsErrorCode.
    static const std::array<Entry, codeCount> &table()
    {
        static const std::array<Entry, codeCount> entries{{
            {CorsErrorCode::InvalidUrl, u"InvalidUrl",
             [](const Facts &f) -> Said {
                 return {tr("The URL %1 is not valid: fetch() throws a TypeError.").arg(f.value),
                         tr("Give an absolute http:// or https:// URL, e.g. "
                            "https://abc123.execute-api.eu-west-1.amazonaws.com/prod/items.")};
             }},
            {CorsErrorCode::UnsupportedScheme, u"UnsupportedScheme",
             [](const Facts &f) -> Said {
                 return {tr("The URL %1 is not http or https.").arg(f.value),
                         tr("API Gateway endpoints are https:// URLs; use one.")};
             }},
            {CorsErrorCode::UrlContainsCredentials, u"UrlContainsCredentials",
             [](const Facts &f) -> Said {
                 return {tr("The URL %1 contains a user name or password: fetch() throws a "
                            "TypeError for such URLs.")
                             .arg(f.value),
                         tr("Remove the user:password@ part and send credentials in a header.")};
             }},
            {CorsErrorCode::InvalidOrigin, u"InvalidOrigin",
             [](const Facts &f) -> Said {
                 return {tr("The origin %1 is not a serialized origin.").arg(f.value),
                         tr("Give the page's origin as a browser sends it: scheme, host and port, "
                            "no path or trailing slash, e.g. https://app.example.com.")};
             }},
            {CorsErrorCode::InvalidMethod, u"InvalidMethod",
             [](const Facts &f) -> Said {
                 return {tr("The method %1 is not a valid HTTP method token: fetch() throws a "
                            "TypeError.")
                             .arg(f.value),
                         tr("Use a method name made of letters, digits and !#$%&'*+-.^_`|~, e.g. "
                            "PATCH.")};
             }},
            {CorsErrorCode::ForbiddenMethod, u"ForbiddenMethod",
             [](const Facts &f) -> Said {
                 return {tr("The method %1 is forbidden: fetch() throws a TypeError.").arg(f.value),
                         tr("Browsers never send CONNECT, TRACE or TRACK; use another method.")};
             }},
            {CorsErrorCode::InvalidHeaderName, u"InvalidHeaderName",
             [](const Facts &f) -> Said {
                 return {tr("The header name %1 is not a valid token: fetch() throws a "
                            "TypeError.")
                             .arg(f.value),
                         tr("Use a header name made of letters, digits and !#$%&'*+-.^_`|~.")};
             }},
            {CorsErrorCode::InvalidHeaderValue, u"InvalidHeaderValue",
             [](const Facts &f) -> Said {
                 return {tr("The header value %1 contains NUL, CR or LF: fetch() throws a "
                            "TypeError.")
                             .arg(f.value),
                         tr("Remove the control characters from the header value.")};
             }},
            {CorsErrorCode::BodyNotAllowed, u"BodyNotAllowed",
             [](const Facts &f) -> Said {
                 return {tr("A %1 request cannot have a body: fetch() throws a TypeError.")
                             .arg(QString::fromLatin1(f.c.method)),
                         tr("Drop the body, or send it with POST, PUT or PATCH.")};
             }},
            {CorsErrorCode::PreflightDisallowedRedirect, u"PreflightDisallowedRedirect",
             [](const Facts &f) -> Said {
                 return {tr("The preflight was answered with a redirect (HTTP %1 to %2); browsers "
                            "never follow redirects for a preflight.")
                             .arg(f.status, f.value),
                         tr("Call the final URL directly (check the stage name, the trailing slash "
                            "and the custom domain's base path mapping), or answer OPTIONS at this "
                            "URL.")};
             }},
            {CorsErrorCode::PreflightMissingAllowOriginHeader, u"PreflightMissingAllowOriginHeader",
             &missingAllowOriginHeader},
            {CorsErrorCode::PreflightMultipleAllowOriginValues,
             u"PreflightMultipleAllowOriginValues", &multipleAllowOriginValues},
            {CorsErrorCode::PreflightInvalidAllowOriginValue, u"PreflightInvalidAllowOriginValue",
             &invalidAllowOriginValue},
            {CorsErrorCode::PreflightAllowOriginMismatch, u"PreflightAllowOriginMismatch",
             &allowOriginMismatch},
            {CorsErrorCode::PreflightWildcardOriginNotAllowed, u"PreflightWildcardOriginNotAllowed",
             &wildcardOriginNotAllowed},
            {CorsErrorCode::PreflightInvalidAllowCredentials, u"PreflightInvalidAllowCredentials",
             &invalidAllowCredentials},
            {CorsErrorCode::PreflightInvalidStatus, u"PreflightInvalidStatus",
             [](const Facts &f) -> Said {
                 return {tr("The preflight response has status %1; a preflight must succeed with a "
                            "2xx status.")
                             .arg(f.status),
                         f.c.missingAuthenticationToken ? missingRouteFix({}, f.c)
                                                        : preflightStatusFix(f.c.status, f.c)};
             }},
            {CorsErrorCode::InvalidAllowMethodsPreflightResponse,
             u"InvalidAllowMethodsPreflightResponse",
             [](const Facts &f) -> Said {
                 return {tr("The preflight response's Access-Control-Allow-Methods cannot be "
                            "parsed: %1 is not a method token.")
                             .arg(f.value),
                         tr("List methods separated by commas, e.g. GET,POST,OPTIONS: no quotes, "
                            "slashes or spaces inside a name.")};
             }},
            {CorsErrorCode::InvalidAllowHeadersPreflightResponse,
             u"InvalidAllowHeadersPreflightResponse",
             [](const Facts &f) -> Said {
                 return {tr("The preflight response's Access-Control-Allow-Headers cannot be "
                            "parsed: %1 is not a header name.")
                             .arg(f.value),
                         tr("List header names separated by commas, e.g. "
                            "Content-Type,Authorization: no quotes or colons.")};
             }},
            {CorsErrorCode::MethodDisallowedByPreflightResponse,
             u"MethodDisallowedByPreflightResponse",
             [](const Facts &f) -> Said {
                 return {f.c.allowList.isNull()
                             ? tr("Method %1 is not allowed: the preflight response has no "
                                  "Access-Control-Allow-Methods header.")
                                   .arg(f.value)
                             : tr("Method %1 is not in the preflight response's "
                                  "Access-Control-Allow-Methods (%2).")
                                   .arg(f.value, quoted(f.c.allowList)),
                         methodFix(f.c)};
             }},
            {CorsErrorCode::HeaderDisallowedByPreflightResponse,
             u"HeaderDisallowedByPreflightResponse",
             [](const Facts &f) -> Said {
                 return {f.c.allowList.isNull()
                             ? tr("Request header %1 is not allowed: the preflight response has no "
                                  "Access-Control-Allow-Headers header.")
                                   .arg(f.value)
                             : tr("Request header %1 is not in the preflight response's "
                                  "Access-Control-Allow-Headers (%2).")
                                   .arg(f.value, quoted(f.c.allowList)),
                         headerFix(f.c)};
             }},
            {CorsErrorCode::MissingAllowOriginHeader, u"MissingAllowOriginHeader",
             &missingAllowOriginHeader},
            {CorsErrorCode::MultipleAllowOriginValues, u"MultipleAllowOriginValues",
             &multipleAllowOriginValues},
            {CorsErrorCode::InvalidAllowOriginValue, u"InvalidAllowOriginValue",
             &invalidAllowOriginValue},
            {CorsErrorCode::AllowOriginMismatch, u"AllowOriginMismatch", &allowOriginMismatch},
            {CorsErrorCode::WildcardOriginNotAllowed, u"WildcardOriginNotAllowed",
             &wildcardOriginNotAllowed},
            {CorsErrorCode::InvalidAllowCredentials, u"InvalidAllowCredentials",
             &invalidAllowCredentials},
            {CorsErrorCode::RedirectContainsCredentials, u"RedirectContainsCredentials",
             [](const Facts &f) -> Said {
                 return {tr("The redirect goes to %1, a URL with a user name or password, which "
                            "browsers refuse for a cross-origin request.")
                             .arg(f.value),
                         tr("Redirect to a URL without user:password@.")};
             }},
            {CorsErrorCode::RedirectUnsupportedScheme, u"RedirectUnsupportedScheme",
             [](const Facts &f) -> Said {
                 return {
                     tr("The redirect goes to %1, which is not an http or https URL.").arg(f.value),
                     tr("Redirect to an https:// URL, or call the final URL directly.")};
             }},
            {CorsErrorCode::RedirectInvalidLocation, u"RedirectInvalidLocation",
             [](const Facts &f) -> Said {
                 return {tr("The redirect's Location header %1 is not a valid URL.").arg(f.value),
                         tr("Send an absolute or relative URL in Location.")};
             }},
            {CorsErrorCode::TooManyRedirects, u"TooManyRedirects",
             [](const Facts &) -> Said {
                 return {tr("The request was redirected more than 20 times."),
                         tr("Break the redirect loop, or call the final URL directly.")};
             }},
            {CorsErrorCode::ConnectionRefused, u"ConnectionRefused",
             [](const Facts &f) -> Said {
                 return {tr("The connection was refused (%1).").arg(f.detail),
                         tr("Check the host and port; is the server or emulator running?")};
             }},
            {CorsErrorCode::HostNotFound, u"HostNotFound",
             [](const Facts &f) -> Said {
                 return {tr("The host name could not be resolved (%1).").arg(f.detail),
                         tr("Check the API ID, region and stage in the URL, or the custom domain's "
                            "DNS record.")};
             }},
            {CorsErrorCode::Timeout, u"Timeout",
             [](const Facts &f) -> Said {
                 return {tr("No response arrived in time (%1).").arg(f.detail),
                         tr("Check that the endpoint is reachable, or raise --timeout. API Gateway "
                            "itself answers within 29 seconds by default.")};
             }},
            {CorsErrorCode::TlsError, u"TlsError",
             [](const Facts &f) -> Said {
                 return {tr("The TLS handshake failed (%1).").arg(f.detail),
                         tr("Fix the certificate (browsers refuse it too); only for a test server "
                            "you trust, pass --insecure.")};
             }},
            {CorsErrorCode::HeadersTooLarge, u"HeadersTooLarge",
             [](const Facts &f) -> Said {
                 return {tr("The response headers are too large (%1).").arg(f.detail),
                         tr("Send fewer or shorter response headers; browsers refuse headers over "
                            "about 256 KiB.")};
             }},
            {CorsErrorCode::ConnectionReset, u"ConnectionReset",
             [](const Facts &f) -> Said {
                 return {tr("No response: %1.").arg(f.detail),
                         tr("Check the server's log for a crash or a closed connection; a load "
                            "balancer or proxy in front of it may be dropping the request.")};
             }},
            {CorsErrorCode::InvalidResponse, u"InvalidResponse",
             [](const Facts &f) -> Said {
                 return {tr("No valid HTTP response: %1.").arg(f.detail),
                         tr("Make sure the URL points at an HTTP/1.1 or HTTP/2 server (the right "
                            "port, https:// for a TLS port); browsers refuse this answer too.")};
             }},
            {CorsErrorCode::NetworkError, u"NetworkError",
             [](const Facts &f) -> Said {
                 return {tr("The request failed at the network level (%1).").arg(f.detail),
                         tr("Check the URL and that the server speaks HTTP/1.1 or HTTP/2.")};
             }},
        }};
        return entries;
    }

    static CorsError build(CorsErrorCode code, const ErrorContext &c)
    {
        const Entry &entry = table().at(std::size_t(code));
        Q_ASSERT(entry.code == code);
        const bool preflight = code >= CorsErrorCode::PreflightDisallowedRedirect &&
                               code <= CorsErrorCode::HeaderDisallowedByPreflightResponse;
        const QString status = QString::number(c.status);
        const Facts facts{c,
                          QString::fromLatin1(c.origin),
                          quoted(c.value),
                          status,
                          preflight ? tr("The preflight response")
                                    : tr("The response (HTTP %1)").arg(status),
                          c.detail.isEmpty() ? tr("no details") : c.detail,
                          preflight};
        const Said said = entry.explain(facts);
        return {code, said.message, said.fix};
    }

    static QString missingOriginFix(bool preflight, const ErrorContext &c)
    {
        if (c.missingAuthenticationToken) {
            return missingRouteFix(preflight ? QByteArray() : c.method, c);
        }
        if (preflight) {
            if (c.status == 401 || c.status == 403 || c.status == 404 || c.status == 405 ||
                c.status >= 500) {
                return preflightStatusFix(c.status, c);
            }
            return allowOriginFix(true, c.origin, c);
        }
        if (c.status >= 400) {
            return gatewayResponseFix(c);
        }
        return allowOriginFix(false, c.origin, c);
    }

    static QString methodFix(const ErrorContext &c)
    {
        const QString method = QString::fromLatin1(c.value);
        for (const QByteArray &trimmed : splitListValues(c.allowList)) {
            if (trimmed == "*" && c.credentials) {
                return tr("'*' is a literal method name for a request with credentials: list "
                          "%1 in Access-Control-Allow-Methods (AllowMethods).")
                    .arg(method);
            }
            if (trimmed.compare(c.value, Qt::CaseInsensitive) == 0) {
                return tr("Methods are case-sensitive and fetch() upper-cases only DELETE, "
                          "GET, HEAD, OPTIONS, POST and PUT: list %1 exactly as the page "
                          "sends it, or send %2.")
                    .arg(method, QString::fromLatin1(trimmed));
            }
        }
        return forGateway(c.gateway,
                          tr("Add %1 to Access-Control-Allow-Methods on the OPTIONS method's "
                             "response and deploy the stage again."),
                          tr("Add %1 to AllowMethods in the HTTP API's CorsConfiguration."),
                          tr("Add %1 to Access-Control-Allow-Methods (AllowMethods in "
                             "CorsConfiguration or the OPTIONS response of a REST API)."))
            .arg(method);
    }

    static QString headerFix(const ErrorContext &c)
    {
        const QString name = QString::fromLatin1(c.value);
        const bool hasWildcard = splitListValues(c.allowList).contains("*");
        if (hasWildcard && c.value == "authorization" && !c.credentials) {
            return tr("'*' in Access-Control-Allow-Headers never covers Authorization: list "
                      "Authorization explicitly (AllowHeaders).");
        }
        if (hasWildcard && c.credentials) {
            return tr("'*' is a literal header name for a request with credentials: list %1 "
                      "in Access-Control-Allow-Headers (AllowHeaders).")
                .arg(name);
        }
        return forGateway(c.gateway,
                          tr("Add %1 to Access-Control-Allow-Headers on the OPTIONS method's "
                             "response and deploy the stage again, or stop sending it."),
                          tr("Add %1 to AllowHeaders in the HTTP API's CorsConfiguration, or "
                             "stop sending it."),
                          tr("Add %1 to Access-Control-Allow-Headers (AllowHeaders in "
                             "CorsConfiguration or the OPTIONS response of a REST API), or stop "
                             "sending it."))
            .arg(name);
    }
};

} // namespace

QString corsErrorKey(CorsErrorCode code)
{
    const auto &table = CorsErrorText::table();
    return std::size_t(code) < table.size() ? QString::fromUtf16(table[std::size_t(code)].key)
                                            : QString();
}

bool isNoResponse(CorsErrorCode code)
{
    // Oversized headers are a response a browser refuses, not a missing one.
    return code >= CorsErrorCode::ConnectionRefused && code != CorsErrorCode::HeadersTooLarge;
}

bool isTypeError(CorsErrorCode code)
{
    return code <= CorsErrorCode::BodyNotAllowed;
}

CorsError explain(CorsErrorCode code, const ErrorContext &context)
{
    return CorsErrorText::build(code, context);
}

} // namespace cors::fetch
