// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fetch/evaluator.h"
#include "httpexchange.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

#include <chrono>
#include <memory>

namespace cors::probe {

/// For each request of a probe: the whole exchange is bounded by `timeout` (no headers by
/// then ends the flow with Timeout; headers without the whole body give a verdict from the
/// headers, with a note), the header block and body by `limits` (as browsers do: Chromium
/// refuses more than 256 KiB of headers), certificates are refused unless `ignoreTlsErrors`
/// (browsers never accept them; a tool that does must say so loudly), `proxy` is where requests
/// go through.
using ProbeOptions = ExchangeOptions;

/// Sends what a browser would send for a fetch() and lets the FetchEvaluator judge each answer:
/// the preflight only when needed, the actual request only when the preflight passed, custom
/// verbs verbatim, no cookies or credentials on the preflight, redirects handled one hop at a
/// time so every hop is judged. Each request is one bounded HttpExchange; never blocks.
class Prober final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Prober)

public:
    explicit Prober(QObject *parent = nullptr);
    ~Prober() override;

    /// Starts probing; finished() follows, also for requests fetch() would refuse outright.
    void start(const fetch::FetchInit &init, const ProbeOptions &options = {});
    /// start(), then runs a local event loop until the result is in and returns it: for the
    /// command line and tests. Other objects of this thread (e.g. a test's server) keep working.
    fetch::FlowResult run(const fetch::FetchInit &init, const ProbeOptions &options = {});
    /// Stops a running probe without emitting finished().
    void abort();
    bool isRunning() const { return m_evaluator != nullptr; }

    /// TLS errors accepted because ProbeOptions::ignoreTlsErrors was set, for the warning.
    QStringList ignoredTlsErrors() const { return m_ignoredTlsErrors; }

Q_SIGNALS:
    /// A request is about to go out (preflight or actual), for progress displays.
    void requestSent(bool preflight, const QUrl &url);
    void finished(const cors::fetch::FlowResult &result);

private:
    void sendNext();
    void onExchangeFinished(const ExchangeResult &result);
    void complete();

    HttpExchange m_exchange;
    QElapsedTimer m_clock; ///< since the first request of the check
    std::unique_ptr<fetch::FetchEvaluator> m_evaluator;
    ProbeOptions m_options;
    QStringList m_ignoredTlsErrors;
};

} // namespace cors::probe
