// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scanner.h"

#include <QEventLoop>

#include <memory>

namespace cors::scan {

namespace {

/// Targets held at most: those in flight and those assessed but waiting for an earlier one to
/// be reported. Bounds memory whatever the length of the input; generous enough that one slow
/// target does not stall the others for long.
std::size_t windowFor(int concurrency)
{
    return std::size_t(std::max(1024, concurrency * 8));
}

} // namespace

Scanner::Scanner(QObject *parent)
    : QObject(parent)
{}

Scanner::~Scanner()
{
    abort();
}

void Scanner::start(TargetSource source, const ScanOptions &options)
{
    abort();
    m_options = options;
    m_options.concurrency = std::max(1, options.concurrency);
    m_source = std::move(source);
    m_keepResults = false;
    m_results.clear();
    m_nextIndex = 0;
    m_done = 0;
    m_requests = 0;
    m_unfinished = 0;
    m_sourceDone = false;
    m_running = true;
    m_clock.start();
    QMetaObject::invokeMethod(this, &Scanner::pump, Qt::QueuedConnection);
}

void Scanner::start(const QList<QUrl> &targets, const ScanOptions &options)
{
    auto next = std::make_shared<qsizetype>(0);
    start(
        [targets, next]() -> std::optional<QUrl> {
            if (*next >= targets.size()) {
                return std::nullopt;
            }
            return targets.at((*next)++);
        },
        options);
    m_keepResults = true;
}

QList<TargetResult> Scanner::run(const QList<QUrl> &targets, const ScanOptions &options)
{
    QEventLoop loop;
    const QMetaObject::Connection done =
        connect(this, &Scanner::finished, &loop, &QEventLoop::quit);
    start(targets, options);
    loop.exec();
    disconnect(done);
    return m_results;
}

void Scanner::abort()
{
    m_running = false;
    const QList<probe::HttpExchange *> exchanges = findChildren<probe::HttpExchange *>();
    for (probe::HttpExchange *exchange : exchanges) {
        exchange->abort();
        exchange->disconnect(this);
    }
    m_idle.assign(exchanges.begin(), exchanges.end());
    m_window.clear();
    m_unsent.clear();
    m_inFlight = 0;
}

void Scanner::interrupt()
{
    if (!m_running) {
        return;
    }
    std::deque<Target> window = std::move(m_window);
    abort();
    for (Target &target : window) {
        if (!target.done) {
            ++m_unfinished;
            continue;
        }
        if (m_keepResults) {
            m_results.append(target.result);
        }
        Q_EMIT targetDone(target.result);
    }
    Q_EMIT finished(m_results);
}

Scanner::Target *Scanner::targetAt(qint64 index)
{
    if (m_window.empty()) {
        return nullptr;
    }
    const qint64 offset = index - m_window.front().result.index;
    return offset >= 0 && offset < qint64(m_window.size()) ? &m_window[std::size_t(offset)]
                                                           : nullptr;
}

void Scanner::pump()
{
    while (m_running && m_inFlight < m_options.concurrency) {
        bool sent = false;
        for (auto it = m_unsent.begin(); it != m_unsent.end() && !sent;) {
            Target *target = targetAt(*it);
            if (target == nullptr || target->nextProbe >= target->probes.size()) {
                it = m_unsent.erase(it);
                continue;
            }
            sent = sendFrom(*target);
            ++it;
        }
        if (!sent && !pullTarget()) {
            break;
        }
    }
    if (m_running && m_sourceDone && m_window.empty() && m_inFlight == 0) {
        finish();
    }
}

bool Scanner::sendFrom(Target &target)
{
    const Probe &probe = target.probes[target.nextProbe];
    if (probe.after >= 0 && !target.answered[probe.after]) {
        return false; // e.g. the cache pair's second request waits for the first answer
    }
    send(target, target.nextProbe++);
    return true;
}

bool Scanner::pullTarget()
{
    if (m_sourceDone || m_window.size() >= windowFor(m_options.concurrency)) {
        return false;
    }
    const std::optional<QUrl> url = m_source();
    if (!url) {
        m_sourceDone = true;
        return false;
    }
    Target target;
    target.result.index = m_nextIndex++;
    target.result.url = *url;
    target.probes = probesFor(*url, m_options.legitimateOrigin);
    target.responses.resize(target.probes.size());
    target.answered.resize(target.probes.size());
    target.pending = int(target.probes.size());
    m_window.push_back(std::move(target));
    m_unsent.push_back(m_window.back().result.index);
    return true;
}

void Scanner::send(Target &target, int index)
{
    const Probe &p = target.probes[index];
    probe::ExchangeRequest request;
    request.method = p.method;
    request.url = p.url;
    request.headers = m_options.extraHeaders;
    if (!p.originHeader.isEmpty()) {
        request.headers.set("Origin", p.originHeader);
    }
    if (!p.requestMethod.isEmpty()) {
        request.headers.set("Access-Control-Request-Method", p.requestMethod);
    }
    if (!p.requestHeaders.isEmpty()) {
        request.headers.set("Access-Control-Request-Headers", p.requestHeaders);
    }
    probe::ExchangeOptions options;
    if (index == 0) {
        target.startedMs = m_clock.elapsed();
    }
    options.timeout = index == 0 ? m_options.timeout
                                 : probe::followUpTimeout(m_options.timeout,
                                                          m_clock.elapsed() - target.startedMs);
    options.limits.maxBodyBytes = 0; // the verdict needs the status and headers only
    options.proxy = m_options.proxy;

    probe::HttpExchange *exchange = nullptr;
    if (m_idle.empty()) {
        exchange = new probe::HttpExchange(this);
    } else {
        exchange = m_idle.back();
        m_idle.pop_back();
    }
    const qint64 targetIndex = target.result.index;
    connect(exchange, &probe::HttpExchange::finished, this,
            [this, exchange, targetIndex, index](const probe::ExchangeResult &answer) {
                onAnswer(exchange, targetIndex, index, answer);
            });
    ++m_inFlight;
    ++m_requests;
    ++target.result.requests;
    exchange->start(request, options);
}

void Scanner::onAnswer(probe::HttpExchange *exchange, qint64 index, int probe,
                       const probe::ExchangeResult &answer)
{
    exchange->disconnect(this);
    m_idle.push_back(exchange);
    --m_inFlight;
    Target *target = targetAt(index);
    if (target == nullptr) {
        return;
    }
    ProbeResponse &response = target->responses[probe];
    if (answer.failure) {
        response.error = answer.message;
    } else {
        response.received = true;
        response.status = answer.status;
        response.headers = answer.headers;
    }
    target->answered[probe] = true;
    if (probe == 0 && !response.received) {
        // Every other probe waits for the first: with no HTTP answer to it the endpoint is
        // unreachable, and waiting out the timeout again for each probe would only double the
        // scan's time on a dead or hostile host.
        target->pending -= int(target->probes.size()) - target->nextProbe;
        target->nextProbe = int(target->probes.size());
    }

    TargetResult &result = target->result;
    result.reachable = result.reachable || response.received;
    if (!response.received && result.error.isEmpty()) {
        result.error = response.error;
    }
    if (--target->pending == 0) {
        result.findings = assess(target->probes, target->responses);
        if (result.reachable) {
            result.error.clear();
        }
        target->probes.clear(); // the answers are no longer needed
        target->responses.clear();
        target->done = true;
        ++m_done;
        emitReady();
        Q_EMIT progress(m_done, m_requests);
    }
    pump();
}

void Scanner::emitReady()
{
    while (!m_window.empty() && m_window.front().done) {
        const TargetResult result = std::move(m_window.front().result);
        m_window.pop_front();
        if (m_keepResults) {
            m_results.append(result);
        }
        Q_EMIT targetDone(result);
    }
}

void Scanner::finish()
{
    m_running = false;
    Q_EMIT finished(m_results);
}

} // namespace cors::scan
