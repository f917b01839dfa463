// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fetch/headerlist.h"

#include <QByteArray>

namespace cors::emulator {

/// A request as the emulator's server received it, and as it reaches the emulated gateway.
struct HttpRequest
{
    QByteArray method;
    QByteArray target; ///< path and query, e.g. "/items?page=2"
    fetch::HeaderList headers;
    QByteArray body;
};

struct HttpResponse
{
    int status = 200;
    fetch::HeaderList headers; ///< Content-Length, Date and Connection are added when sent
    QByteArray body;
};

} // namespace cors::emulator
