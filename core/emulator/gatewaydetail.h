// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway.h"

#include <QCoreApplication>

// Shared by the REST and HTTP API models; not part of the emulator's interface.
namespace cors::emulator::detail {

class GatewayText
{
    Q_DECLARE_TR_FUNCTIONS(GatewayText)
};

/// Fetch §3.2.2 "CORS-preflight request": an OPTIONS request with Origin and
/// Access-Control-Request-Method. API Gateway's HTTP API recognises a preflight the same way.
bool isPreflight(const HttpRequest &request);
/// The request's Origin header as text; empty when it has none.
QString requestOrigin(const HttpRequest &request);
/// Whether the authorizer's identity source (the configured header) is present and not empty.
bool hasToken(const CorsConfig &config, const HttpRequest &request);
/// Whether X-Api-Key is present and not empty.
bool hasApiKey(const HttpRequest &request);

/// {"message": "..."}: the body API Gateway puts on its own errors.
QByteArray messageBody(const QString &message);
/// The body of the emulated backend: a greeting plus the method and path it was called with.
QByteArray backendBody(const HttpRequest &request);
/// API Gateway's default message for an error it generates itself.
QString gatewayErrorMessage(int status);

GatewayResponse answerRest(const CorsConfig &config, const HttpRequest &request);
GatewayResponse answerHttp(const CorsConfig &config, const HttpRequest &request);

} // namespace cors::emulator::detail
