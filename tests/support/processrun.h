// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

class QProcess;

/// What a finished program printed and returned; exitCode is -1 when it did not finish
/// normally within a minute.
struct ProcessRun
{
    int exitCode = -1; ///< -1 when it did not start, crashed or ran over a minute
    QString out;
    QString err;
    qint64 elapsedMs = 0;
    qint64 peakResidentKiB = 0; ///< VmHWM, sampled every few milliseconds while it ran
};

/// Starts `corscfg serve` (`corscfg` is the binary) with `arguments` after "serve" and waits
/// for the URL it prints first on stdout; an empty URL when it did not start or print one.
QUrl startServe(QProcess &process, const QString &corscfg, const QStringList &arguments);

/// Runs `program` while the event loop keeps running, so servers in the test process can answer
/// it. `locale` sets LC_ALL and LANGUAGE.
ProcessRun runProcess(const QString &program, const QStringList &arguments,
                      const QString &locale = QStringLiteral("C.UTF-8"));
