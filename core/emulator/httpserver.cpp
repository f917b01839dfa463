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

enum class ParseStatus
{
    Incomplete,
    Complete,
    Error,
};

struct Parsed
{
    ParseStatus status = ParseStatus::Incomplete;
    HttpRequest request;
    bool keepAlive = true;
    qsizetype consumed = 0; ///< bytes of the buffer this request used
    int errorStatus = 400;
    QByteArray error;
};

Parsed failure(int status, QByteArray why)
{
    Parsed parsed;
    parsed.status = ParseStatus::Error;
    parsed.errorStatus = status;
    parsed.error = std::move(why);
    return parsed;
}

bool hasConnectionOption(const fetch::HeaderList &headers, QByteArrayView option)
{
    const QList<QByteArray> options =
        fetch::splitListValues(headers.get("Connection").value_or(QByteArray()));
    return std::any_of(options.begin(), options.end(), [option](const QByteArray &value) {
        return fetch::equalsIgnoringAsciiCase(value, option);
    });
}

/// RFC 9112 §3 request-target in origin-form (or "*" for OPTIONS): visible ASCII only.
bool isValidTarget(QByteArrayView target)
{
    if (target.isEmpty() || (target.front() != '/' && target != "*")) {
        return false;
    }
    return std::all_of(target.begin(), target.end(), [](char c) { return c > 0x20 && c < 0x7f; });
}

/// Parses the first request in `buffer` (RFC 9112 §2–§6).
Parsed parseRequest(const QByteArray &buffer)
{
    // §2.2: a server SHOULD ignore at least one empty line received before the request-line.
    qsizetype start = 0;
    while (buffer.mid(start, 2) == "\r\n") {
        start += 2;
    }
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n", start);
    if (headEnd < 0) {
        if (buffer.size() - start > HttpServer::maxHeaderBytes) {
            return failure(431, "The request's header block is larger than 64 KiB.");
        }
        return {};
    }
    if (headEnd - start > HttpServer::maxHeaderBytes) {
        return failure(431, "The request's header block is larger than 64 KiB.");
    }

    const QList<QByteArray> lines = buffer.mid(start, headEnd - start).split('\n');
    Parsed parsed;
    HttpRequest &request = parsed.request;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (!line.endsWith('\r') && i + 1 < lines.size()) {
            return failure(400, "A line ends with a bare LF; HTTP lines end with CRLF.");
        }
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        if (i == 0) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() != 3 || !fetch::isTokenBytes(parts[0]) || !isValidTarget(parts[1])) {
                return failure(400, "Malformed request line: expected 'METHOD /path HTTP/1.1'.");
            }
            if (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0") {
                return failure(505, "Only HTTP/1.1 and HTTP/1.0 are supported.");
            }
            request.method = parts[0];
            request.target = parts[1];
            parsed.keepAlive = parts[2] == "HTTP/1.1";
            continue;
        }
        if (line.startsWith(' ') || line.startsWith('\t')) {
            // §5.2: obsolete line folding is rejected.
            return failure(400, "Folded header lines (obs-fold) are not accepted.");
        }
        const qsizetype colon = line.indexOf(':');
        // §5.1: no whitespace between the field name and the colon.
        if (colon <= 0 || !fetch::isTokenBytes(QByteArrayView(line).first(colon))) {
            return failure(400, "Malformed header line: expected 'Name: value'.");
        }
        const QByteArray value =
            fetch::normaliseHeaderValue(QByteArrayView(line).sliced(colon + 1));
        if (value.contains('\0')) {
            return failure(400, "A header value contains a NUL byte.");
        }
        request.headers.append(line.first(colon), value);
    }

    // §3.2: exactly one Host header in an HTTP/1.1 request.
    if (parsed.keepAlive && request.headers.count("Host") != 1) {
        return failure(400, "An HTTP/1.1 request needs exactly one Host header.");
    }
    if (request.headers.contains("Transfer-Encoding")) {
        return failure(501, "Transfer-Encoding is not supported; send a Content-Length.");
    }
    qsizetype length = 0;
    if (const auto values = request.headers.get("Content-Length")) {
        // §6.3: repeated Content-Length values must agree.
        const QList<QByteArray> lengths = fetch::splitListValues(*values);
        for (const QByteArray &text : lengths) {
            const bool digits =
                !text.isEmpty() && text.size() <= 12 &&
                std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
            if (!digits || (text != lengths.first())) {
                return failure(400, "Invalid Content-Length.");
            }
        }
        length = lengths.isEmpty() ? -1 : lengths.first().toLongLong();
        if (length < 0) {
            return failure(400, "Invalid Content-Length.");
        }
        if (length > HttpServer::maxBodyBytes) {
            return failure(413, "The body is larger than 10 MiB, API Gateway's payload limit.");
        }
    }
    const qsizetype bodyStart = headEnd + 4;
    if (buffer.size() - bodyStart < length) {
        return {};
    }
    request.body = buffer.mid(bodyStart, length);
    parsed.consumed = bodyStart + length;
    if (hasConnectionOption(request.headers, "close")) {
        parsed.keepAlive = false;
    } else if (!parsed.keepAlive && hasConnectionOption(request.headers, "keep-alive")) {
        parsed.keepAlive = true;
    }
    parsed.status = ParseStatus::Complete;
    return parsed;
}

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
        const Parsed parsed = parseRequest(buffer);
        switch (parsed.status) {
        case ParseStatus::Incomplete:
            return true;
        case ParseStatus::Error:
            buffer.clear();
            refuse(socket, parsed.errorStatus, parsed.error);
            return false;
        case ParseStatus::Complete:
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
