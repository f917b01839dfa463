// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fetch/headerlist.h"
#include "httprequestparser.h"

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace cors::emulator {

/// A small HTTP/1.1 server (RFC 9112) for the emulator: any token as method (API Gateway's
/// clients send custom verbs too), header lines kept as received, keep-alive and pipelining,
/// Content-Length bodies. It refuses what it does not support with the right status instead
/// of guessing: 400 malformed, 413 body over 10 MiB (API Gateway's payload limit), 431 header
/// block over 64 KiB, 501 Transfer-Encoding, 505 other HTTP versions.
///
/// Qt's QHttpServer (6.4, a technology preview then) routes only the methods it knows and hides
/// repeated header lines, both of which the emulator must see, hence this class.
class HttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit HttpServer(Handler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    /// Port 0 picks a free port. On failure errorString() says why.
    bool listen(const QHostAddress &address, quint16 port);
    void close();
    bool isListening() const { return m_server.isListening(); }
    QHostAddress address() const { return m_server.serverAddress(); }
    quint16 port() const { return m_server.serverPort(); }
    QString errorString() const { return m_server.errorString(); }

    static constexpr int maxConnections = 256;

private:
    void onNewConnection();
    /// Parses and answers every complete request in `buffer` (the bytes received on the
    /// connection and not yet used); false once the connection is to be closed.
    bool serveBuffered(QTcpSocket *socket, QByteArray &buffer);
    void send(QTcpSocket *socket, const QByteArray &method, const HttpResponse &response,
              bool keepAlive);
    void refuse(QTcpSocket *socket, int status, const QByteArray &why);

    QTcpServer m_server;
    Handler m_handler;
    int m_connections = 0;
};

} // namespace cors::emulator
