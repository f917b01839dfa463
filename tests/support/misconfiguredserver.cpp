// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "misconfiguredserver.h"

#include <QRegularExpression>
#include <QUrl>

#include <optional>

using namespace Qt::StringLiterals;
using cors::emulator::HttpRequest;
using cors::emulator::HttpResponse;

namespace {

HttpResponse respond(const HttpRequest &request);

const QByteArray app = MisconfiguredServer::frontend;

QByteArray hostOf(const QByteArray &origin)
{
    return QUrl(QString::fromLatin1(origin)).host().toLatin1();
}

bool isHttps(const QByteArray &origin)
{
    return origin.startsWith("https://");
}

/// The Access-Control-Allow-Origin the endpoint sends for `origin`, if any.
std::optional<QByteArray> allowOrigin(const QByteArray &endpoint, const QByteArray &origin)
{
    if (origin.isEmpty()) {
        return std::nullopt;
    }
    const auto when = [&origin](bool allowed) {
        return allowed ? std::optional<QByteArray>(origin) : std::nullopt;
    };
    if (endpoint == "reflect" || endpoint == "reflect-credentials") {
        return origin;
    }
    if (endpoint == "null") {
        return when(origin == app || origin == "null");
    }
    if (endpoint == "prefix") {
        return when(origin.startsWith(app));
    }
    if (endpoint == "suffix") {
        return when(origin.endsWith("app.example.com"));
    }
    if (endpoint == "dot") {
        static const QRegularExpression unescaped(u"^https://app.example.com$"_s);
        return when(unescaped.match(QString::fromLatin1(origin)).hasMatch());
    }
    if (endpoint == "substring") {
        return when(isHttps(origin) && QByteArray("app.example.com").contains(hostOf(origin)) &&
                    !hostOf(origin).isEmpty());
    }
    if (endpoint == "subdomain") {
        return when(isHttps(origin) && (hostOf(origin) == "app.example.com" ||
                                        hostOf(origin).endsWith(".app.example.com")));
    }
    if (endpoint == "http") {
        return when(origin == app || origin == "http://app.example.com");
    }
    if (endpoint == "third-party") {
        return when(origin == app || origin.endsWith(".github.io"));
    }
    if (endpoint == "special") {
        // Stops at the first character that is not part of a host name: "app.example.com_x"
        // passes, "app.example.com.evil" does not.
        if (!origin.startsWith(app)) {
            return std::nullopt;
        }
        const QByteArray rest = origin.sliced(app.size());
        return when(rest.isEmpty() ||
                    (rest[0] != '.' && !QChar::isLetterOrNumber(uchar(rest[0])) && rest[0] != '-'));
    }
    if (endpoint == "wildcard-credentials" || endpoint == "authorization-any" ||
        endpoint == "wildcard") {
        return QByteArray("*");
    }
    if (endpoint == "clean-static" || endpoint == "clean-static-strict") {
        return app; // API Gateway's MOCK integration: one fixed origin, whoever asks
    }
    if (endpoint == "http-twin") {
        // The frontend https://127.0.0.1:8443 and its plain-http twin (an API over http).
        return when(origin == "https://127.0.0.1:8443" || origin == "http://127.0.0.1:8443");
    }
    if (endpoint == "invalid-list") {
        return QByteArray("https://app.example.com, https://b.example.com");
    }
    if (endpoint == "invalid-pattern") {
        return QByteArray("https://*.example.com");
    }
    if (endpoint == "clean-none") {
        return std::nullopt;
    }
    // clean, no-vary, no-cors-errors, preflight-*: an exact allow-list.
    return when(origin == app || origin == "https://admin.example.com");
}

} // namespace

HttpResponse MisconfiguredServer::answer(const HttpRequest &request)
{
    // "cached": an exact allow-list without Vary behind a cache that keys on the URL alone,
    // as a CDN does when Origin is not in its cache key.
    if (request.target.startsWith("/cached") && request.method == "GET") {
        const auto hit = m_cache.find(request.target);
        if (hit != m_cache.end()) {
            HttpResponse cached = hit->second;
            cached.headers.set("X-Cache", "Hit from cloudfront");
            cached.headers.append("Age", "5");
            return cached;
        }
        HttpResponse fresh = respond(request);
        m_cache.emplace(request.target, fresh);
        fresh.headers.append("X-Cache", "Miss from cloudfront");
        return fresh;
    }
    // "clean-static-strict": refuses any query string with a bare 400, as some APIs do.
    if (request.target.startsWith("/clean-static-strict?")) {
        HttpResponse refused;
        refused.status = 400;
        refused.body = "{\"message\":\"unknown query parameter\"}";
        return refused;
    }
    return respond(request);
}

