// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "safelist.h"

#include "http/grammar.h"

#include <QString>

#include <algorithm>
#include <array>

namespace cors::fetch {

namespace {
bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAsciiAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool containsCorsUnsafeByte(QByteArrayView value)
{
    return std::any_of(value.begin(), value.end(), isCorsUnsafeRequestHeaderByte);
}

// Chromium's IsSimilarToIntABNF / IsSimilarToDoubleABNF (services/network cors.cc).
bool isIntLike(QByteArrayView value)
{
    return !value.isEmpty() && std::all_of(value.begin(), value.end(), isAsciiDigit);
}

bool isDoubleLike(QByteArrayView value)
{
    const qsizetype dot = value.indexOf('.');
    if (dot < 0) {
        return isIntLike(value);
    }
    return isIntLike(value.first(dot)) && isIntLike(value.sliced(dot + 1));
}

bool isChromiumOnlySafelisted(QByteArrayView lowerName, QByteArrayView value)
{
    if (lowerName == "device-memory" || lowerName == "dpr") {
        return isDoubleLike(value);
    }
    if (lowerName == "width" || lowerName == "viewport-width") {
        return isIntLike(value);
    }
    if (lowerName == "save-data") {
        return equalsIgnoringAsciiCase(value, "on");
    }
    return lowerName == "intervention";
}

bool isChromiumOnlyName(QByteArrayView lowerName)
{
    static constexpr std::array<QByteArrayView, 6> names{
        "device-memory", "dpr", "width", "viewport-width", "save-data", "intervention"};
    return std::find(names.begin(), names.end(), lowerName) != names.end();
}

UnsafeReason safelistReason(QByteArrayView name, QByteArrayView value, Browser browser)
{
    const QByteArray lower = name.toByteArray().toLower();
    const bool standardName = lower == "accept" || lower == "accept-language" ||
                              lower == "content-language" || lower == "content-type" ||
                              lower == "range";
    const bool chromiumName = browser == Browser::Chromium && isChromiumOnlyName(lower);
    if (!standardName && !chromiumName) {
        return UnsafeReason::NameNotSafelisted;
    }
    // Fetch §2.2.2 CORS-safelisted request-header, step 1: a value over 128 bytes is unsafe.
    if (value.size() > 128) {
        return UnsafeReason::ValueTooLong;
    }
    if (chromiumName) {
        return isChromiumOnlySafelisted(lower, value) ? UnsafeReason::None
                                                      : UnsafeReason::UnsafeValue;
    }
    if (lower == "accept") {
        return containsCorsUnsafeByte(value) ? UnsafeReason::UnsafeValue : UnsafeReason::None;
    }
    if (lower == "accept-language" || lower == "content-language") {
        const bool allowed = std::all_of(value.begin(), value.end(), [](char c) {
            return isAsciiDigit(c) || isAsciiAlpha(c) || c == ' ' || c == '*' || c == ',' ||
                   c == '-' || c == '.' || c == ';' || c == '=';
        });
        return allowed ? UnsafeReason::None : UnsafeReason::UnsafeValue;
    }
    if (lower == "content-type") {
        if (containsCorsUnsafeByte(value)) {
            return UnsafeReason::UnsafeValue;
        }
        const std::optional<QByteArray> essence = mimeTypeEssence(value);
        const bool allowed =
            essence && (*essence == "application/x-www-form-urlencoded" ||
                        *essence == "multipart/form-data" || *essence == "text/plain");
        return allowed ? UnsafeReason::None : UnsafeReason::UnsafeValue;
    }
    // range: one `bytes=N-[M]` range with a start (suffix ranges are not safelisted).
    const std::optional<ByteRange> range = parseSingleRangeHeaderValue(value);
    return (range && range->start) ? UnsafeReason::None : UnsafeReason::UnsafeValue;
}
} // namespace

bool isCorsSafelistedMethod(QByteArrayView method)
{
    return method == "GET" || method == "HEAD" || method == "POST";
}

QByteArray normalizeMethod(QByteArrayView method)
{
    if (http::isNormalizedMethod(QString::fromLatin1(method))) {
        return method.toByteArray().toUpper();
    }
    return method.toByteArray();
}

bool isForbiddenMethodBytes(QByteArrayView method)
{
    return http::isForbiddenMethod(QString::fromLatin1(method));
}

bool isForbiddenRequestHeader(QByteArrayView name, QByteArrayView value)
{
    if (http::isForbiddenRequestHeaderName(QString::fromLatin1(name))) {
        return true;
    }
    if (equalsIgnoringAsciiCase(name, "X-HTTP-Method") ||
        equalsIgnoringAsciiCase(name, "X-HTTP-Method-Override") ||
        equalsIgnoringAsciiCase(name, "X-Method-Override")) {
        for (const QByteArray &part : value.toByteArray().split(',')) {
            if (isForbiddenMethodBytes(normalizeHeaderValue(part))) {
                return true;
            }
        }
    }
    return false;
}

bool isCorsUnsafeRequestHeaderByte(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20) {
        return byte != 0x09;
    }
    return QByteArrayView("\"():<>?@[\\]{}\x7F").contains(c);
}

