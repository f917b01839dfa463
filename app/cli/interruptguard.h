// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QSocketNotifier;

namespace cors::cli {

/// While it lives, the first Ctrl+C (SIGINT) or SIGTERM calls `onInterrupt` from the event
/// loop (a self-pipe: nothing but write() runs in the signal handler); a second one ends the
/// process as usual.
class InterruptGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptGuard)

public:
    explicit InterruptGuard(std::function<void()> onInterrupt);
    ~InterruptGuard() override;

private:
    std::function<void()> m_onInterrupt;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace cors::cli