namespace {

HttpResponse respond(const HttpRequest &request)
{
    const QByteArray path = request.target.left(
        request.target.indexOf('?') < 0 ? request.target.size() : request.target.indexOf('?'));
    const QList<QByteArray> segments = path.sliced(1).split('/');
    const QByteArray endpoint = segments.value(0);
    const bool missing = segments.size() > 1;
    const QByteArray origin = request.headers.get("Origin").value_or(QByteArray());
    const bool preflight =
        request.method == "OPTIONS" && request.headers.contains("Access-Control-Request-Method");

    HttpResponse response;
    response.status = missing ? 404 : preflight ? 204 : 200;
    const std::optional<QByteArray> allowed = allowOrigin(endpoint, origin);
    const bool corsOnThisResponse = !(missing && endpoint == "no-cors-errors");
    if (allowed && corsOnThisResponse) {
        response.headers.append("Access-Control-Allow-Origin", *allowed);
        if (endpoint == "reflect-credentials" || endpoint == "wildcard-credentials" ||
            (preflight && endpoint == "preflight-wildcard-credentials")) {
            response.headers.append("Access-Control-Allow-Credentials", "true");
        }
    }
    if ((!allowed || *allowed != "*") && endpoint != "no-vary" && endpoint != "clean-none" &&
        !endpoint.startsWith("clean-static") && endpoint != "cached") {
        response.headers.append("Vary", "Origin");
    }
    if (preflight && allowed) {
        const QByteArray method = request.headers.get("Access-Control-Request-Method").value();
        const QByteArray names =
            request.headers.get("Access-Control-Request-Headers").value_or(QByteArray());
        if (endpoint == "preflight-reflect") {
            response.headers.append("Access-Control-Allow-Methods", method);
            response.headers.append("Access-Control-Allow-Headers", names);
        } else if (endpoint == "preflight-wildcard-credentials") {
            response.headers.append("Access-Control-Allow-Methods", "*");
            response.headers.append("Access-Control-Allow-Headers", "*");
        } else if (endpoint == "authorization-any") {
            response.headers.append("Access-Control-Allow-Methods", "GET,POST");
            response.headers.append("Access-Control-Allow-Headers", "authorization,content-type");
        } else {
            response.headers.append("Access-Control-Allow-Methods", "GET,POST");
            response.headers.append("Access-Control-Allow-Headers", "content-type");
        }
    }
    response.headers.append("Content-Type", "application/json");
    response.body = missing ? "{\"message\":\"Not Found\"}" : "{\"ok\":true}";
    return response;
}

} // namespace

MisconfiguredServer::MisconfiguredServer()
    : m_server([this](const HttpRequest &request) { return answer(request); })
{}

bool MisconfiguredServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString MisconfiguredServer::url(const QString &endpoint) const
{
    return u"http://127.0.0.1:%1/%2"_s.arg(m_server.port()).arg(endpoint);
}

QList<std::pair<QString, QStringList>> MisconfiguredServer::endpoints()
{
    return {
        {u"reflect"_s, {u"reflected-origin"_s, u"null-origin"_s}},
        {u"reflect-credentials"_s, {u"reflected-origin"_s, u"null-origin"_s}},
        {u"null"_s, {u"null-origin"_s}},
        {u"prefix"_s, {u"prefix-match"_s, u"special-characters"_s}},
        {u"suffix"_s, {u"suffix-match"_s, u"any-subdomain"_s, u"http-origin-trusted"_s}},
        {u"dot"_s, {u"unescaped-dot"_s}},
        {u"substring"_s, {u"substring-match"_s}},
        {u"subdomain"_s, {u"any-subdomain"_s}},
        {u"http"_s, {u"http-origin-trusted"_s}},
        {u"third-party"_s, {u"third-party-origin"_s}},
        {u"special"_s, {u"special-characters"_s}},
        {u"wildcard-credentials"_s, {u"wildcard-with-credentials"_s}},
        {u"invalid-list"_s, {u"invalid-allow-origin"_s}},
        {u"invalid-pattern"_s, {u"invalid-allow-origin"_s}},
        {u"preflight-reflect"_s,
         {u"preflight-reflects-methods"_s, u"preflight-reflects-headers"_s}},
        {u"preflight-wildcard-credentials"_s, {u"wildcard-preflight-with-credentials"_s}},
        {u"authorization-any"_s, {u"wildcard-origin"_s, u"authorization-for-any-origin"_s}},
        {u"no-vary"_s, {u"missing-vary"_s}},
        {u"no-cors-errors"_s, {u"no-cors-on-errors"_s}},
        {u"wildcard"_s, {u"wildcard-origin"_s}},
        {u"cached"_s, {u"cached-origin"_s}},
        {u"http-twin"_s, {}}, // with this frontend; see TestScanner::httpTwinOfTheFrontend
        {u"clean"_s, {}},
        {u"clean-static"_s, {}},
        {u"clean-static-strict"_s, {}},
        {u"clean-none"_s, {}},
    };
}
