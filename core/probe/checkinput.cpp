// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkinput.h"

#include "http/origin.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cors::probe {

namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(CheckInput)

public:
    static std::optional<QString> urlError(const QString &text, QUrl *url)
    {
        *url = QUrl(text.trimmed(), QUrl::StrictMode);
        if (text.trimmed().isEmpty()) {
            return tr("is empty; give the endpoint to call, e.g. "
                      "https://abc123.execute-api.eu-west-1.amazonaws.com/prod/items.");
        }
        if (const auto error = fetch::checkUrl(*url);
            error && *error != fetch::CorsErrorCode::UrlContainsCredentials) {
            return tr("'%1' is not an absolute http:// or https:// URL.").arg(text);
        }
        return std::nullopt;
    }

    static std::optional<QString> originError(const QString &text, QByteArray *origin)
    {
        if (text.isEmpty()) {
            return tr("is empty; give the origin of the page that calls the API, e.g. "
                      "https://app.example.com.");
        }
        const http::ParsedOrigin parsed = http::parseOrigin(text);
        if (parsed.form == http::OriginForm::Null) {
            *origin = "null";
            return std::nullopt;
        }
        if (parsed.form != http::OriginForm::Tuple) {
            return tr("'%1' is not an origin; give the page's origin as a browser sends it, "
                      "e.g. https://app.example.com.")
                .arg(text);
        }
        const QString serialised = parsed.serialisation();
        if (serialised != text) {
            return tr("'%1' is not what a browser sends; use '%2'.").arg(text, serialised);
        }
        *origin = serialised.toLatin1();
        return std::nullopt;
    }

    static QString headerError(const QString &line)
    {
        return tr("'%1' needs the form \"Name: value\".").arg(line);
    }
};

} // namespace

ParsedCheckInput parseCheckInput(const CheckInput &input)
{
    ParsedCheckInput parsed;
    fetch::FetchInit &init = parsed.init;
    if (const auto error = parseUrlField(input.url, &init.url)) {
        parsed.errors.append({CheckInputField::Url, *error});
    }
    if (const auto error = parseOriginField(input.origin, &init.origin)) {
        parsed.errors.append({CheckInputField::Origin, *error});
    }
    init.method = input.method.toLatin1();
    for (const QString &line : input.headerLines) {
        if (line.trimmed().isEmpty()) {
            continue;
        }
        fetch::Header header;
        if (const auto error = parseHeaderField(line, &header)) {
            parsed.errors.append({CheckInputField::Headers, *error});
            continue;
        }
        init.headers.append(header);
    }
    init.credentials = input.credentials;
    if (input.body) {
        init.body = input.body->toUtf8();
    }
    init.browser = input.browser;
    return parsed;
}

std::optional<QString> parseUrlField(const QString &text, QUrl *url)
{
    return Messages::urlError(text, url);
}

std::optional<QString> parseOriginField(const QString &text, QByteArray *origin)
{
    return Messages::originError(text, origin);
}

std::optional<QString> parseHeaderField(const QString &line, fetch::Header *header)
{
    const qsizetype colon = line.indexOf(u':');
    if (colon <= 0 || line.first(colon).trimmed().isEmpty()) {
        return Messages::headerError(line);
    }
    *header = {line.first(colon).trimmed().toLatin1(), line.sliced(colon + 1).trimmed().toUtf8()};
    return std::nullopt;
}

std::optional<QString> parseProxyField(const QString &text, QNetworkProxy *proxy)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || url.port() < 1 ||
        (scheme != u"http" && scheme != u"socks5") ||
        (!url.path().isEmpty() && url.path() != u"/")) {
        return Messages::tr("'%1' is not a proxy URL: write http://HOST:PORT or "
                            "socks5://HOST:PORT, e.g. http://127.0.0.1:8080.")
            .arg(text);
    }
    *proxy =
        QNetworkProxy(scheme == u"http" ? QNetworkProxy::HttpProxy : QNetworkProxy::Socks5Proxy,
                      url.host(), quint16(url.port()), url.userName(), url.password());
    return std::nullopt;
}

} // namespace cors::probe
