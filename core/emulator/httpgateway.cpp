// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// An HTTP API (v2) with a CorsConfiguration: API Gateway answers preflights itself and adds the
// configured CORS headers to every response for an allowed origin, ignoring the backend's.
#include "gatewaydetail.h"
#include "routematch.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cors::emulator::detail {

namespace {

/// allowOrigins holds "*", the origin itself, or "https://*" / "http://*" for its scheme.
bool originAllowed(const CorsConfig &config, const QString &origin)
{
    if (origin.isEmpty()) {
        return false;
    }
    for (const QString &entry : config.allowOrigins) {
        const QString allowed = entry.trimmed();
        if (allowed == u"*" || allowed == origin) {
            return true;
        }
        if (allowed.endsWith(u"://*"_s) && origin.startsWith(allowed.chopped(1))) {
            return true;
        }
    }
    return false;
}

QByteArray allowOriginValue(const CorsConfig &config, const QString &origin)
{
    const bool any = config.allowOrigins.contains(u"*"_s) && !config.allowCredentials;
    return any ? QByteArray("*") : origin.toUtf8();
}

/// The CORS headers API Gateway adds to a response (not a preflight) for an allowed origin.
bool addCorsHeaders(const CorsConfig &config, const QString &origin, fetch::HeaderList &headers)
{
    // API Gateway ignores a backend's CORS headers; the emulated backend sends none, so the
    // configuration is the only source.
    if (!originAllowed(config, origin)) {
        return false;
    }
    headers.append("access-control-allow-origin", allowOriginValue(config, origin));
    if (config.allowCredentials) {
        headers.append("access-control-allow-credentials", "true");
    }
    if (!config.exposeHeaders.isEmpty()) {
        headers.append("access-control-expose-headers", config.exposeHeaders.join(u',').toUtf8());
    }
    return true;
}

/// API Gateway's own preflight answer: 204, with CORS headers only when everything asked for is
/// allowed.
GatewayResponse preflightAnswer(const CorsConfig &config, const HttpRequest &request)
{
    GatewayResponse response;
    response.status = 204;
    response.verdict = Verdict::PreflightRefused;
    const QString origin = requestOrigin(request);
    if (!originAllowed(config, origin)) {
        response.outcome =
            GatewayText::tr("preflight answered without CORS headers: %1 is not in allowOrigins")
                .arg(origin);
        return response;
    }
    const QString method = QString::fromLatin1(
        fetch::normalizeHeaderValue(request.headers.get("Access-Control-Request-Method").value()));
    if (!containsEntry(config.allowMethods, u"*"_s, Qt::CaseInsensitive) &&
        !containsEntry(config.allowMethods, method, Qt::CaseInsensitive)) {
        response.outcome = GatewayText::tr("preflight answered without CORS headers: method %1 "
                                           "is not in allowMethods")
                               .arg(method);
        return response;
    }
    const bool anyHeader = containsEntry(config.allowHeaders, u"*"_s, Qt::CaseInsensitive);
    const QList<QByteArray> requested = fetch::splitListValues(
        request.headers.get("Access-Control-Request-Headers").value_or(QByteArray()));
    for (const QByteArray &name : requested) {
        if (!anyHeader &&
            !containsEntry(config.allowHeaders, QString::fromLatin1(name), Qt::CaseInsensitive)) {
            response.outcome = GatewayText::tr("preflight answered without CORS headers: header "
                                               "%1 is not in allowHeaders")
                                   .arg(QString::fromLatin1(name));
            return response;
        }
    }

    fetch::HeaderList &headers = response.headers;
    headers.append("access-control-allow-origin", allowOriginValue(config, origin));
    if (config.allowCredentials) {
        headers.append("access-control-allow-credentials", "true");
    }
    headers.append("access-control-allow-methods", config.allowMethods.join(u',').toUtf8());
    if (!config.allowHeaders.isEmpty()) {
        headers.append("access-control-allow-headers", config.allowHeaders.join(u',').toUtf8());
    }
    if (config.maxAge) {
        headers.append("access-control-max-age", QByteArray::number(*config.maxAge));
    }
    response.verdict = Verdict::PreflightAnswered;
    response.outcome = GatewayText::tr("preflight answered by API Gateway: origin, method and "
                                       "headers are allowed");
    return response;
}

} // namespace

GatewayResponse answerHttp(const CorsConfig &config, const HttpRequest &request)
{
    const bool preflight = isPreflight(request);
    const HttpMatch match = matchHttp(config, request.target, request.method);
    // With CORS configured, API Gateway answers preflights before any route, unless the route
    // OPTIONS reaches has an authorizer (an ANY or $default route without an open OPTIONS
    // route): then the authorizer runs first (AWS: "Configuring CORS for an HTTP API").
    if (preflight && !(match.found && match.authorized && config.hasAuthorizer())) {
        GatewayResponse response = preflightAnswer(config, request);
        response.route = match.found ? match.key : QString();
        return response;
    }

    GatewayResponse response;
    response.route = match.key;
    response.headers.append("content-type", "application/json");
    if (!match.found) {
        // AWS: "Working with routes for HTTP APIs": a request no route matches gets 404.
        response.status = 404;
        response.body = messageBody(gatewayErrorMessage(404));
        response.outcome =
            GatewayText::tr("no route matches %1 %2")
                .arg(QString::fromLatin1(request.method), QString::fromLatin1(request.target));
    } else if (match.authorized && config.hasAuthorizer() && !hasToken(config, request)) {
        response.status = 401;
        response.body = messageBody(gatewayErrorMessage(401));
        response.outcome = GatewayText::tr("the authorizer denies the request: no %1 header")
                               .arg(config.authorizer.trimmed());
    } else if (const int status = requestedErrorStatus(request.target)) {
        response.status = status;
        response.body = messageBody(gatewayErrorMessage(status));
        response.outcome = GatewayText::tr("error %1, asked for by /_status/%1").arg(status);
    } else {
        response.status = 200;
        response.body = backendBody(request);
        response.outcome = GatewayText::tr("answered by the integration");
    }

    const QString origin = requestOrigin(request);
    const bool added = addCorsHeaders(config, origin, response.headers);
    const QString cors = added ? GatewayText::tr("CORS headers added for %1").arg(origin)
                         : origin.isEmpty() ? GatewayText::tr("no Origin header, no CORS headers")
                                            : GatewayText::tr("%1 is not in allowOrigins, no "
                                                              "CORS headers")
                                                  .arg(origin);
    response.outcome = preflight ? GatewayText::tr("preflight caught by the authorized route: %1; "
                                                   "%2")
                                       .arg(response.outcome, cors)
                                 : response.outcome + u"; "_s + cors;
    response.verdict = preflight ? Verdict::PreflightRefused
                       : added   ? Verdict::CorsHeadersAdded
                                 : Verdict::NoCorsHeaders;
    return response;
}

} // namespace cors::emulator::detail
