// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fetch/request.h"

#include <QList>
#include <QNetworkProxy>
#include <QString>
#include <QStringList>

#include <optional>

namespace cors::probe {

/// A request to check as a person describes it, in the tester tab or on `corscfg check`'s
/// command line: text, not yet bytes.
struct CheckInput
{
    QString url;
    QString origin;
    QString method = QStringLiteral("GET");
    QStringList headerLines; ///< "Name: value" each; blank lines are ignored
    bool credentials = false;
    std::optional<QString> body;
    fetch::Browser browser = fetch::Browser::Chromium;
};

enum class CheckInputField
{
    Url,
    Origin,
    Headers,
};

/// What is wrong with one input. `message` quotes the value and says what to write instead; it
/// does not name the field, so the CLI can prefix its option and the GUI its label.
struct CheckInputError
{
    CheckInputField field;
    QString message;
};

struct ParsedCheckInput
{
    fetch::FetchInit init; ///< complete when `errors` is empty
    QList<CheckInputError> errors;
    bool ok() const { return errors.isEmpty(); }
};

/// Turns the text into what fetch() is called with. The URL must be absolute http(s) (a URL with
/// user:password@ passes: fetch() throws for it and the check reports that); the origin must be
/// exactly what a browser sends (or `null`). The method is kept as typed: fetch() judges it.
ParsedCheckInput parseCheckInput(const CheckInput &input);

// The field checks parseCheckInput() uses, for other commands that take the same inputs
// (`corscfg scan`): each returns the error message, or nothing and the parsed value.
std::optional<QString> parseUrlField(const QString &text, QUrl *url);
std::optional<QString> parseOriginField(const QString &text, QByteArray *origin);
std::optional<QString> parseHeaderField(const QString &line, fetch::Header *header);
/// "http://HOST:PORT" (an HTTP proxy: CONNECT for https://) or "socks5://HOST:PORT".
std::optional<QString> parseProxyField(const QString &text, QNetworkProxy *proxy);

} // namespace cors::probe
