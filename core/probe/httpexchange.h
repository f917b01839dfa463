// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/expected.h"
#include "fetch/corserror.h"
#include "fetch/headerlist.h"
#include "responsereader.h"

#include <QElapsedTimer>
#include <QNetworkProxy>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <optional>

class QTcpSocket;

namespace cors::probe {

/// One request as it goes on the wire. Nothing is added but Host, Connection: close and
/// Content-Length for a body: the caller sends what a browser would.
struct ExchangeRequest
{
    QByteArray method = "GET";
    QUrl url;
    fetch::HeaderList headers;
    std::optional<QByteArray> body;
};

struct ExchangeOptions
{
    /// Bounds the whole exchange: connecting, TLS, the head and the body.
    std::chrono::milliseconds timeout{10000};
    ReadLimits limits;
    /// Accept invalid certificates (recorded in ExchangeResult::tlsErrors).
    bool ignoreTlsErrors = false;
    /// An HTTP proxy gets http:// requests in absolute form and a CONNECT tunnel for https://
    /// (RFC 9112 §3.2.2, RFC 9110 §9.3.6); a SOCKS5 proxy tunnels both.
    QNetworkProxy proxy{QNetworkProxy::NoProxy};
};

struct ExchangeResult
{
    /// Set when no usable response arrived; `message` says what happened.
    std::optional<fetch::CorsErrorCode> failure;
    /// Why there is no response, or why its body is incomplete (the verdict then comes from the
    /// head alone); empty for a complete exchange.
    QString message;
    int status = 0;
    QByteArray reasonPhrase;
    fetch::HeaderList headers;
    QByteArray body; ///< at most ReadLimits::maxBodyBytes
    bool bodyTruncated = false;
    bool bodyComplete = false;
    QStringList tlsErrors; ///< certificate problems (ignored when ignoreTlsErrors was set)
    qint64 elapsedMs = 0;
};

/// Sends one HTTP/1.1 request over its own connection (plain or TLS, optionally through a
/// proxy) and reads the answer with a ResponseReader: bounded in time by
/// ExchangeOptions::timeout and in memory by its ReadLimits, whatever the server sends.
/// finished() is emitted exactly once per start(), unless abort() comes first.
class HttpExchange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpExchange)

public:
    explicit HttpExchange(QObject *parent = nullptr);
    ~HttpExchange() override;

    void start(const ExchangeRequest &request, const ExchangeOptions &options = {});
    /// Drops the connection without emitting finished().
    void abort();

Q_SIGNALS:
    void finished(const cors::probe::ExchangeResult &result);

private:
    void connectSocket(const QUrl &url);
    void failLater(const QString &message);
    void onReadyRead();
    void onSocketError();
    void onDeadline();
    void finishFromReader();
    void finish(std::optional<fetch::CorsErrorCode> failure, const QString &message);
    void dropSocket();

    ExchangeOptions m_options;
    ResponseReader m_reader;
    QPointer<QTcpSocket> m_socket;
    QElapsedTimer m_clock;
    QTimer m_deadline;
    QStringList m_tlsErrors;
    bool m_running = false;
    quint64 m_generation = 0; ///< one per start()
};

/// The time a request may take when it follows others of one check or one scanned endpoint
/// (the actual request after its preflight, a redirect's next hop, the probes after the
/// first): its own `timeout`, but no more than what is left of `timeout` plus 1.5 s since the
/// first one went out (and at least 250 ms), so slow answers one after another cannot add up:
/// the whole ends within the timeout plus 2 s.
std::chrono::milliseconds followUpTimeout(std::chrono::milliseconds timeout, qint64 elapsedMs);

/// The bytes of `request` as sent: request line (absolute form through an HTTP proxy), Host,
/// the headers, Connection: close, Content-Length with a body. Empty, with `error` set, when a
/// header would break the message (CR, LF or NUL in a value, a name that is not a token).
Expected<QByteArray> serializeRequest(const ExchangeRequest &request, bool absoluteForm);

} // namespace cors::probe
