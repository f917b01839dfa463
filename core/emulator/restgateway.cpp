// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A REST API (v1) deployed from the generated snippets: a MOCK OPTIONS method on every resource,
// a Lambda proxy integration behind every other method, DEFAULT_4XX/5XX gateway responses.
#include "gatewaydetail.h"
#include "render/corsvalues.h"

using namespace Qt::StringLiterals;

namespace cors::emulator::detail {

namespace {

void appendStatic(fetch::HeaderList &headers, const render::HeaderList &values)
{
    for (const auto &[name, value] : values) {
        headers.append(name.toLatin1(), value.toUtf8());
    }
}

/// Why a static Access-Control-Allow-Origin will not do for this request, or nothing.
QString staticOriginNote(const QString &allowOrigin, const QString &origin)
{
    if (origin.isEmpty() || allowOrigin == u"*" || allowOrigin == origin) {
        return {};
    }
    if (allowOrigin.isEmpty()) {
        return GatewayText::tr("; it carries no Access-Control-Allow-Origin");
    }
    return GatewayText::tr("; its static Access-Control-Allow-Origin %1 is not the request's "
                           "origin %2")
        .arg(allowOrigin, origin);
}

/// An error API Gateway generates itself, with the DEFAULT_4XX/5XX gateway response headers
/// when the configuration adds them.
GatewayResponse gatewayError(const CorsConfig &config, const HttpRequest &request, int status,
                             const QString &why)
{
    GatewayResponse response;
    response.status = status;
    response.headers.append("Content-Type", "application/json");
    response.body = messageBody(gatewayErrorMessage(status));
    const char *family = status >= 500 ? "DEFAULT_5XX" : "DEFAULT_4XX";
    const bool preflight = request.method == "OPTIONS";
    if (config.gatewayResponses) {
        const render::CorsValues values(config);
        appendStatic(response.headers, values.gatewayResponseHeaders());
        response.verdict = preflight                      ? Verdict::PreflightRefused
                           : values.allowOrigin.isEmpty() ? Verdict::NoCorsHeaders
                                                          : Verdict::CorsHeadersAdded;
        response.outcome = GatewayText::tr("API Gateway error %1 (%2), with the %3 gateway "
                                           "response's CORS headers%4")
                               .arg(QString::number(status), why, QLatin1StringView(family),
                                    staticOriginNote(values.allowOrigin, requestOrigin(request)));
    } else {
        response.verdict = preflight ? Verdict::PreflightRefused : Verdict::NoCorsHeaders;
        response.outcome = GatewayText::tr("API Gateway error %1 (%2), without CORS headers: "
                                           "gatewayResponses is off")
                               .arg(QString::number(status), why);
    }
    return response;
}

/// The MOCK integration of the OPTIONS method: the same static headers for every request.
GatewayResponse mockAnswer(const CorsConfig &config, const HttpRequest &request)
{
    const render::CorsValues values(config);
    GatewayResponse response;
    response.status = 200;
    response.headers.append("Content-Type", "application/json");
    appendStatic(response.headers, values.preflightHeaders());
    response.verdict = Verdict::PreflightAnswered;
    response.outcome =
        GatewayText::tr("answered by the OPTIONS method's MOCK integration with static CORS "
                        "headers%1")
            .arg(staticOriginNote(values.allowOrigin, requestOrigin(request)));
    return response;
}

/// The generated Lambda example behind a Lambda proxy integration.
GatewayResponse lambdaAnswer(const CorsConfig &config, const HttpRequest &request)
{
    GatewayResponse response;
    response.status = 200;
    response.body = backendBody(request);
    const QString origin = requestOrigin(request);
    fetch::HeaderList &headers = response.headers;
    const bool anyOrigin = config.allowOrigins.contains(u"*"_s);
    bool allowed = false;
    if (anyOrigin) {
        headers.append("Access-Control-Allow-Origin", "*");
        allowed = true;
        response.outcome = GatewayText::tr("Lambda proxy: allowOrigins has '*', so "
                                           "Access-Control-Allow-Origin: *");
    } else {
        // Fetch §3.2 "CORS protocol and HTTP caches": the answer depends on Origin.
        headers.append("Vary", "Origin");
        if (!origin.isEmpty() && config.allowOrigins.contains(origin)) {
            headers.append("Access-Control-Allow-Origin", origin.toUtf8());
            if (config.allowCredentials) {
                headers.append("Access-Control-Allow-Credentials", "true");
            }
            allowed = true;
            response.outcome = GatewayText::tr("Lambda proxy: %1 is in allowOrigins, so "
                                               "Access-Control-Allow-Origin echoes it")
                                   .arg(origin);
        } else if (origin.isEmpty()) {
            response.outcome = GatewayText::tr("Lambda proxy: no Origin header (same-origin or "
                                               "not a browser), no CORS headers");
        } else {
            response.outcome = GatewayText::tr("Lambda proxy: %1 is not in allowOrigins, no "
                                               "CORS headers")
                                   .arg(origin);
        }
    }
    if (allowed && !config.exposeHeaders.isEmpty()) {
        headers.append("Access-Control-Expose-Headers", config.exposeHeaders.join(u',').toUtf8());
    }
    headers.append("Content-Type", "application/json");
    response.verdict = allowed ? Verdict::CorsHeadersAdded : Verdict::NoCorsHeaders;
    return response;
}

} // namespace

GatewayResponse answerRest(const CorsConfig &config, const HttpRequest &request)
{
    const bool options = request.method == "OPTIONS";
    // Method request checks run before any integration: first the authorizer, then the API key.
    // The generated snippets exempt OPTIONS from both; authorizePreflight describes an API that
    // does not.
    if (!options || config.authorizePreflight) {
        if (config.hasAuthorizer() && !hasToken(config, request)) {
            return gatewayError(config, request, 401,
                                GatewayText::tr("no %1 header: the authorizer denies the "
                                                "request")
                                    .arg(config.authorizer.trimmed()));
        }
        if (config.apiKeyRequired && !hasApiKey(request)) {
            return gatewayError(config, request, 403,
                                GatewayText::tr("no X-Api-Key header: the method requires an "
                                                "API key"));
        }
    }
    if (options) {
        return mockAnswer(config, request);
    }
    if (const int status = requestedErrorStatus(request.target)) {
        return gatewayError(config, request, status,
                            GatewayText::tr("asked for by /_status/%1").arg(status));
    }
    return lambdaAnswer(config, request);
}

} // namespace cors::emulator::detail
