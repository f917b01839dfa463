// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/corsconfig.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <functional>
#include <utility>

namespace cors::test {

/// Named configurations every renderer is checked with (golden files, real validators).
QList<std::pair<QString, CorsConfig>> namedConfigurations();

/// Random configurations for property tests: mostly plausible values, with hostile strings
/// (quotes, template syntax, control characters, Unicode, injection attempts) mixed in.
class ConfigGenerator
{
public:
    explicit ConfigGenerator(quint32 seed)
        : m_random(seed)
    {}
    CorsConfig next();

private:
    QString pick(const QStringList &values);
    QStringList pickSome(const QStringList &values, int most);
    /// One to three stages, hostile names and origins among them.
    QList<Stage> stages(const QStringList &goodOrigins, const QStringList &badOrigins,
                        const std::function<bool()> &hostile);
    /// One to six routes, hostile paths and methods among them.
    QList<Route> routes(bool rest, const std::function<bool()> &hostile);

    QRandomGenerator m_random;
};

/// Renders every format of `config` into `dir` (created) under the conventional file names,
/// plus case.json, the configuration the Lambda checks compare handlers against.
bool writeCase(const QString &dir, const CorsConfig &config);

/// The directory with the npm validators (tests/validators), and whether they are installed.
QString validatorsDir();
bool validatorsInstalled();

} // namespace cors::test
