// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "request.h"

#include <algorithm>

namespace cors::fetch {

std::optional<CorsErrorCode> checkUrl(const QUrl &url)
{
    // Fetch §5.4 new Request(), step 5: parse the URL; failure throws a TypeError.
    if (!url.isValid() || url.isRelative() || url.host().isEmpty()) {
        return CorsErrorCode::InvalidUrl;
    }
    const QString scheme = url.scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        return CorsErrorCode::UnsupportedScheme;
    }
    // ... step 5.3: a URL that includes credentials throws a TypeError.
    if (!url.userName().isEmpty() || !url.password().isEmpty()) {
        return CorsErrorCode::UrlContainsCredentials;
    }
    return std::nullopt;
}

PreparedRequest prepareRequest(const FetchInit &init)
{
    PreparedRequest prepared;
    auto fail = [&prepared](CorsErrorCode code, const QByteArray &value) {
        prepared.error = code;
        prepared.errorValue = value;
        return prepared;
    };

    if (const auto urlError = checkUrl(init.url)) {
        return fail(*urlError, init.url.toEncoded());
    }
    // Fetch §5.4 new Request(), step 25: the method must be a token and not forbidden; then it
    // is normalized.
    if (!isTokenBytes(init.method)) {
        return fail(CorsErrorCode::InvalidMethod, init.method);
    }
    if (isForbiddenMethodBytes(init.method)) {
        return fail(CorsErrorCode::ForbiddenMethod, init.method);
    }
    prepared.method = normalizeMethod(init.method);

    // Fetch §5.2 Headers "append": normalize the value, validate name and value, then the
    // "request" guard silently ignores forbidden request-headers. Repeated names combine.
    for (const Header &header : init.headers) {
        const QByteArray value = normalizeHeaderValue(header.value);
        if (!isTokenBytes(header.name)) {
            return fail(CorsErrorCode::InvalidHeaderName, header.name);
        }
        if (!isValidHeaderValue(value)) {
            return fail(CorsErrorCode::InvalidHeaderValue, header.value);
        }
        if (isForbiddenRequestHeader(header.name, value)) {
            prepared.dropped.append({header.name, value});
            continue;
        }
        prepared.headers.combine(header.name, value);
    }

    // Fetch §5.4 step 36: a body with GET or HEAD throws.
    if (init.body && (prepared.method == "GET" || prepared.method == "HEAD")) {
        return fail(CorsErrorCode::BodyNotAllowed, prepared.method);
    }
    // Fetch §5.1 "extract a body": a string body is text/plain;charset=UTF-8 unless the page
    // set a Content-Type.
    if (init.body) {
        prepared.body = init.body;
        if (!prepared.headers.contains("Content-Type")) {
            prepared.headers.append("Content-Type", "text/plain;charset=UTF-8");
            prepared.addedContentType = true;
        }
    }
    // Fetch §4.1 fetch, step 12: `Accept: */*` when the page set no Accept.
    if (!prepared.headers.contains("Accept")) {
        prepared.headers.append("Accept", "*/*");
    }
    return prepared;
}

PreflightNeed preflightNeed(const QByteArray &method, const HeaderList &headers, Browser browser)
{
    PreflightNeed need;
    need.methodUnsafe = !isCorsSafelistedMethod(method);
    need.unsafeHeaders = corsUnsafeRequestHeaders(headers, browser);
    return need;
}

QByteArray userAgent()
{
    return QByteArrayLiteral("Mozilla/5.0 (X11; Linux x86_64) corscfg/" CORS_VERSION);
}

namespace {
void appendBrowserHeaders(HeaderList &headers, const QByteArray &referrerOrigin)
{
    headers.append("User-Agent", userAgent());
    if (!headers.contains("Accept-Language")) {
        headers.append("Accept-Language", "en-US,en;q=0.9");
    }
    headers.append("Accept-Encoding", "gzip, deflate");
    headers.append("Sec-Fetch-Mode", "cors");
    headers.append("Sec-Fetch-Dest", "empty");
    // Referrer Policy §3: strict-origin-when-cross-origin sends only the origin cross-origin.
    if (!referrerOrigin.isEmpty() && referrerOrigin != "null") {
        headers.append("Referer", referrerOrigin + '/');
    }
}
} // namespace

HttpRequest buildPreflight(const QUrl &url, const QByteArray &origin, const QByteArray &method,
                           const QList<QByteArray> &unsafeNames, const QByteArray &referrerOrigin)
{
    HttpRequest preflight;
    preflight.method = "OPTIONS";
    preflight.url = url;
    preflight.headers.append("Accept", "*/*");
    preflight.headers.append("Access-Control-Request-Method", method);
    if (!unsafeNames.isEmpty()) {
        preflight.headers.append("Access-Control-Request-Headers", unsafeNames.join(','));
    }
    preflight.headers.append("Origin", origin);
    appendBrowserHeaders(preflight.headers, referrerOrigin);
    return preflight;
}

HttpRequest buildActualRequest(const QUrl &url, const QByteArray &origin, const QByteArray &method,
                               const HeaderList &headers, const std::optional<QByteArray> &body,
                               const QByteArray &referrerOrigin)
{
    HttpRequest request;
    request.method = method;
    request.url = url;
    request.headers = headers;
    // Fetch §4.6 HTTP-network-or-cache fetch: "append a request `Origin` header".
    request.headers.append("Origin", origin);
    appendBrowserHeaders(request.headers, referrerOrigin);
    request.body = body;
    return request;
}

} // namespace cors::fetch
