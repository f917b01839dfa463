// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessages.h"
#include "model/corsconfig.h"

#include <QByteArray>
#include <QString>

namespace cors::emulator {

/// How the emulated gateway treated a request, for the log and the tests.
enum class Verdict
{
    PreflightAnswered, ///< the preflight got CORS headers
    PreflightRefused,  ///< the preflight got an answer without CORS headers (or a 401/403)
    CorsHeadersAdded,  ///< an actual request got Access-Control-Allow-Origin
    NoCorsHeaders,     ///< an actual request got no Access-Control-Allow-Origin
};

struct GatewayResponse
{
    int status = 200;
    fetch::HeaderList headers;
    QByteArray body;
    Verdict verdict = Verdict::NoCorsHeaders;
    /// The route that matched, "GET /items/{id}" or "OPTIONS /items" (REST: the resource and the
    /// method definition); empty when no route did.
    QString route;
    /// One sentence on what the gateway did and why, e.g. "preflight refused: method PUT is not
    /// in allowMethods".
    QString outcome;
};

/// The answer API Gateway gives `request` when the API is deployed with `config` as the
/// generated snippets deploy it (plus config.authorizePreflight, which describes an API whose
/// OPTIONS requests also need the token or key):
///
/// REST API: OPTIONS on any path is the MOCK integration's static answer, whatever the origin;
/// other methods reach a Lambda proxy integration that answers like the generated Lambda
/// example (origin picked from the allow-list, Vary: Origin, credentials, expose headers).
/// API Gateway's own errors (missing token 401, missing API key 403, /_status/NNN) carry the
/// DEFAULT_4XX/5XX gateway response headers only when config.gatewayResponses is on.
///
/// HTTP API: API Gateway answers a preflight itself, with CORS headers only when the origin,
/// the method and every requested header are allowed; it adds its CORS headers to every other
/// response for an allowed origin and ignores any the backend sends.
///
/// With stages, the API of one stage answers: pass CorsConfig::forStage() (with several, the
/// first is taken).
///
/// The configuration must be valid (validate() without errors): that is what can be deployed.
GatewayResponse answer(const CorsConfig &config, const HttpRequest &request);

/// The status /_status/NNN asks for: 400–599, or 0 for any other path.
int requestedErrorStatus(QByteArrayView target);

/// "OK", "No Content", "Unauthorized", ... for a status line.
QByteArray reasonPhrase(int status);

} // namespace cors::emulator
