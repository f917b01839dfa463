// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flow.h"
#include "request.h"

#include <QString>
#include <QStringList>

namespace cors::fetch {

/// A POSIX shell command line that makes `curl` send one request exactly as the tester sent it:
/// method verbatim, every header, the body, `-i` to show the response headers, no redirects
/// followed (the browser judges each hop itself).
QString curlCommand(const QByteArray &method, const QUrl &url, const HeaderList &headers,
                    const std::optional<QByteArray> &body);

/// The requests a check sent (preflight, actual request and every redirect hop), as curl
/// command lines in the order they went out. Empty when nothing was sent.
QStringList curlCommands(const FetchInit &init, const FlowResult &result);

/// Quotes `text` for a POSIX shell: single quotes, with embedded ones as '\''.
QString shellQuote(const QString &text);

} // namespace cors::fetch
