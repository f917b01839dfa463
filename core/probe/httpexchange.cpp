// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpexchange.h"

#include <QCoreApplication>
#include <QSslError>
#include <QSslSocket>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace cors::probe {

namespace {

class ExchangeText
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeText)
};

constexpr qint64 readChunk = 64 * 1024;

bool isHttps(const QUrl &url)
{
    return url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0;
}

bool viaHttpProxy(const ExchangeOptions &options, const QUrl &url)
{
    return options.proxy.type() == QNetworkProxy::HttpProxy && !isHttps(url);
}

QString seconds(std::chrono::milliseconds timeout)
{
    return QString::number(double(timeout.count()) / 1000.0);
}

fetch::CorsErrorCode codeOf(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return fetch::CorsErrorCode::ConnectionRefused;
    case QAbstractSocket::HostNotFoundError:
        return fetch::CorsErrorCode::HostNotFound;
    case QAbstractSocket::SocketTimeoutError:
        return fetch::CorsErrorCode::Timeout;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return fetch::CorsErrorCode::TlsError;
    default:
        return fetch::CorsErrorCode::NetworkError;
    }
}

bool validValue(const QByteArray &value)
{
    return !value.contains('\r') && !value.contains('\n') && !value.contains('\0');
}

} // namespace

std::chrono::milliseconds followUpTimeout(std::chrono::milliseconds timeout, qint64 elapsedMs)
{
    constexpr qint64 graceMs = 1500;
    constexpr qint64 floorMs = 250;
    const qint64 left = timeout.count() + graceMs - elapsedMs;
    return std::chrono::milliseconds(
        std::clamp(left, std::min(floorMs, qint64(timeout.count())), qint64(timeout.count())));
}

Expected<QByteArray> serializeRequest(const ExchangeRequest &request, bool absoluteForm)
{
    const QUrl &url = request.url;
    QByteArray target =
        absoluteForm
            ? url.toEncoded(QUrl::RemoveUserInfo | QUrl::RemoveFragment)
            : url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (target.isEmpty() || (!absoluteForm && !target.startsWith('/'))) {
        target.prepend('/');
    }
    if (!fetch::isTokenBytes(request.method) || !validValue(target) || target.contains(' ')) {
        return fail(ExchangeText::tr("the request line \"%1 %2\" is not valid HTTP")
                        .arg(QString::fromLatin1(request.method), QString::fromLatin1(target)));
    }
    // RFC 9110 §7.2: Host carries the port when it is not the scheme's default.
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':')) {
        host = '[' + host + ']';
    }
    if (url.port() != -1) {
        host += ':' + QByteArray::number(url.port());
    }
    QByteArray bytes = request.method + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const fetch::Header &header : request.headers.headers()) {
        if (!fetch::isTokenBytes(header.name) || !validValue(header.value)) {
            return fail(ExchangeText::tr("the header \"%1\" cannot be sent: its name is not a "
                                         "token or its value has CR, LF or NUL")
                            .arg(QString::fromLatin1(header.name)));
        }
        bytes += header.name + ": " + header.value + "\r\n";
    }
    bytes += "Connection: close\r\n";
    if (request.body) {
        bytes += "Content-Length: " + QByteArray::number(request.body->size()) + "\r\n";
    }
    bytes += "\r\n";
    if (request.body) {
        bytes += *request.body;
    }
    return bytes;
}

HttpExchange::HttpExchange(QObject *parent)
    : QObject(parent)
{
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early
    connect(&m_deadline, &QTimer::timeout, this, &HttpExchange::onDeadline);
}

HttpExchange::~HttpExchange()
{
    abort();
}

void HttpExchange::start(const ExchangeRequest &request, const ExchangeOptions &options)
{
    abort();
    ++m_generation;
    m_options = options;
    m_reader = ResponseReader(options.limits, request.method == "HEAD");
    m_tlsErrors.clear();
    m_running = true;
    m_clock.start();
    m_deadline.start(options.timeout);

    const QString scheme = request.url.scheme().toLower();
    if ((scheme != u"http" && scheme != u"https") || request.url.host().isEmpty()) {
        failLater(ExchangeText::tr("%1 is not an http:// or https:// URL with a host")
                      .arg(request.url.toDisplayString()));
        return;
    }
    const Expected<QByteArray> bytes =
        serializeRequest(request, viaHttpProxy(options, request.url));
    if (!bytes) {
        failLater(bytes.error());
        return;
    }
    connectSocket(request.url);
    m_socket->write(*bytes); // buffered until the connection (and TLS) is up
}

void HttpExchange::failLater(const QString &message)
{
    // From the event loop, as every other outcome; a later start() makes this one stale.
    QMetaObject::invokeMethod(
        this,
        [this, message, generation = m_generation] {
            if (generation == m_generation) {
                finish(fetch::CorsErrorCode::NetworkError, message);
            }
        },
        Qt::QueuedConnection);
}

