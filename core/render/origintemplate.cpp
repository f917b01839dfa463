// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "origintemplate.h"

#include "escape.h"

using namespace Qt::StringLiterals;

namespace cors::render {

QString originSelectionTemplate(const QStringList &origins)
{
    if (origins.contains(u"*"_s)) {
        // A stage that allows every origin: the same template shape, a constant answer.
        return u"## CORS: every origin may read (allowOrigins has '*').\n"
               u"#set($context.responseOverride.header.Access-Control-Allow-Origin = '*')##\n"_s;
    }
    QStringList literals;
    literals.reserve(origins.size());
    for (const QString &origin : origins) {
        literals.append(vtlString(origin));
    }
    // Velocity 1.7 identifiers may contain '-', so the header name is written as it is.
    return u"## CORS: echo the request's Origin only when it is exactly an allowed origin.\n"
           u"#set($allowedOrigins = ["_s +
           literals.join(u", "_s) +
           u"])##\n"
           u"#set($origin = '')##\n"
           u"#set($headers = $input.params().header)##\n"
           u"#foreach($name in $headers.keySet())##\n"
           u"#if($name.toLowerCase() == 'origin')#set($origin = $headers.get($name))#end##\n"
           u"#end##\n"
           u"#if($allowedOrigins.contains($origin))##\n"
           u"#set($context.responseOverride.header.Access-Control-Allow-Origin = $origin)##\n"
           u"#end##\n"_s;
}

std::optional<QStringList> originsOfSelectionTemplate(const QString &text)
{
    QString normalized = text;
    normalized.replace(u"\r\n"_s, u"\n"_s);
    if (normalized == originSelectionTemplate({u"*"_s})) {
        return QStringList{u"*"_s};
    }
    const QString start = u"#set($allowedOrigins = ["_s;
    qsizetype at = normalized.indexOf(start);
    if (at < 0) {
        return std::nullopt;
    }
    at += start.size();
    // Velocity 1.7 single-quoted literals, quotes doubled, separated by ", ".
    QStringList origins;
    while (at < normalized.size() && normalized.at(at) == u'\'') {
        QString origin;
        for (++at; at < normalized.size(); ++at) {
            if (normalized.at(at) == u'\'') {
                if (at + 1 < normalized.size() && normalized.at(at + 1) == u'\'') {
                    origin += u'\'';
                    ++at;
                    continue;
                }
                break;
            }
            origin += normalized.at(at);
        }
        origins.append(origin);
        at += normalized.mid(at + 1, 2) == u", " ? 3 : 1;
    }
    if (originSelectionTemplate(origins) != normalized) {
        return std::nullopt;
    }
    return origins;
}

std::optional<QString> selectedOrigin(const QStringList &origins,
                                      const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    if (origins.contains(u"*"_s)) {
        return u"*"_s;
    }
    QString origin;
    for (const auto &[name, value] : headers) {
        if (name.compare("origin", Qt::CaseInsensitive) == 0) {
            origin = QString::fromUtf8(value);
        }
    }
    if (!origin.isEmpty() && origins.contains(origin)) {
        return origin;
    }
    return std::nullopt;
}

} // namespace cors::render
