// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "browser.h"
#include "corserror.h"
#include "headerlist.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <array>
#include <optional>

namespace cors::fetch {

/// The six steps of a cross-origin request, as the tester draws them.
enum class StepKind
{
    ClientInitiates,
    BrowserPreflight,
    ServerPreflightResponse,
    BrowserActualRequest,
    ServerActualResponse,
    ClientReceives,
};
constexpr int stepCount = 6;

enum class StepState
{
    Passed,
    Failed,
    Skipped,   ///< not reached because an earlier step failed
    NotNeeded, ///< no preflight for a simple request
};

/// Whether a step's messages are requests (sent by the page or browser) rather than responses.
constexpr bool isRequestStep(StepKind kind)
{
    return kind == StepKind::ClientInitiates || kind == StepKind::BrowserPreflight ||
           kind == StepKind::BrowserActualRequest;
}

QString stepKey(StepKind kind);         ///< "client-initiates", "browser-preflight", ...
QString stepTitle(StepKind kind);       ///< "Client initiates", ... (translated)
QString stepStateKey(StepState state);  ///< "passed", "failed", "skipped", "not-needed"
QString stepStateName(StepState state); ///< translated

/// One request or response as it was exchanged.
struct Message
{
    Message() = default;
    Message(QByteArray line, QUrl at, HeaderList fields, qint64 elapsed = -1)
        : startLine(std::move(line))
        , url(std::move(at))
        , headers(std::move(fields))
        , elapsedMs(elapsed)
    {}

    QByteArray startLine; ///< "OPTIONS /prod/items HTTP/1.1" or "HTTP/1.1 204 No Content"
    QUrl url;
    HeaderList headers;
    qint64 elapsedMs = -1;      ///< responses: time since the request was sent
    QByteArray body;            ///< responses: the body as far as it was read
    bool bodyTruncated = false; ///< responses: the body went on beyond what was read
    QString transferNote;       ///< responses: what went wrong after the headers arrived
};

/// A message as the tester shows it, one line each: "> OPTIONS /items HTTP/1.1", then
/// "> Name: value" per header ('<' and the time taken for responses).
QStringList messageLines(const Message &message, bool request);

struct Step
{
    StepKind kind = StepKind::ClientInitiates;
    StepState state = StepState::Skipped;
    QString reason; ///< what happened and why, one or two sentences
    QString fix;    ///< what to change; empty unless the step failed
    QList<Message> messages;

    /// Adds a line to `reason`: a step that happens once per redirect hop explains each one.
    void appendReason(const QString &line)
    {
        reason = reason.isEmpty() ? line : reason + u'\n' + line;
    }
};

/// The verdict on one request and how it came about.
struct FlowResult
{
    Browser browser = Browser::Chromium;
    bool allowed = false; ///< the script gets the response
    bool preflightSent = false;
    bool actualSent = false;
    std::optional<CorsError> error;
    /// Things this browser lets through that other browsers or the standard refuse.
    QStringList warnings;
    std::array<Step, stepCount> steps;

    int status = 0;                     ///< the final response's status (0 if none)
    HeaderList exposedHeaders;          ///< what response.headers shows the script
    QList<QByteArray> hiddenHeaders;    ///< what it hides
    std::optional<int> preflightMaxAge; ///< seconds the browser caches the preflight
    int redirects = 0;
    QUrl finalUrl;

    Step &step(StepKind kind) { return steps[static_cast<int>(kind)]; }
    const Step &step(StepKind kind) const { return steps[static_cast<int>(kind)]; }
};

} // namespace cors::fetch
