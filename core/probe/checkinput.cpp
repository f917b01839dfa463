// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkinput.h"

#include "http/origin.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cors::probe {

namespace {

class CheckInputText
{
    Q_DECLARE_TR_FUNCTIONS(CheckInputText)
};

} // namespace

Expected<fetch::FetchInit, QList<CheckInputError>> parseCheckInput(const CheckInput &input)
{
    QList<CheckInputError> errors;
    fetch::FetchInit init;
    if (const Expected<QUrl> url = parseUrlField(input.url)) {
        init.url = *url;
    } else {
        errors.append({CheckInputField::Url, url.error()});
    }
    if (const Expected<QByteArray> origin = parseOriginField(input.origin)) {
        init.origin = *origin;
    } else {
        errors.append({CheckInputField::Origin, origin.error()});
    }
    init.method = input.method.toLatin1();
    for (const QString &line : input.headerLines) {
        if (line.trimmed().isEmpty()) {
            continue;
        }
        if (const Expected<fetch::Header> header = parseHeaderField(line)) {
            init.headers.append(*header);
        } else {
            errors.append({CheckInputField::Headers, header.error()});
        }
    }
    init.credentials = input.credentials;
    if (input.body) {
        init.body = input.body->toUtf8();
    }
    init.browser = input.browser;
    if (!errors.isEmpty()) {
        return fail(errors);
    }
    return init;
}

Expected<QUrl> parseUrlField(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        return fail(
            CheckInputText::tr("is empty; give the endpoint to call, e.g. "
                               "https://abc123.execute-api.eu-west-1.amazonaws.com/prod/items."));
    }
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (const auto error = fetch::checkUrl(url);
        error && *error != fetch::CorsErrorCode::UrlContainsCredentials) {
        return fail(
            CheckInputText::tr("'%1' is not an absolute http:// or https:// URL.").arg(text));
    }
    return url;
}

Expected<QByteArray> parseOriginField(const QString &text)
{
    if (text.isEmpty()) {
        return fail(CheckInputText::tr("is empty; give the origin of the page that calls the "
                                       "API, e.g. https://app.example.com."));
    }
    const http::ParsedOrigin parsed = http::parseOrigin(text);
    if (parsed.form == http::OriginForm::Null) {
        return QByteArrayLiteral("null");
    }
    if (parsed.form != http::OriginForm::Tuple) {
        return fail(CheckInputText::tr("'%1' is not an origin; give the page's origin as a "
                                       "browser sends it, e.g. https://app.example.com.")
                        .arg(text));
    }
    const QString serialized = parsed.serialization();
    if (serialized != text) {
        return fail(CheckInputText::tr("'%1' is not what a browser sends; use '%2'.")
                        .arg(text, serialized));
    }
    return serialized.toLatin1();
}

Expected<fetch::Header> parseHeaderField(const QString &line)
{
    const qsizetype colon = line.indexOf(u':');
    if (colon <= 0 || line.first(colon).trimmed().isEmpty()) {
        return fail(CheckInputText::tr("'%1' needs the form \"Name: value\".").arg(line));
    }
    return fetch::Header{line.first(colon).trimmed().toLatin1(),
                         line.sliced(colon + 1).trimmed().toUtf8()};
}

Expected<QNetworkProxy> parseProxyField(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || url.port() < 1 ||
        (scheme != u"http" && scheme != u"socks5") ||
        (!url.path().isEmpty() && url.path() != u"/")) {
        return fail(CheckInputText::tr("'%1' is not a proxy URL: write http://HOST:PORT or "
                                       "socks5://HOST:PORT, e.g. http://127.0.0.1:8080.")
                        .arg(text));
    }
    return QNetworkProxy(scheme == u"http" ? QNetworkProxy::HttpProxy : QNetworkProxy::Socks5Proxy,
                         url.host(), quint16(url.port()), url.userName(), url.password());
}

} // namespace cors::probe
