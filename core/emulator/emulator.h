// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway.h"
#include "httpserver.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

namespace cors::emulator {

/// One request the emulator answered, for the log on stderr and in the GUI.
struct LogEntry
{
    QDateTime time;
    QByteArray method;
    QByteArray target;
    QString origin; ///< empty when the request had no Origin header
    int status = 0;
    Verdict verdict = Verdict::NoCorsHeaders;
    QString route; ///< the route that matched ("GET /items/{id}"), empty when none did
    QString outcome;
};

/// "14:02:31 OPTIONS /items origin=https://app.example.com → 204 [OPTIONS /items] preflight
/// answered ...".
QString formatLogEntry(const LogEntry &entry);

/// A local stand-in for API Gateway: an HTTP server whose every answer is gateway::answer() for
/// the current configuration. The configuration can change while it runs (the GUI's form).
class Emulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Emulator)

public:
    explicit Emulator(const CorsConfig &config, QObject *parent = nullptr);

    /// Listens on `address`:`port` (0 picks a free port); false with errorString() on failure.
    bool start(const QHostAddress &address, quint16 port);
    void stop();
    bool isRunning() const { return m_server.isListening(); }
    QString errorString() const { return m_server.errorString(); }
    /// "http://127.0.0.1:PORT" (IPv6 addresses in brackets); empty when not running.
    QUrl url() const;

    const CorsConfig &config() const { return m_config; }
    /// Answers later requests with `config`, which must be valid.
    void setConfig(const CorsConfig &config) { m_config = config; }

Q_SIGNALS:
    void requestHandled(const cors::emulator::LogEntry &entry);

private:
    HttpResponse handle(const HttpRequest &request);

    CorsConfig m_config;
    HttpServer m_server;
};

} // namespace cors::emulator
