// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>

#include <functional>

/// A request as the scripted server received it.
struct ReceivedRequest
{
    QByteArray method;
    QByteArray target; ///< path and query
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const; ///< first value, or null
    bool hasHeader(QByteArrayView name) const;
};

/// A tiny HTTP/1.1 server on 127.0.0.1 for tests: every request is handed to a callback that
/// returns the raw response head ("STATUS\nName: value\n..."); header lines are written exactly
/// as scripted (padding and duplicates included). One request per connection.
class ScriptedServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<QByteArray(const ReceivedRequest &)>;

    explicit ScriptedServer(Handler handler, QObject *parent = nullptr);
    bool listen(); ///< on 127.0.0.1, a free port
    quint16 port() const { return m_server.serverPort(); }
    QByteArray origin() const; ///< "http://127.0.0.1:PORT"

    const QList<ReceivedRequest> &received() const { return m_received; }
    void clearReceived() { m_received.clear(); }

    /// Turns a script into response bytes: "STATUS\nName: value\n...\n\nBODY" (an empty line
    /// starts the body). Adds Content-Length and Connection: close.
    static QByteArray responseBytes(const QByteArray &script);

private:
    void onConnection();

    QTcpServer m_server;
    Handler m_handler;
    QList<ReceivedRequest> m_received;
};
