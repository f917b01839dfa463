// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scanner.h"

#include "probe/statelessrequest.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace cors::scan {

namespace {
constexpr int managerCount = 4;
}

Scanner::Scanner(QObject *parent)
    : QObject(parent)
{
    for (int i = 0; i < managerCount; ++i) {
        auto manager = std::make_unique<QNetworkAccessManager>();
        probe::makeStateless(*manager);
        m_managers.push_back(std::move(manager));
    }
}

Scanner::~Scanner()
{
    abort();
}

void Scanner::start(const QList<QUrl> &targets, const ScanOptions &options)
{
    abort();
    m_options = options;
    m_options.concurrency = std::max(1, options.concurrency);
    m_targets.clear();
    m_results.clear();
    for (const QUrl &url : targets) {
        Target target;
        target.probes = probesFor(url, options.legitimateOrigin);
        target.responses.resize(target.probes.size());
        target.pending = int(target.probes.size());
        m_targets.append(target);
        TargetResult result;
        result.url = url;
        m_results.append(result);
    }
    m_nextTarget = 0;
    m_nextProbe = 0;
    m_inFlight = 0;
    m_done = 0;
    m_running = true;
    if (m_targets.isEmpty()) {
        m_running = false;
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT finished(m_results); }, Qt::QueuedConnection);
        return;
    }
    pump();
}

QList<TargetResult> Scanner::run(const QList<QUrl> &targets, const ScanOptions &options)
{
    QEventLoop loop;
    const QMetaObject::Connection done =
        connect(this, &Scanner::finished, &loop, &QEventLoop::quit);
    start(targets, options);
    if (m_running || m_targets.isEmpty()) {
        loop.exec();
    }
    disconnect(done);
    return m_results;
}

void Scanner::abort()
{
    m_running = false;
    for (const auto &manager : m_managers) {
        const QList<QNetworkReply *> replies = manager->findChildren<QNetworkReply *>();
        for (QNetworkReply *reply : replies) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
    m_inFlight = 0;
}

void Scanner::pump()
{
    while (m_running && m_inFlight < m_options.concurrency && m_nextTarget < m_targets.size()) {
        send(m_nextTarget, m_nextProbe);
        if (++m_nextProbe >= m_targets[m_nextTarget].probes.size()) {
            ++m_nextTarget;
            m_nextProbe = 0;
        }
    }
}

void Scanner::send(int target, int probe)
{
    const Probe &p = m_targets[target].probes[probe];
    QNetworkRequest request = probe::statelessRequest(p.url, m_options.timeout);
    for (const fetch::Header &header : m_options.extraHeaders.headers()) {
        request.setRawHeader(header.name, header.value);
    }
    if (!p.originHeader.isEmpty()) {
        request.setRawHeader("Origin", p.originHeader);
    }
    if (!p.requestMethod.isEmpty()) {
        request.setRawHeader("Access-Control-Request-Method", p.requestMethod);
    }
    if (!p.requestHeaders.isEmpty()) {
        request.setRawHeader("Access-Control-Request-Headers", p.requestHeaders);
    }
    QNetworkAccessManager &manager = *m_managers[std::size_t(target % managerCount)];
    QNetworkReply *reply = manager.sendCustomRequest(request, p.method);
    ++m_inFlight;
    ++m_results[target].requests;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, target, probe] { onReply(reply, target, probe); });
}

void Scanner::onReply(QNetworkReply *reply, int target, int probe)
{
    reply->deleteLater();
    --m_inFlight;
    ProbeResponse &response = m_targets[target].responses[probe];
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid()) {
        response.received = true;
        response.status = status.toInt();
        for (const auto &[name, value] : reply->rawHeaderPairs()) {
            response.headers.append(name, value);
        }
    } else {
        response.error = reply->errorString();
    }

    TargetResult &result = m_results[target];
    result.reachable = result.reachable || response.received;
    if (!response.received && result.error.isEmpty()) {
        result.error = response.error;
    }
    if (--m_targets[target].pending == 0) {
        Target &done = m_targets[target];
        result.findings = assess(done.probes, done.responses);
        if (result.reachable) {
            result.error.clear();
        }
        done = Target(); // the answers are no longer needed
        ++m_done;
        Q_EMIT progress(m_done, int(m_targets.size()));
        if (m_done == m_targets.size()) {
            m_running = false;
            Q_EMIT finished(m_results);
            return;
        }
    }
    pump();
}

} // namespace cors::scan
