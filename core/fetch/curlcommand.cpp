// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "curlcommand.h"

using namespace Qt::StringLiterals;

namespace cors::fetch {

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString curlCommand(const QByteArray &method, const QUrl &url, const HeaderList &headers,
                    const std::optional<QByteArray> &body)
{
    QStringList parts{u"curl"_s, u"-i"_s};
    if (method == "HEAD") {
        parts.append(u"--head"_s); // -X HEAD would wait for a body that never comes
    } else {
        parts.append({u"-X"_s, shellQuote(QString::fromLatin1(method))});
    }
    for (const Header &header : headers.headers()) {
        // "Name;" is curl's way to send a header with an empty value.
        QString line = QString::fromLatin1(header.name);
        line += header.value.isEmpty() ? u";"_s : u": "_s + QString::fromUtf8(header.value);
        parts.append({u"-H"_s, shellQuote(line)});
    }
    if (body) {
        parts.append({u"--data-raw"_s, shellQuote(QString::fromUtf8(*body))});
    }
    parts.append(shellQuote(QString::fromUtf8(url.toEncoded())));
    return parts.join(u' ');
}

QStringList curlCommands(const FetchInit &init, const FlowResult &result)
{
    QStringList commands;
    for (const StepKind kind : {StepKind::BrowserPreflight, StepKind::BrowserActualRequest}) {
        for (const Message &message : result.step(kind).messages) {
            const QByteArray method = message.startLine.left(message.startLine.indexOf(' '));
            // The page's body goes with the actual request; a 303 (or a POST turned GET by
            // 301/302) drops it, and a preflight never has one.
            const bool withBody = kind == StepKind::BrowserActualRequest && init.body &&
                                  method != "GET" && method != "HEAD";
            commands.append(curlCommand(method, message.url, message.headers,
                                        withBody ? init.body : std::nullopt));
        }
    }
    return commands;
}

} // namespace cors::fetch
