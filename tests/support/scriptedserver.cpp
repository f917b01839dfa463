// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptedserver.h"

#include <QTcpSocket>

QByteArray ReceivedRequest::header(QByteArrayView name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0) {
            return pair.second;
        }
    }
    return {};
}

bool ReceivedRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

ScriptedServer::ScriptedServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedServer::onConnection);
}

bool ScriptedServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QByteArray ScriptedServer::origin() const
{
    return "http://127.0.0.1:" + QByteArray::number(port());
}

QByteArray ScriptedServer::responseBytes(const QByteArray &script)
{
    QByteArray head = script;
    QByteArray body;
    const qsizetype blank = script.indexOf("\n\n");
    if (blank >= 0) {
        head = script.first(blank);
        body = script.sliced(blank + 2);
    }
    const QList<QByteArray> lines = head.split('\n');
    const int status = lines.value(0).toInt();
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\n";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines[i].isEmpty()) {
            bytes += lines[i] + "\r\n";
        }
    }
    bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    bytes += "Connection: close\r\n\r\n";
    return bytes + body;
}

void ScriptedServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket]() {
            QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
            socket->setProperty("buffer", buffer);
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0 || socket->property("answered").toBool()) {
                return;
            }
            ReceivedRequest request;
            const QList<QByteArray> lines = buffer.first(end).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            request.method = requestLine.value(0);
            request.target = requestLine.value(1);
            qsizetype contentLength = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines[i].trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon > 0) {
                    request.headers.append({line.first(colon), line.sliced(colon + 1).trimmed()});
                    if (line.first(colon).compare("content-length", Qt::CaseInsensitive) == 0) {
                        contentLength = line.sliced(colon + 1).trimmed().toLongLong();
                    }
                }
            }
            if (buffer.size() < end + 4 + contentLength) {
                return; // the body is still coming
            }
            request.body = buffer.sliced(end + 4, contentLength);
            socket->setProperty("answered", true);
            m_received.append(request);
            socket->write(responseBytes(m_handler(request)));
            socket->disconnectFromHost();
        });
    }
}
