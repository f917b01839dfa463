// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "prober.h"

#include <QEventLoop>

namespace cors::probe {

Prober::Prober(QObject *parent)
    : QObject(parent)
{
    connect(&m_exchange, &HttpExchange::finished, this, &Prober::onExchangeFinished);
}

Prober::~Prober()
{
    abort();
}

void Prober::start(const fetch::FetchInit &init, const ProbeOptions &options)
{
    abort();
    m_options = options;
    m_ignoredTlsErrors.clear();
    m_evaluator = std::make_unique<fetch::FetchEvaluator>(init);
    m_clock.invalidate();
    // Even a fetch() that throws reports through finished(), from the event loop.
    QMetaObject::invokeMethod(this, &Prober::sendNext, Qt::QueuedConnection);
}

fetch::FlowResult Prober::run(const fetch::FetchInit &init, const ProbeOptions &options)
{
    QEventLoop loop;
    fetch::FlowResult result;
    const QMetaObject::Connection connection =
        connect(this, &Prober::finished, &loop, [&result, &loop](const fetch::FlowResult &r) {
            result = r;
            loop.quit();
        });
    start(init, options);
    loop.exec();
    disconnect(connection);
    return result;
}

void Prober::abort()
{
    m_exchange.abort();
    m_evaluator.reset();
}

void Prober::sendNext()
{
    if (!m_evaluator) {
        return;
    }
    const auto &next = m_evaluator->nextRequest();
    if (!next) {
        complete();
        return;
    }
    // Browser-exact traffic: every redirect is judged by the evaluator, nothing is cached or
    // stored, no credentials are volunteered, and custom verbs such as `patch` go verbatim.
    ExchangeRequest request;
    request.method = next->method;
    request.url = next->url;
    request.headers = next->headers;
    request.body = next->body;
    if (!m_clock.isValid()) {
        m_clock.start(); // the first request: the whole check is timed from here
    }
    ExchangeOptions options = m_options;
    options.timeout = followUpTimeout(m_options.timeout, m_clock.elapsed());
    const bool preflight = m_evaluator->nextIsPreflight();
    m_exchange.start(request, options);
    Q_EMIT requestSent(preflight, request.url);
}

void Prober::onExchangeFinished(const ExchangeResult &result)
{
    if (!m_evaluator) {
        return;
    }
    if (m_options.ignoreTlsErrors) {
        m_ignoredTlsErrors.append(result.tlsErrors);
    }
    if (result.failure) {
        m_evaluator->fail(*result.failure, result.message, result.elapsedMs);
    } else {
        fetch::HttpResponse response;
        response.status = result.status;
        response.statusText = result.reasonPhrase;
        response.headers = result.headers;
        response.body = result.body;
        response.bodyTruncated = result.bodyTruncated;
        response.transferNote = result.message;
        m_evaluator->receive(response, result.elapsedMs);
    }
    sendNext(); // the exchange emits finished() last, so it may start again from here
}

void Prober::complete()
{
    const fetch::FlowResult result = m_evaluator->result();
    m_evaluator.reset();
    Q_EMIT finished(result);
}

} // namespace cors::probe
