// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "browser.h"
#include "corserror.h"
#include "headerlist.h"
#include "safelist.h"

#include <QByteArray>
#include <QList>
#include <QUrl>

#include <optional>

namespace cors::fetch {

/// What a page passes to fetch(url, init), plus the page's origin and the browser to imitate.
struct FetchInit
{
    QUrl url;
    QByteArray origin;              ///< the page's serialized origin, e.g. https://app.example.com
    QByteArray method = "GET";      ///< as the page wrote it (`patch` stays `patch`)
    QList<Header> headers;          ///< as the page wrote them, in order
    bool credentials = false;       ///< credentials: 'include'
    std::optional<QByteArray> body; ///< a string body, if any
    Browser browser = Browser::Chromium;
    /// The API type the request goes to, when the caller knows it (the tester knows its
    /// project's): fixes then speak of that type only. Unknown: fixes name both.
    GatewayType gateway = GatewayType::Unknown;
};

/// One HTTP request as it goes on the wire.
struct HttpRequest
{
    QByteArray method;
    QUrl url;
    HeaderList headers;
    std::optional<QByteArray> body;
};

/// One HTTP response as it came back (header values already normalized).
struct HttpResponse
{
    int status = 0;
    QByteArray statusText;
    HeaderList headers;
    QByteArray body;            ///< what was read of it: the verdict never depends on it
    bool bodyTruncated = false; ///< more followed than the reader keeps
    QString transferNote;       ///< e.g. the body did not finish in time; empty when it did
};

/// The request fetch() builds from a FetchInit before anything is sent (Fetch §5.4 "new
/// Request(input, init)", §5.2 Headers, §5.1 "extract a body").
struct PreparedRequest
{
    /// Set when fetch() throws a TypeError instead; `errorValue` is what it objects to.
    std::optional<CorsErrorCode> error;
    QByteArray errorValue;

    QByteArray method;             ///< normalized
    HeaderList headers;            ///< the author's headers (combined per name) and Content-Type
    QList<Header> dropped;         ///< forbidden request-headers the Headers guard silently ignored
    bool addedContentType = false; ///< Content-Type came from the body, not the page
    std::optional<QByteArray> body;
};
PreparedRequest prepareRequest(const FetchInit &init);

/// Whether `url` is one fetch() can request, with the error it throws otherwise.
std::optional<CorsErrorCode> checkUrl(const QUrl &url);

/// Fetch §4.1 main fetch, step 12: why a request needs a preflight. Empty `unsafeHeaders` and
/// a safelisted method mean it does not.
struct PreflightNeed
{
    bool methodUnsafe = false;
    QList<UnsafeHeader> unsafeHeaders;
    bool needed() const { return methodUnsafe || !unsafeHeaders.isEmpty(); }
};
PreflightNeed preflightNeed(const QByteArray &method, const HeaderList &headers, Browser browser);

/// Fetch §4.8 CORS-preflight fetch, steps 1-4: OPTIONS to the same URL with `Accept: */*`,
/// `Access-Control-Request-Method` and, when there are unsafe names,
/// `Access-Control-Request-Headers` (lowercase, sorted, joined with "," and no space); no
/// credentials. `origin` is the serialized request origin ("null" once tainted).
HttpRequest buildPreflight(const QUrl &url, const QByteArray &origin, const QByteArray &method,
                           const QList<QByteArray> &unsafeNames, const QByteArray &referrerOrigin);

/// The actual request as it goes on the wire: the page's headers, `Accept: */*` when the page
/// set none, Origin, and the headers every browser adds (User-Agent, Referer under the default
/// strict-origin-when-cross-origin policy, Sec-Fetch-Mode/-Dest).
HttpRequest buildActualRequest(const QUrl &url, const QByteArray &origin, const QByteArray &method,
                               const HeaderList &headers, const std::optional<QByteArray> &body,
                               const QByteArray &referrerOrigin);

/// The User-Agent the prober sends.
QByteArray userAgent();

} // namespace cors::fetch
