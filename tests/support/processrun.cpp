// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "processrun.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QProcess>

QUrl startServe(QProcess &process, const QString &corscfg, const QStringList &arguments)
{
    process.start(corscfg, QStringList{QStringLiteral("serve")} + arguments);
    if (!process.waitForStarted() || !process.waitForReadyRead(10000) || !process.canReadLine()) {
        return {};
    }
    const QUrl url(QString::fromUtf8(process.readLine()).trimmed());
    return url.isValid() && url.port() > 0 ? url : QUrl();
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
    const QDeadlineTimer deadline(60000);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        process.waitForFinished(5);
    }
    if (process.state() != QProcess::NotRunning || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
