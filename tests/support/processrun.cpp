// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "processrun.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

QUrl startServe(QProcess &process, const QString &corscfg, const QStringList &arguments)
{
    process.start(corscfg, QStringList{QStringLiteral("serve")} + arguments);
    if (!process.waitForStarted() || !process.waitForReadyRead(10000) || !process.canReadLine()) {
        return {};
    }
    const QUrl url(QString::fromUtf8(process.readLine()).trimmed());
    return url.isValid() && url.port() > 0 ? url : QUrl();
}

qint64 peakResidentKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    static const QRegularExpression vmHwm(QStringLiteral("VmHWM:\\s+(\\d+) kB"));
    const QRegularExpressionMatch match = vmHwm.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

ProcessRun runProcess(const QString &program, const QStringList &arguments, const QString &locale)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), locale);
    environment.insert(QStringLiteral("LANGUAGE"), locale.left(2));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        return {};
    }
    const qint64 pid = process.processId();
    QElapsedTimer clock;
    clock.start();
    qint64 peakKiB = 0;
    const QDeadlineTimer deadline(60000);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        // VmHWM is the peak so far: the last reading before the exit is the run's peak (a
        // process that exits within a few milliseconds may be read a little low).
        peakKiB = std::max(peakKiB, peakResidentKiB(pid));
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        process.waitForFinished(5);
    }
    const qint64 elapsedMs = clock.elapsed();
    if (process.state() != QProcess::NotRunning || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError()), elapsedMs, peakKiB};
}
