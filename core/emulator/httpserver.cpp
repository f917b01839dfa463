// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpserver.h"

#include "gateway.h"

#include <QDateTime>
#include <QLocale>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace cors::emulator {

namespace {

/// Keep-alive connections idle longer than this are closed.
constexpr int idleTimeoutMs = 30000;

/// RFC 9110 §5.6.7 IMF-fixdate.
QByteArray httpDate()
{
    return QLocale::c()
               .toString(QDateTime::currentDateTimeUtc(),
                         QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
               .toLatin1() +
           " GMT";
}

bool statusHasNoBody(int status)
{
    return status == 204 || status == 304 || (status >= 100 && status < 200);
}

} // namespace

HttpServer::HttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

HttpServer::~HttpServer() = default;

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

void HttpServer::close()
{
    m_server.close();
    const QList<QTcpSocket *> sockets = findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        socket->abort();
        socket->deleteLater();
    }
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (m_connections >= maxConnections) {
            refuse(socket, 503, "Too many open connections.");
            continue;
        }
        ++m_connections;
        connect(socket, &QObject::destroyed, this, [this]() { --m_connections; });
        auto *idle = new QTimer(socket);
        idle->setSingleShot(true);
        idle->setInterval(idleTimeoutMs);
        connect(idle, &QTimer::timeout, socket, &QTcpSocket::disconnectFromHost);
        idle->start();
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, idle, buffer]() {
            *buffer += socket->readAll();
            idle->start();
            if (!serveBuffered(socket, *buffer)) {
                socket->disconnectFromHost();
            }
        });
    }
}

bool HttpServer::serveBuffered(QTcpSocket *socket, QByteArray &buffer)
{
    while (true) {
        const ParsedRequest parsed = parseRequest(buffer);
        switch (parsed.status) {
        case ParsedRequest::Status::Incomplete:
            return true;
        case ParsedRequest::Status::Error:
            buffer.clear();
            refuse(socket, parsed.errorStatus, parsed.error);
            return false;
        case ParsedRequest::Status::Complete:
            break;
        }
        buffer.remove(0, parsed.consumed);
        const HttpResponse response = m_handler(parsed.request);
        send(socket, parsed.request.method, response, parsed.keepAlive);
        if (!parsed.keepAlive) {
            return false;
        }
    }
}

void HttpServer::send(QTcpSocket *socket, const QByteArray &method, const HttpResponse &response,
                      bool keepAlive)
{
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                       reasonPhrase(response.status) + "\r\n";
    for (const fetch::Header &header : response.headers.headers()) {
        // A value that could split the response is never written (response splitting).
        if (fetch::isTokenBytes(header.name) && fetch::isValidHeaderValue(header.value) &&
            !fetch::equalsIgnoringAsciiCase(header.name, "Content-Length") &&
            !fetch::equalsIgnoringAsciiCase(header.name, "Connection")) {
            bytes += header.name + ": " + header.value + "\r\n";
        }
    }
    bytes += "Date: " + httpDate() + "\r\n";
    const bool noBody = statusHasNoBody(response.status);
    if (!noBody) {
        bytes += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    }
    bytes += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    bytes += "\r\n";
    if (!noBody && method != "HEAD") {
        bytes += response.body;
    }
    socket->write(bytes);
}

void HttpServer::refuse(QTcpSocket *socket, int status, const QByteArray &why)
{
    HttpResponse response;
    response.status = status;
    response.headers.append("Content-Type", "text/plain; charset=utf-8");
    response.body = why + '\n';
    send(socket, "GET", response, false);
    socket->disconnectFromHost();
}

} // namespace cors::emulator
