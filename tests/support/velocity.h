// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// API Gateway mapping templates run under real Apache Velocity 1.7 (Debian's velocity package,
// on the JDK's single-file source launcher), with API Gateway's variables stood in by
// tests/validators/VtlRun.java.

#include <QList>
#include <QMap>
#include <QString>

#include <optional>
#include <utility>

namespace cors::test {

/// The request a template sees: headers (names as sent), query string, stage variables.
struct VtlRequest
{
    QList<std::pair<QString, QString>> headers;
    QList<std::pair<QString, QString>> query;
    QList<std::pair<QString, QString>> stageVariables;
};

/// What one run of a template did.
struct VtlResult
{
    QMap<QString, QString> overriddenHeaders; ///< $context.responseOverride.header.*
    std::optional<QString> overriddenStatus;
    QString body;
    QString error; ///< Velocity's parse or run error, or a header overridden twice
};

/// Why Velocity cannot run here (no java, no velocity.jar), or empty.
QString velocityMissing();

/// Runs `templateText` once per request in one JVM. Returns one result per request, or an
/// empty list with `error` set when the runner itself failed.
QList<VtlResult> runVelocity(const QString &templateText, const QList<VtlRequest> &requests,
                             QString *error);

} // namespace cors::test