void HttpExchange::connectSocket(const QUrl &url)
{
    const bool tls = isHttps(url);
    QTcpSocket *socket = nullptr;
    if (tls) {
        auto *ssl = new QSslSocket(this);
        connect(ssl, &QSslSocket::sslErrors, this, [this, ssl](const QList<QSslError> &errors) {
            for (const QSslError &error : errors) {
                m_tlsErrors.append(error.errorString());
            }
            if (m_options.ignoreTlsErrors) {
                ssl->ignoreSslErrors();
            }
        });
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
    }
    m_socket = socket;
    // Bounded reads: Qt buffers at most this much; the rest waits in the kernel.
    socket->setReadBufferSize(readChunk);
    connect(socket, &QTcpSocket::readyRead, this, &HttpExchange::onReadyRead);
    connect(socket, &QTcpSocket::errorOccurred, this, &HttpExchange::onSocketError);
    connect(socket, &QTcpSocket::disconnected, this, &HttpExchange::onSocketError);

    const quint16 port = quint16(url.port(tls ? 443 : 80));
    if (viaHttpProxy(m_options, url)) {
        socket->setProxy(QNetworkProxy::NoProxy);
        socket->connectToHost(m_options.proxy.hostName(), m_options.proxy.port());
    } else {
        socket->setProxy(m_options.proxy);
        if (tls) {
            static_cast<QSslSocket *>(socket)->connectToHostEncrypted(url.host(), port);
        } else {
            socket->connectToHost(url.host(), port);
        }
    }
}

void HttpExchange::onReadyRead()
{
    while (m_running && m_socket && m_socket->bytesAvailable() > 0) {
        const QByteArray chunk = m_socket->read(readChunk);
        const ResponseReader::State state = m_reader.feed(chunk);
        if (state == ResponseReader::State::Done || state == ResponseReader::State::Invalid) {
            finishFromReader();
            return;
        }
    }
}

void HttpExchange::onSocketError()
{
    if (!m_running || !m_socket) {
        return;
    }
    onReadyRead(); // what arrived before the end still counts
    if (!m_running) {
        return;
    }
    const QAbstractSocket::SocketError error = m_socket->error();
    const bool closed = error == QAbstractSocket::RemoteHostClosedError ||
                        (error == QAbstractSocket::UnknownSocketError &&
                         m_socket->state() == QAbstractSocket::UnconnectedState);
    // The connection ended: the reader says what that means for the answer so far (and any
    // error once the headers are in only cuts the body short).
    if (closed || m_reader.hasHead()) {
        m_reader.endOfStream();
        finishFromReader();
        return;
    }
    QString detail = m_socket->errorString();
    if (!m_tlsErrors.isEmpty() && !m_options.ignoreTlsErrors) {
        detail = m_tlsErrors.join(u"; "_s);
    }
    if (m_options.proxy.type() != QNetworkProxy::NoProxy) {
        detail = ExchangeText::tr("through the proxy %1:%2: %3")
                     .arg(m_options.proxy.hostName())
                     .arg(m_options.proxy.port())
                     .arg(detail);
    }
    finish(codeOf(error), detail);
}

void HttpExchange::onDeadline()
{
    if (!m_running) {
        return;
    }
    onReadyRead();
    if (!m_running) {
        return;
    }
    if (m_reader.hasHead()) {
        finish(std::nullopt, ExchangeText::tr("the headers arrived but the body did not finish "
                                              "within %1 s; the verdict comes from the headers")
                                 .arg(seconds(m_options.timeout)));
        return;
    }
    finish(fetch::CorsErrorCode::Timeout,
           m_reader.receivedAnything()
               ? ExchangeText::tr("the response headers did not finish within %1 s")
                     .arg(seconds(m_options.timeout))
               : ExchangeText::tr("no response within %1 s").arg(seconds(m_options.timeout)));
}

void HttpExchange::finishFromReader()
{
    switch (m_reader.problem()) {
    case ResponseReader::Problem::None:
        finish(std::nullopt, QString());
        return;
    case ResponseReader::Problem::BadBodyFraming:
        finish(std::nullopt,
               ExchangeText::tr("%1; the verdict comes from the headers").arg(m_reader.error()));
        return;
    case ResponseReader::Problem::HeadersTooLarge:
        finish(fetch::CorsErrorCode::HeadersTooLarge, m_reader.error());
        return;
    case ResponseReader::Problem::NotHttp:
        finish(fetch::CorsErrorCode::InvalidResponse, m_reader.error());
        return;
    case ResponseReader::Problem::EndedEarly:
        finish(fetch::CorsErrorCode::ConnectionReset, m_reader.error());
        return;
    }
}

void HttpExchange::finish(std::optional<fetch::CorsErrorCode> failure, const QString &message)
{
    if (!m_running) {
        return;
    }
    m_running = false;
    m_deadline.stop();
    ExchangeResult result;
    result.failure = failure;
    result.message = message;
    result.elapsedMs = m_clock.elapsed();
    result.tlsErrors = m_tlsErrors;
    if (!failure) {
        result.status = m_reader.status();
        result.reasonPhrase = m_reader.reasonPhrase();
        result.headers = m_reader.headers();
        result.body = m_reader.body();
        result.bodyTruncated = m_reader.bodyTruncated();
        result.bodyComplete = m_reader.bodyComplete();
    }
    dropSocket();
    m_reader = ResponseReader();
    Q_EMIT finished(result);
}

void HttpExchange::abort()
{
    m_running = false;
    m_deadline.stop();
    dropSocket();
}

void HttpExchange::dropSocket()
{
    if (QTcpSocket *socket = m_socket) {
        m_socket.clear();
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

} // namespace cors::probe
