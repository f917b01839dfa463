// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fetch/evaluator.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <memory>

class QNetworkReply;

namespace cors::probe {

struct ProbeOptions
{
    /// For each request: no complete response within this time ends the flow with Timeout.
    std::chrono::milliseconds timeout{10000};
    /// Accept invalid certificates. Browsers never do; a tool that does must say so loudly.
    bool ignoreTlsErrors = false;
    /// Responses whose header block is larger than this are refused, as browsers do
    /// (Chromium: 256 KiB).
    qsizetype maxHeaderBytes = 256 * 1024;
};

/// Sends what a browser would send for a fetch() and lets the FetchEvaluator judge each answer:
/// the preflight only when needed, the actual request only when the preflight passed, custom
/// verbs verbatim, no cookies or credentials on the preflight, redirects handled one hop at a
/// time so every hop is judged. Asynchronous on QNetworkAccessManager; never blocks.
class Prober : public QObject
{
    Q_OBJECT

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
    void onMetaData();
    void onFinished();
    void onDeadline();
    void complete();
    void dropReply();

    QNetworkAccessManager m_manager;
    std::unique_ptr<fetch::FetchEvaluator> m_evaluator;
    ProbeOptions m_options;
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_clock;
    QTimer m_deadline;
    bool m_timedOut = false;
    bool m_haveResponse = false;
    fetch::HttpResponse m_response;
    QStringList m_tlsErrors;
    QStringList m_ignoredTlsErrors;
};

} // namespace cors::probe
