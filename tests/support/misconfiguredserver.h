// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "emulator/httpserver.h"

#include <QStringList>

#include <map>

/// A loopback API with one endpoint per CORS misconfiguration the scanner knows, and clean ones,
/// for the scanner's tests and benchmark. The legitimate frontend is https://app.example.com.
/// The first path segment names the endpoint (/prefix, /clean, ...); deeper paths are the same
/// endpoint's 404.
class MisconfiguredServer
{
public:
    static constexpr char frontend[] = "https://app.example.com";

    MisconfiguredServer();
    bool listen(); ///< on 127.0.0.1, a free port
    QString url(const QString &endpoint) const;

    /// Every endpoint with the finding classes (keys) a scan must report for it.
    static QList<std::pair<QString, QStringList>> endpoints();

private:
    cors::emulator::HttpResponse answer(const cors::emulator::HttpRequest &request);

    std::map<QByteArray, cors::emulator::HttpResponse> m_cache; ///< the "cached" endpoint's
    cors::emulator::HttpServer m_server;
};
