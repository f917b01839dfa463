// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httprequestparser.h"

#include <algorithm>

namespace cors::emulator {

namespace {

using Status = ParsedRequest::Status;

ParsedRequest failure(int status, QByteArray why)
{
    ParsedRequest parsed;
    parsed.status = Status::Error;
    parsed.errorStatus = status;
    parsed.error = std::move(why);
    return parsed;
}

bool hasConnectionOption(const fetch::HeaderList &headers, QByteArrayView option)
{
    return fetch::containsIgnoringAsciiCase(
        fetch::splitListValues(headers.get("Connection").value_or(QByteArray())), option);
}

/// RFC 9112 §3 request-target in origin-form (or "*" for OPTIONS): visible ASCII only.
bool isValidTarget(QByteArrayView target)
{
    if (target.isEmpty() || (target.front() != '/' && target != "*")) {
        return false;
    }
    return std::all_of(target.begin(), target.end(), [](char c) { return c > 0x20 && c < 0x7f; });
}

} // namespace

ParsedRequest parseRequest(const QByteArray &buffer)
{
    // §2.2: a server SHOULD ignore at least one empty line received before the request-line.
    qsizetype start = 0;
    while (buffer.mid(start, 2) == "\r\n") {
        start += 2;
    }
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n", start);
    if (headEnd < 0) {
        if (buffer.size() - start > maxRequestHeaderBytes) {
            return failure(431, "The request's header block is larger than 64 KiB.");
        }
        return {};
    }
    if (headEnd - start > maxRequestHeaderBytes) {
        return failure(431, "The request's header block is larger than 64 KiB.");
    }

    const QList<QByteArray> lines = buffer.mid(start, headEnd - start).split('\n');
    ParsedRequest parsed;
    HttpRequest &request = parsed.request;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (!line.endsWith('\r') && i + 1 < lines.size()) {
            return failure(400, "A line ends with a bare LF; HTTP lines end with CRLF.");
        }
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        if (i == 0) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() != 3 || !fetch::isTokenBytes(parts[0]) || !isValidTarget(parts[1])) {
                return failure(400, "Malformed request line: expected 'METHOD /path HTTP/1.1'.");
            }
            if (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0") {
                return failure(505, "Only HTTP/1.1 and HTTP/1.0 are supported.");
            }
            request.method = parts[0];
            request.target = parts[1];
            parsed.keepAlive = parts[2] == "HTTP/1.1";
            continue;
        }
        if (line.startsWith(' ') || line.startsWith('\t')) {
            // §5.2: obsolete line folding is rejected.
            return failure(400, "Folded header lines (obs-fold) are not accepted.");
        }
        const qsizetype colon = line.indexOf(':');
        // §5.1: no whitespace between the field name and the colon.
        if (colon <= 0 || !fetch::isTokenBytes(QByteArrayView(line).first(colon))) {
            return failure(400, "Malformed header line: expected 'Name: value'.");
        }
        const QByteArray value =
            fetch::normalizeHeaderValue(QByteArrayView(line).sliced(colon + 1));
        // §5.5: field values are visible characters, SP and HTAB; a bare CR, NUL or other
        // control character is refused (§2.2 allows rejecting a bare CR).
        const bool controls = std::any_of(value.begin(), value.end(), [](char c) {
            const auto byte = static_cast<unsigned char>(c);
            return (byte < 0x20 && byte != '\t') || byte == 0x7f;
        });
        if (controls) {
            return failure(400, "A header value contains a control character (CR, NUL, ...).");
        }
        request.headers.append(line.first(colon), value);
    }

    // §3.2: exactly one Host header in an HTTP/1.1 request.
    if (parsed.keepAlive && request.headers.count("Host") != 1) {
        return failure(400, "An HTTP/1.1 request needs exactly one Host header.");
    }
    if (request.headers.contains("Transfer-Encoding")) {
        return failure(501, "Transfer-Encoding is not supported; send a Content-Length.");
    }
    qsizetype length = 0;
    if (const auto values = request.headers.get("Content-Length")) {
        // §6.3: repeated Content-Length values must agree.
        const QList<QByteArray> lengths = fetch::splitListValues(*values);
        for (const QByteArray &text : lengths) {
            const bool digits =
                !text.isEmpty() && text.size() <= 12 &&
                std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
            if (!digits || (text != lengths.first())) {
                return failure(400, "Invalid Content-Length.");
            }
        }
        length = lengths.isEmpty() ? -1 : lengths.first().toLongLong();
        if (length < 0) {
            return failure(400, "Invalid Content-Length.");
        }
        if (length > maxRequestBodyBytes) {
            return failure(413, "The body is larger than 10 MiB, API Gateway's payload limit.");
        }
    }
    const qsizetype bodyStart = headEnd + 4;
    if (buffer.size() - bodyStart < length) {
        return {};
    }
    request.body = buffer.mid(bodyStart, length);
    parsed.consumed = bodyStart + length;
    if (hasConnectionOption(request.headers, "close")) {
        parsed.keepAlive = false;
    } else if (!parsed.keepAlive && hasConnectionOption(request.headers, "keep-alive")) {
        parsed.keepAlive = true;
    }
    parsed.status = Status::Complete;
    return parsed;
}

} // namespace cors::emulator
