// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace cors::fetch {

namespace {
QString text(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes); // header bytes are Latin-1, decoded isomorphically
}

QJsonArray headersToJson(const HeaderList &headers)
{
    QJsonArray array;
    for (const Header &header : headers.headers()) {
        array.append(QJsonArray{text(header.name), text(header.value)});
    }
    return array;
}

QJsonObject messageToJson(const Message &message)
{
    QJsonObject object{
        {u"startLine"_s, text(message.startLine)},
        {u"url"_s, QString::fromUtf8(message.url.toEncoded())},
        {u"headers"_s, headersToJson(message.headers)},
    };
    object.insert(u"elapsedMs"_s,
                  message.elapsedMs < 0 ? QJsonValue() : QJsonValue(message.elapsedMs));
    if (!message.body.isEmpty() || message.bodyTruncated) {
        object.insert(u"body"_s, QString::fromUtf8(message.body));
        object.insert(u"bodyTruncated"_s, message.bodyTruncated);
    }
    if (!message.transferNote.isEmpty()) {
        object.insert(u"transferNote"_s, message.transferNote);
    }
    return object;
}

QJsonObject stepToJson(const Step &step)
{
    QJsonArray messages;
    for (const Message &message : step.messages) {
        messages.append(messageToJson(message));
    }
    return {
        {u"number"_s, static_cast<int>(step.kind) + 1},
        {u"id"_s, stepKey(step.kind)},
        {u"title"_s, stepTitle(step.kind)},
        {u"state"_s, stepStateKey(step.state)},
        {u"reason"_s, step.reason},
        {u"fix"_s, step.fix.isEmpty() ? QJsonValue() : QJsonValue(step.fix)},
        {u"messages"_s, messages},
    };
}
} // namespace

QJsonObject flowToJson(const FetchInit &init, const FlowResult &result)
{
    QJsonArray steps;
    for (const Step &step : result.steps) {
        steps.append(stepToJson(step));
    }
    QJsonValue error;
    if (result.error) {
        error = QJsonObject{
            {u"code"_s, corsErrorKey(result.error->code)},
            {u"message"_s, result.error->message},
            {u"fix"_s, result.error->fix},
        };
    }
    QJsonObject exposed;
    for (const Header &header : result.exposedHeaders.headers()) {
        exposed.insert(text(header.name), text(header.value));
    }
    QJsonArray hidden;
    for (const QByteArray &name : result.hiddenHeaders) {
        hidden.append(text(name));
    }
    return {
        {u"url"_s, QString::fromUtf8(init.url.toEncoded())},
        {u"origin"_s, text(init.origin)},
        {u"method"_s, text(init.method)},
        {u"browser"_s, browserKey(init.browser)},
        {u"credentials"_s, init.credentials},
        {u"allowed"_s, result.allowed},
        {u"preflight"_s, result.preflightSent},
        {u"actualRequest"_s, result.actualSent},
        {u"error"_s, error},
        {u"warnings"_s, QJsonArray::fromStringList(result.warnings)},
        {u"status"_s, result.status == 0 ? QJsonValue() : QJsonValue(result.status)},
        {u"exposedHeaders"_s, exposed},
        {u"hiddenHeaders"_s, hidden},
        {u"preflightMaxAge"_s,
         result.preflightMaxAge ? QJsonValue(*result.preflightMaxAge) : QJsonValue()},
        {u"redirects"_s, result.redirects},
        {u"steps"_s, steps},
    };
}

} // namespace cors::fetch
