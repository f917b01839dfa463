// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flow.h"
#include "request.h"

#include <optional>

namespace cors::fetch {

/// A browser's fetch() as a pure state machine: it says which request to send next and judges
/// each response it is given, exactly as the Fetch standard (and Chromium, where it differs)
/// would. It never touches the network, so a prober, a test or the emulator can drive it.
///
///     FetchEvaluator fetch(init);
///     while (auto request = fetch.nextRequest())
///         fetch.receive(send(*request), elapsedMs);   // or fetch.fail(...)
///     fetch.result();
class FetchEvaluator
{
public:
    explicit FetchEvaluator(const FetchInit &init);

    /// The request the browser sends next, or nullopt once the verdict is in.
    const std::optional<HttpRequest> &nextRequest() const { return m_next; }
    /// Whether nextRequest() is a preflight.
    bool nextIsPreflight() const { return m_phase == Phase::Preflight; }

    /// Judges the response to nextRequest(). Header values are normalized here.
    void receive(const HttpResponse &response, qint64 elapsedMs = -1);
    /// nextRequest() got no response: connection refused, DNS, timeout, TLS, ...
    void fail(CorsErrorCode code, const QString &detail, qint64 elapsedMs = -1);

    bool finished() const { return m_phase == Phase::Done; }
    const FlowResult &result() const { return m_result; }

private:
    enum class Phase
    {
        Preflight,
        Actual,
        Done,
    };

    void startHop();
    void sendActual();
    void receivePreflight(const HttpResponse &response);
    void receiveActual(const HttpResponse &response);
    void followRedirect(const HttpResponse &response, const QByteArray &location);
    void block(StepKind at, CorsErrorCode code, const ErrorContext &context);
    void allow(const HttpResponse &response);
    QByteArray serializedOrigin() const;
    ErrorContext context(const HttpResponse *response) const;

    FetchInit m_init;
    PreparedRequest m_prepared;
    QUrl m_url;
    QByteArray m_method;
    HeaderList m_headers;
    std::optional<QByteArray> m_body;
    bool m_tainted = false;
    bool m_sameOrigin = false;
    QList<QByteArray> m_unsafeNames;
    Phase m_phase = Phase::Done;
    std::optional<HttpRequest> m_next;
    FlowResult m_result;
};

/// Whether two URLs have the same origin (scheme, host, port with defaults).
bool sameOrigin(const QUrl &a, const QUrl &b);

/// "GET /prod/items?x=1 HTTP/1.1"
QByteArray requestLine(const HttpRequest &request);

} // namespace cors::fetch
