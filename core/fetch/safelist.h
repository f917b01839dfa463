// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "browser.h"
#include "headerlist.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace cors::fetch {

/// Fetch §2.2.1 "CORS-safelisted method": `GET`, `HEAD` or `POST`, byte for byte (fetch() has
/// already normalized the case of the six methods it knows).
bool isCorsSafelistedMethod(QByteArrayView method);

/// Fetch §2.2.1 "normalize a method": DELETE, GET, HEAD, OPTIONS, POST and PUT are
/// byte-uppercased; every other method (`patch`) is sent exactly as written.
QByteArray normalizeMethod(QByteArrayView method);

/// Fetch §2.2.1 "forbidden method": CONNECT, TRACE, TRACK, byte-case-insensitively.
bool isForbiddenMethodBytes(QByteArrayView method);

/// Fetch §2.2.2 "forbidden request-header", including the X-HTTP-Method(-Override) and
/// X-Method-Override names when their value lists a forbidden method.
bool isForbiddenRequestHeader(QByteArrayView name, QByteArrayView value);

/// Fetch §2.2.2 "CORS-unsafe request-header byte".
bool isCorsUnsafeRequestHeaderByte(char c);

/// Fetch §2.2.2 "CORS-safelisted request-header". With Browser::Chromium also the client-hint
/// style names Chromium safelists beyond the standard (Save-Data, DPR, Width, Viewport-Width,
/// Device-Memory, Intervention).
bool isCorsSafelistedRequestHeader(QByteArrayView name, QByteArrayView value, Browser browser);

/// Why a header is not safelisted, for messages; empty when it is.
enum class UnsafeReason
{
    None,
    NameNotSafelisted, ///< not one of the safelisted names
    ValueTooLong,      ///< more than 128 bytes
    UnsafeValue,       ///< a byte or MIME type the safelist does not allow
    TotalTooLong,      ///< the safelisted values add up to more than 1024 bytes
};

struct UnsafeHeader
{
    QByteArray name; ///< lowercased
    UnsafeReason reason = UnsafeReason::None;
};

/// Fetch §2.2.2 "CORS-unsafe request-header names": lowercased, sorted, de-duplicated, with the
/// reason each one is unsafe. Safelisted values totalling more than 1024 bytes make every
/// safelisted header unsafe too.
QList<UnsafeHeader> corsUnsafeRequestHeaders(const HeaderList &headers, Browser browser);
QList<QByteArray> corsUnsafeRequestHeaderNames(const HeaderList &headers, Browser browser);

/// MIME Sniffing §4.4 "parse a MIME type", returning the essence (lowercased type/subtype) or
/// nullopt on failure.
std::optional<QByteArray> mimeTypeEssence(QByteArrayView value);

/// Fetch §2.2.2 "parse a single range header value" with allowWhitespace false: `bytes=N-[M]`
/// or `bytes=-N`; the pair is (start, end), either may be absent; nullopt on failure.
struct ByteRange
{
    std::optional<qint64> start;
    std::optional<qint64> end;
};
std::optional<ByteRange> parseSingleRangeHeaderValue(QByteArrayView value);

/// Fetch §2.2.2 "CORS-safelisted response-header name" given the names a response exposes:
/// Cache-Control, Content-Language, Content-Length, Content-Type, Expires, Last-Modified,
/// Pragma, or one of `exposed`, and never a forbidden response-header name.
bool isCorsSafelistedResponseHeaderName(QByteArrayView name, const QList<QByteArray> &exposed);

} // namespace cors::fetch
