// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkRequest>

#include <chrono>

class QNetworkAccessManager;

namespace cors::probe {

/// A request that carries no state from earlier ones, for the prober and the scanner: redirects
/// are returned rather than followed, nothing is read from or stored in a cache, no cookies and
/// no remembered credentials are sent; `timeout` bounds the transfer.
QNetworkRequest statelessRequest(const QUrl &url, std::chrono::milliseconds timeout);

/// The same for a manager: no cookie jar contents, manual redirects.
void makeStateless(QNetworkAccessManager &manager);

} // namespace cors::probe
