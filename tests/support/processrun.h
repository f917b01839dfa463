// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/// What a finished program printed and returned; exitCode is -1 when it did not finish
/// normally within a minute.
struct ProcessRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs `program` while the event loop keeps running, so servers in the test process can answer
/// it. `locale` sets LC_ALL and LANGUAGE.
ProcessRun runProcess(const QString &program, const QStringList &arguments,
                      const QString &locale = QStringLiteral("C.UTF-8"));
