// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/corsconfig.h"
#include "model/finding.h"

#include <QList>
#include <QString>

namespace cors::advisor {

/// Which API types a rule speaks about.
enum class Scope
{
    Both,
    Rest,
    Http,
};

/// One advisor rule as documented: a stable id (WILDCARD_ORIGIN), its severity, the API types
/// it applies to, a one-line summary and where the behaviour is documented.
struct Rule
{
    QString id;
    Severity severity;
    Scope scope;
    QString summary;
    QString source; ///< AWS documentation page title or Fetch standard section
};

/// Every advisor rule, in the order `corscfg lint` documents them.
const QList<Rule> &rules();
const Rule *findRule(QStringView id);

/// "rest", "http" or "rest, http".
QString scopeKey(Scope scope);

/// The advisor: least-privilege and "will it work on API Gateway" findings for a configuration.
/// Each finding's `rule` is an advisor rule id; `source` says where the behaviour is documented.
/// Runs on any configuration, valid or not; entries validation refuses are skipped.
Findings advise(const CorsConfig &config);

/// What `corscfg lint` and the GUI's advisor panel list: validation's findings (which say
/// whether it deploys at all) plus the advisor's, without saying the same thing twice. Sorted
/// by severity (errors first), then field and entry.
Findings lint(const CorsConfig &config);
/// The same when the caller already has validate(config)'s findings (the GUI needs them on
/// their own too, and validates once per keystroke).
Findings lint(const CorsConfig &config, const Findings &validation);

/// What the project's routes say about a request the tester sent to `path` (the URL's path, a
/// REST stage prefix allowed) with `method`: the route it reaches and that route's preflight, or
/// that no route serves it. Empty when the project has no routes of its own.
QString routeAdvice(const CorsConfig &config, QByteArrayView path, QByteArrayView method);

/// How a finding's rule is shown next to its severity: advisor ids as they are, validation ids
/// in the same style ("origin-trailing-slash" → "ORIGIN_TRAILING_SLASH").
QString displayId(const QString &rule);

} // namespace cors::advisor
