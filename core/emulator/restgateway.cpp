// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A REST API (v1) deployed from the generated snippets: a MOCK OPTIONS method on every resource,
// a Lambda proxy integration behind every other method, DEFAULT_4XX/5XX gateway responses.
#include "gatewaydetail.h"
#include "render/corsvalues.h"
#include "render/origintemplate.h"
#include "routematch.h"

#include <optional>

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

/// API Gateway's answer to a path no resource serves, or a method the resource lacks: 403
/// "Missing Authentication Token" (AWS: "Troubleshoot 403 errors": MISSING_AUTHENTICATION_TOKEN,
/// a DEFAULT_4XX response type).
GatewayResponse missingAuthenticationToken(const CorsConfig &config, const HttpRequest &request,
                                           const QString &why)
{
    GatewayResponse response = gatewayError(config, request, 403, why);
    response.headers.append("x-amzn-ErrorType", "MissingAuthenticationTokenException");
    response.body = messageBody(u"Missing Authentication Token"_s);
    return response;
}

/// The MOCK integration of the OPTIONS method: its static headers and, with several origins,
/// the Access-Control-Allow-Origin its mapping template selects (selectedOrigin() is that
/// template's rule, run in Velocity by the tests).
GatewayResponse mockAnswer(const CorsConfig &config, const HttpRequest &request,
                           const QStringList &allowMethods)
{
    const render::CorsValues values(config);
    const render::PreflightAnswer answer = values.preflightAnswer(allowMethods.join(u','));
    GatewayResponse response;
    response.status = 200;
    response.headers.append("Content-Type", "application/json");
    response.verdict = Verdict::PreflightAnswered;
    if (!values.selectsOrigin()) {
        appendStatic(response.headers, answer.staticHeaders);
        response.outcome =
            GatewayText::tr("answered by the OPTIONS method's MOCK integration with static CORS "
                            "headers%1")
                .arg(staticOriginNote(values.allowOrigin, requestOrigin(request)));
        return response;
    }
    QList<std::pair<QByteArray, QByteArray>> headers;
    for (const fetch::Header &header : request.headers.headers()) {
        headers.append({header.name, header.value});
    }
    const std::optional<QString> origin = render::selectedOrigin(values.selectableOrigins, headers);
    if (origin) {
        response.headers.append("Access-Control-Allow-Origin", origin->toUtf8());
    }
    appendStatic(response.headers, answer.staticHeaders);
    if (origin) {
        response.outcome = GatewayText::tr("answered by the OPTIONS method's MOCK integration: "
                                           "its mapping template echoes %1, an allowed origin")
                               .arg(*origin);
    } else {
        response.verdict = Verdict::PreflightRefused;
        const QString sent = requestOrigin(request);
        response.outcome =
            sent.isEmpty()
                ? GatewayText::tr("answered by the OPTIONS method's MOCK integration without "
                                  "Access-Control-Allow-Origin: the request has no Origin")
                : GatewayText::tr("answered by the OPTIONS method's MOCK integration without "
                                  "Access-Control-Allow-Origin: its mapping template found %1 "
                                  "in no entry of allowOrigins")
                      .arg(sent);
    }
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

/// The authorizer and the API key check, which run before any integration; empty when both let
/// the request through.
std::optional<GatewayResponse> methodRequestChecks(const CorsConfig &config,
                                                   const HttpRequest &request, bool authorized)
{
    if (authorized && config.hasAuthorizer() && !hasToken(config, request)) {
        return gatewayError(config, request, 401,
                            GatewayText::tr("no %1 header: the authorizer denies the request")
                                .arg(config.authorizer.trimmed()));
    }
    if (config.apiKeyRequired && !hasApiKey(request)) {
        return gatewayError(config, request, 403,
                            GatewayText::tr("no X-Api-Key header: the method requires an API "
                                            "key"));
    }
    return std::nullopt;
}

GatewayResponse answerMatched(const CorsConfig &config, const HttpRequest &request,
                              const RestMatch &match)
{
    const bool options = request.method == "OPTIONS";
    if (!match.resourceFound) {
        return missingAuthenticationToken(
            config, request, GatewayText::tr("no resource of the API matches this path"));
    }
    if (options && match.hasPreflight) {
        // The generated snippets exempt OPTIONS from both checks; authorizePreflight describes
        // an API that does not.
        if (config.authorizePreflight) {
            if (auto refused = methodRequestChecks(config, request, true)) {
                return *refused;
            }
        }
        return mockAnswer(config, request, match.allowMethods);
    }
    if (match.method.isEmpty()) {
        return missingAuthenticationToken(
            config, request,
            GatewayText::tr("the resource %1 has no %2 method")
                .arg(match.resourcePath, QString::fromLatin1(request.method)));
    }
    if (auto refused = methodRequestChecks(config, request, match.authorized)) {
        return *refused;
    }
    return lambdaAnswer(config, request);
}

} // namespace

GatewayResponse answerRest(const CorsConfig &config, const HttpRequest &request)
{
    const bool options = request.method == "OPTIONS";
    // /_status/NNN: an error API Gateway generates itself (a test hook of the emulator, on any
    // path), after the API-wide checks.
    if (const int status = requestedErrorStatus(request.target); status && !options) {
        GatewayResponse response;
        if (auto refused = methodRequestChecks(config, request, config.hasAuthorizer())) {
            response = *refused;
        } else {
            response = gatewayError(config, request, status,
                                    GatewayText::tr("asked for by /_status/%1").arg(status));
        }
        return response;
    }
    const RestMatch match = matchRest(config, request.target, request.method);
    GatewayResponse response = answerMatched(config, request, match);
    if (match.resourceFound) {
        const QString method = options && match.hasPreflight ? u"OPTIONS"_s : match.method;
        response.route = method.isEmpty() ? QString() : method + u' ' + match.resourcePath;
    }
    return response;
}

} // namespace cors::emulator::detail
