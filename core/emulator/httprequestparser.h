// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessages.h"

#include <QByteArray>

namespace cors::emulator {

/// Larger header blocks are refused with 431.
inline constexpr qsizetype maxRequestHeaderBytes = 64 * 1024;
/// Larger bodies are refused with 413: API Gateway's payload limit is 10 MiB.
inline constexpr qsizetype maxRequestBodyBytes = 10 * 1024 * 1024;

struct ParsedRequest
{
    enum class Status
    {
        Incomplete, ///< more bytes are needed
        Complete,   ///< `request` holds the first request of the buffer
        Error,      ///< refuse with `errorStatus` and `error`, then close the connection
    };
    Status status = Status::Incomplete;
    HttpRequest request;
    bool keepAlive = true;
    qsizetype consumed = 0; ///< bytes of the buffer the request used
    int errorStatus = 400;
    QByteArray error;
};

/// Parses the first request in `buffer` as RFC 9112 describes it (§2–§6): request line with any
/// token as method and an origin-form target, header lines kept as received (no obs-fold, no
/// whitespace before the colon), exactly one Host in HTTP/1.1, Content-Length bodies only
/// (Transfer-Encoding → 501), HTTP/1.0 and HTTP/1.1 only (others → 505).
ParsedRequest parseRequest(const QByteArray &buffer);

} // namespace cors::emulator