bool isCorsSafelistedRequestHeader(QByteArrayView name, QByteArrayView value, Browser browser)
{
    return safelistReason(name, value, browser) == UnsafeReason::None;
}

QList<UnsafeHeader> corsUnsafeRequestHeaders(const HeaderList &headers, Browser browser)
{
    QList<UnsafeHeader> unsafe;
    QList<QByteArray> potentiallyUnsafe;
    qsizetype safelistValueSize = 0;
    for (const Header &header : headers.headers()) {
        const UnsafeReason reason = safelistReason(header.name, header.value, browser);
        if (reason != UnsafeReason::None) {
            unsafe.append({header.name.toLower(), reason});
        } else {
            potentiallyUnsafe.append(header.name.toLower());
            safelistValueSize += header.value.size();
        }
    }
    if (safelistValueSize > 1024) {
        for (const QByteArray &name : potentiallyUnsafe) {
            unsafe.append({name, UnsafeReason::TotalTooLong});
        }
    }
    // "convert header names to a sorted-lowercase set"
    std::stable_sort(unsafe.begin(), unsafe.end(),
                     [](const UnsafeHeader &a, const UnsafeHeader &b) { return a.name < b.name; });
    unsafe.erase(
        std::unique(unsafe.begin(), unsafe.end(),
                    [](const UnsafeHeader &a, const UnsafeHeader &b) { return a.name == b.name; }),
        unsafe.end());
    return unsafe;
}

QList<QByteArray> corsUnsafeRequestHeaderNames(const HeaderList &headers, Browser browser)
{
    QList<QByteArray> names;
    for (const UnsafeHeader &header : corsUnsafeRequestHeaders(headers, browser)) {
        names.append(header.name);
    }
    return names;
}

std::optional<QByteArray> mimeTypeEssence(QByteArrayView value)
{
    const QByteArray input = normalizeHeaderValue(value);
    const qsizetype slash = input.indexOf('/');
    if (slash <= 0) {
        return std::nullopt;
    }
    const QByteArray type = input.first(slash);
    qsizetype end = input.indexOf(';', slash + 1);
    if (end < 0) {
        end = input.size();
    }
    QByteArray subtype = input.sliced(slash + 1, end - slash - 1);
    while (!subtype.isEmpty() && isHttpWhitespace(subtype.back())) {
        subtype.chop(1);
    }
    if (!isTokenBytes(type) || !isTokenBytes(subtype)) {
        return std::nullopt;
    }
    return (type + '/' + subtype).toLower();
}

std::optional<ByteRange> parseSingleRangeHeaderValue(QByteArrayView value)
{
    qsizetype position = 0;
    while (position < value.size() && isAsciiAlpha(value[position])) {
        ++position;
    }
    if (!equalsIgnoringAsciiCase(value.first(position), "bytes")) {
        return std::nullopt;
    }
    if (position >= value.size() || value[position] != '=') {
        return std::nullopt;
    }
    ++position;
    auto collectNumber = [&value, &position]() -> std::optional<std::optional<qint64>> {
        const qsizetype begin = position;
        while (position < value.size() && isAsciiDigit(value[position])) {
            ++position;
        }
        if (position == begin) {
            return std::optional<qint64>{};
        }
        bool ok = false;
        const qint64 number = value.sliced(begin, position - begin).toLongLong(&ok);
        if (!ok) {
            return std::nullopt; // too large to be a byte position
        }
        return std::optional<qint64>{number};
    };
    const auto start = collectNumber();
    if (!start || position >= value.size() || value[position] != '-') {
        return std::nullopt;
    }
    ++position;
    const auto end = collectNumber();
    if (!end || position != value.size()) {
        return std::nullopt;
    }
    if (!*start && !*end) {
        return std::nullopt;
    }
    if (*start && *end && **start > **end) {
        return std::nullopt;
    }
    return ByteRange{*start, *end};
}

bool isCorsSafelistedResponseHeaderName(QByteArrayView name, const QList<QByteArray> &exposed)
{
    if (http::isForbiddenResponseHeaderName(QString::fromLatin1(name))) {
        return false;
    }
    static constexpr std::array<QByteArrayView, 7> safelisted{
        "Cache-Control", "Content-Language", "Content-Length", "Content-Type",
        "Expires",       "Last-Modified",    "Pragma"};
    const auto matches = [name](QByteArrayView candidate) {
        return equalsIgnoringAsciiCase(name, candidate);
    };
    return std::any_of(safelisted.begin(), safelisted.end(), matches) ||
           std::any_of(exposed.begin(), exposed.end(), matches);
}

} // namespace cors::fetch
