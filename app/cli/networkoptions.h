// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/expected.h"

#include <QCommandLineOption>
#include <QNetworkProxy>

#include <chrono>

class QCommandLineParser;

namespace cors::cli {

/// `--timeout SECONDS` (default 10) and `--proxy URL`: one rule for check and scan.
class NetworkOptions
{
public:
    struct Values
    {
        std::chrono::milliseconds timeout;
        QNetworkProxy proxy; ///< NoProxy unless --proxy is given
    };

    /// `timeoutHelp` says what the seconds bound; `sent` names what goes through the proxy.
    NetworkOptions(const QString &timeoutHelp, const QString &sent);
    void addTo(QCommandLineParser &parser) const;
    /// The values, or the usage error: a timeout above 0 and at most 600 seconds, a proxy
    /// written http://HOST:PORT or socks5://HOST:PORT.
    Expected<Values> read(const QCommandLineParser &parser) const;

private:
    QCommandLineOption m_timeout;
    QCommandLineOption m_proxy;
};

} // namespace cors::cli
