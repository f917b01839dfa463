// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>

#include <chrono>
#include <memory>
#include <vector>

class QNetworkReply;

namespace cors::scan {

struct ScanOptions
{
    /// The frontend that is meant to call the API ("https://app.example.com"), or empty.
    QByteArray legitimateOrigin;
    /// Sent with every probe, e.g. an API key the endpoints need.
    fetch::HeaderList extraHeaders;
    /// Requests in flight at most.
    int concurrency = 32;
    /// Per request: no complete answer within this time counts as unreachable.
    std::chrono::milliseconds timeout{10000};
};

struct TargetResult
{
    QUrl url;
    bool reachable = false; ///< at least one probe got an HTTP answer
    QString error;          ///< why not, when unreachable
    int requests = 0;
    QList<ScanFinding> findings;
};

/// Sends every target's probes concurrently (at most ScanOptions::concurrency in flight) over
/// one QNetworkAccessManager without cookies, cache or redirects, and assesses each target as
/// soon as its last answer is in. Results come in input order.
class Scanner : public QObject
{
    Q_OBJECT

public:
    explicit Scanner(QObject *parent = nullptr);
    ~Scanner() override;

    void start(const QList<QUrl> &targets, const ScanOptions &options = {});
    /// start(), then a local event loop until finished: for the CLI and tests.
    QList<TargetResult> run(const QList<QUrl> &targets, const ScanOptions &options = {});
    void abort();
    bool isRunning() const { return m_running; }
    const QList<TargetResult> &results() const { return m_results; }

Q_SIGNALS:
    /// `done` of `total` targets assessed.
    void progress(int done, int total);
    void finished(const QList<cors::scan::TargetResult> &results);

private:
    struct Target
    {
        QList<Probe> probes;
        QList<ProbeResponse> responses;
        int pending = 0;
    };

    void pump();
    void send(int target, int probe);
    void onReply(QNetworkReply *reply, int target, int probe);

    /// Several managers: each has its own HTTP thread and its own pool of six connections per
    /// host, so one slow host or one busy thread does not hold back the whole scan.
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_managers;
    ScanOptions m_options;
    QList<Target> m_targets;
    QList<TargetResult> m_results;
    int m_nextTarget = 0;
    int m_nextProbe = 0;
    int m_inFlight = 0;
    int m_done = 0;
    bool m_running = false;
};

} // namespace cors::scan
