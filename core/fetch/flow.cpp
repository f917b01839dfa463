// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "flow.h"

#include "base/enumkeys.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cors::fetch {

namespace {
class FlowNames
{
    Q_DECLARE_TR_FUNCTIONS(FlowNames)

public:
    static QString title(StepKind kind)
    {
        switch (kind) {
        case StepKind::ClientInitiates:
            return tr("Client initiates");
        case StepKind::BrowserPreflight:
            return tr("Browser preflight");
        case StepKind::ServerPreflightResponse:
            return tr("Server preflight response");
        case StepKind::BrowserActualRequest:
            return tr("Browser actual request");
        case StepKind::ServerActualResponse:
            return tr("Server actual response");
        case StepKind::ClientReceives:
            return tr("Client receives");
        }
        return {};
    }

    static QString state(StepState state)
    {
        switch (state) {
        case StepState::Passed:
            return tr("passed");
        case StepState::Failed:
            return tr("failed");
        case StepState::Skipped:
            return tr("skipped");
        case StepState::NotNeeded:
            return tr("not needed");
        }
        return {};
    }
};
} // namespace

/// In the order of StepKind's values.
constexpr const char16_t *const stepKeys[] = {
    u"client-initiates",       u"browser-preflight",      u"server-preflight-response",
    u"browser-actual-request", u"server-actual-response", u"client-receives"};

QString stepKey(StepKind kind)
{
    return keyOf(stepKeys, kind);
}

QString stepTitle(StepKind kind)
{
    return FlowNames::title(kind);
}

/// In the order of StepState's values.
constexpr const char16_t *const stepStateKeys[] = {u"passed", u"failed", u"skipped", u"not-needed"};

QString stepStateKey(StepState state)
{
    return keyOf(stepStateKeys, state);
}

QString stepStateName(StepState state)
{
    return FlowNames::state(state);
}

QStringList messageLines(const Message &message, bool request)
{
    const QString arrow = request ? u"> "_s : u"< "_s;
    QString first = arrow + QString::fromLatin1(message.startLine);
    if (message.elapsedMs >= 0) {
        first += u"  ("_s + FlowNames::tr("%1 ms").arg(message.elapsedMs) + u')';
    }
    QStringList lines{first};
    for (const Header &header : message.headers.headers()) {
        lines.append(arrow + QString::fromLatin1(header.name) + u": "_s +
                     QString::fromLatin1(header.value));
    }
    if (!message.body.isEmpty()) {
        lines.append(arrow + (message.bodyTruncated
                                  ? FlowNames::tr("(body: the first %1 bytes were read)")
                                  : FlowNames::tr("(body: %1 bytes)"))
                                 .arg(message.body.size()));
    }
    if (!message.transferNote.isEmpty()) {
        lines.append(arrow + u"("_s + message.transferNote + u')');
    }
    return lines;
}

} // namespace cors::fetch
