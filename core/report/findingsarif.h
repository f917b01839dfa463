// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fetch/flow.h"
#include "io/sourcemap.h"
#include "model/finding.h"
#include "sarifwriter.h"
#include "scan/scanner.h"

namespace cors::report {

// The SARIF form of what `lint`, `check` and `scan` find: one result per finding their JSON
// prints, a rule per kind of finding with its explanation and fix.

/// Every scan class, so a log can be started before the first result.
QList<SarifRule> scanRules();
/// One result per finding of the target, located at its URL; none when unreachable.
QList<SarifResult> scanResults(const scan::TargetResult &target);

/// The advisor's catalogue and each validation rule that `findings` use.
QList<SarifRule> lintRules(const Findings &findings);
SarifResult lintResult(const Finding &finding, const QString &path, SourcePosition position);

/// The CORS error and the browser warnings of a check, located at the URL checked.
QList<SarifRule> checkRules(const fetch::FlowResult &result);
QList<SarifResult> checkResults(const fetch::FlowResult &result, const QUrl &url);

} // namespace cors::report
