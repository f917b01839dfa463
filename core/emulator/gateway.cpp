// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway.h"

#include "gatewaydetail.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace cors::emulator {

namespace detail {

bool isPreflight(const HttpRequest &request)
{
    return request.method == "OPTIONS" && request.headers.contains("Origin") &&
           request.headers.contains("Access-Control-Request-Method");
}

QString requestOrigin(const HttpRequest &request)
{
    return QString::fromLatin1(request.headers.get("Origin").value_or(QByteArray()));
}

bool hasToken(const CorsConfig &config, const HttpRequest &request)
{
    const QByteArray name = config.authorizer.trimmed().toLatin1();
    return !fetch::normalizeHeaderValue(request.headers.get(name).value_or(QByteArray())).isEmpty();
}

bool hasApiKey(const HttpRequest &request)
{
    return !fetch::normalizeHeaderValue(request.headers.get("X-Api-Key").value_or(QByteArray()))
                .isEmpty();
}

QByteArray messageBody(const QString &message)
{
    return QJsonDocument(QJsonObject{{u"message"_s, message}}).toJson(QJsonDocument::Compact);
}

QByteArray backendBody(const HttpRequest &request)
{
    const qsizetype query = request.target.indexOf('?');
    const QByteArray path = query < 0 ? request.target : request.target.first(query);
    const QJsonObject body{
        {u"message"_s, u"Hello from the corscfg mock"_s},
        {u"method"_s, QString::fromLatin1(request.method)},
        {u"path"_s, QUrl::fromPercentEncoding(path)},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QString gatewayErrorMessage(int status)
{
    // The messages API Gateway's default gateway responses carry.
    switch (status) {
    case 401:
        return u"Unauthorized"_s;
    case 403:
        return u"Forbidden"_s;
    case 404:
        return u"Not Found"_s;
    case 413:
        return u"Request Too Long"_s;
    case 429:
        return u"Too Many Requests"_s;
    case 500:
    case 502:
        return u"Internal server error"_s;
    case 503:
        return u"Service Unavailable"_s;
    case 504:
        return u"Endpoint request timed out"_s;
    default:
        return QString::fromLatin1(reasonPhrase(status));
    }
}

} // namespace detail

GatewayResponse answer(const CorsConfig &config, const HttpRequest &request)
{
    // One deployed API answers: with several stages, the first (callers pick another with
    // CorsConfig::forStage()).
    const bool oneStage =
        config.stages.isEmpty() ||
        (config.stages.size() == 1 && config.stages.first().allowOrigins == config.allowOrigins);
    if (!oneStage) {
        return answer(config.forStage(config.stages.first()), request);
    }
    return config.apiType == ApiType::Rest ? detail::answerRest(config, request)
                                           : detail::answerHttp(config, request);
}

int requestedErrorStatus(QByteArrayView target)
{
    static constexpr QByteArrayView prefix = "/_status/";
    if (!target.startsWith(prefix)) {
        return 0;
    }
    QByteArrayView rest = target.sliced(prefix.size());
    const qsizetype end = rest.indexOf('?');
    if (end >= 0) {
        rest = rest.first(end);
    }
    if (rest.size() != 3) {
        return 0;
    }
    bool ok = false;
    const int status = rest.toInt(&ok);
    return ok && status >= 400 && status <= 599 ? status : 0;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return status >= 500 ? "Server Error" : status >= 400 ? "Client Error" : "Status";
    }
}

} // namespace cors::emulator
