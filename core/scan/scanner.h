// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment.h"
#include "probe/httpexchange.h"

#include <QElapsedTimer>
#include <QNetworkProxy>
#include <QObject>

#include <chrono>
#include <deque>
#include <functional>
#include <optional>
#include <vector>

namespace cors::scan {

struct ScanOptions
{
    /// The frontend that is meant to call the API ("https://app.example.com"), or empty.
    QByteArray legitimateOrigin;
    /// Sent with every probe, e.g. an API key the endpoints need.
    fetch::HeaderList extraHeaders;
    /// Requests in flight at most.
    int concurrency = 32;
    /// Per request, the whole exchange: no status and headers by then counts as unreachable.
    std::chrono::milliseconds timeout{10000};
    /// Where the probes go through (an intercepting proxy), or NoProxy.
    QNetworkProxy proxy{QNetworkProxy::NoProxy};
};

struct TargetResult
{
    qint64 index = 0; ///< the target's position in the input, from 0
    QUrl url;
    bool reachable = false; ///< at least one probe got an HTTP answer
    QString error;          ///< why not, when unreachable
    int requests = 0;
    QList<ScanFinding> findings;
};

/// The targets of a scan, one at a time (nothing when there are no more): a list, or a file
/// read as the scan goes.
using TargetSource = std::function<std::optional<QUrl>()>;

/// Sends every target's probes concurrently (at most ScanOptions::concurrency in flight), each
/// a bounded probe::HttpExchange that stops at the headers, and assesses each target as soon
/// as its last answer is in. Results come in input order through targetDone(); memory holds a
/// bounded window of targets, whatever the number of targets and whatever servers send.
class Scanner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Scanner)

public:
    explicit Scanner(QObject *parent = nullptr);
    ~Scanner() override;

    /// Scans what `source` gives; results only through targetDone().
    void start(TargetSource source, const ScanOptions &options = {});
    /// Scans a list; results() collects them too.
    void start(const QList<QUrl> &targets, const ScanOptions &options = {});
    /// start(), then a local event loop until finished: for the CLI and tests.
    QList<TargetResult> run(const QList<QUrl> &targets, const ScanOptions &options = {});
    /// Stops at once: requests in flight are dropped, targets already assessed are reported
    /// through targetDone() (in input order), then finished() follows.
    void interrupt();
    /// Stops without any further signal.
    void abort();
    bool isRunning() const { return m_running; }
    const QList<TargetResult> &results() const { return m_results; }
    /// Targets started but not assessed when interrupt() came.
    qint64 unfinished() const { return m_unfinished; }

Q_SIGNALS:
    /// One more target assessed, in input order.
    void targetDone(const cors::scan::TargetResult &result);
    /// `done` targets assessed and `requests` sent so far.
    void progress(qint64 done, qint64 requests);
    void finished(const QList<cors::scan::TargetResult> &results);

private:
    struct Target
    {
        TargetResult result;
        QList<Probe> probes;
        QList<ProbeResponse> responses;
        QList<bool> answered;
        int nextProbe = 0;
        qint64 startedMs = 0; ///< when the first probe went out, on m_clock
        int pending = 0;
        bool done = false;
    };

    void pump();
    bool sendFrom(Target &target);
    Target *targetAt(qint64 index);
    bool pullTarget();
    void send(Target &target, int probe);
    void onAnswer(probe::HttpExchange *exchange, qint64 index, int probe,
                  const probe::ExchangeResult &answer);
    void emitReady();
    void finish();

    ScanOptions m_options;
    TargetSource m_source;
    bool m_keepResults = false;
    std::deque<Target> m_window; ///< targets in input order, from the oldest not yet reported
    std::deque<qint64> m_unsent; ///< indexes of the targets with probes still to send
    std::vector<probe::HttpExchange *> m_idle;
    QList<TargetResult> m_results;
    QElapsedTimer m_clock;
    qint64 m_nextIndex = 0;
    qint64 m_done = 0;
    qint64 m_requests = 0;
    qint64 m_unfinished = 0;
    int m_inFlight = 0;
    bool m_sourceDone = false;
    bool m_running = false;
};

} // namespace cors::scan
