// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Which route of the deployed API a request reaches, as API Gateway selects it.

#include "model/corsconfig.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cors::emulator {

/// The REST API resource a request path reaches and what it serves.
struct RestMatch
{
    bool resourceFound = false;
    QString resourcePath;      ///< "/items/{id}"
    bool hasPreflight = false; ///< a route is on this path, so it has the MOCK OPTIONS method
    QStringList allowMethods;  ///< the preflight's Access-Control-Allow-Methods
    QString method;          ///< the method definition serving the request: "GET", "ANY", or empty
    bool authorized = false; ///< that method goes through the authorizer
};

/// API Gateway REST: the most specific resource (a literal part before {name}, {name} before
/// {name+}), then the method: an explicit one before ANY (AWS: "Set up a proxy integration
/// with a proxy resource").
RestMatch matchRest(const CorsConfig &config, QByteArrayView target, QByteArrayView method);

/// The HTTP API route a request reaches.
struct HttpMatch
{
    bool found = false;
    QString key; ///< "GET /items/{id}", "$default"
    bool authorized = false;
};

/// API Gateway HTTP: the most specific route for the method (a method before ANY), else
/// $default (AWS: "Working with routes for HTTP APIs"). Routes are those the renders deploy,
/// with the open OPTIONS routes unless config.authorizePreflight says they are missing.
HttpMatch matchHttp(const CorsConfig &config, QByteArrayView target, QByteArrayView method);

} // namespace cors::emulator
