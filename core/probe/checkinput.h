// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/expected.h"
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

/// Turns the text into what fetch() is called with, or every input that is wrong. The URL must be
/// absolute http(s) (a URL with user:password@ passes: fetch() throws for it and the check reports
/// that); the origin must be exactly what a browser sends (or `null`). The method is kept as typed:
/// fetch() judges it.
Expected<fetch::FetchInit, QList<CheckInputError>> parseCheckInput(const CheckInput &input);

// The field checks parseCheckInput() uses, for other commands that take the same inputs
// (`corscfg scan`): each returns the parsed value or the error message.
Expected<QUrl> parseUrlField(const QString &text);
Expected<QByteArray> parseOriginField(const QString &text);
Expected<fetch::Header> parseHeaderField(const QString &line);
/// "http://HOST:PORT" (an HTTP proxy: CONNECT for https://) or "socks5://HOST:PORT".
Expected<QNetworkProxy> parseProxyField(const QString &text);

} // namespace cors::probe
