// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/corsconfig.h"
#include "model/finding.h"

#include <QList>
#include <QString>

namespace cors::advisor {

/// A mechanical fix for a finding: what it does, in the form's words ("Remove the trailing
/// slash"), the field it changes (for the undo step's name) and the configuration after it.
struct QuickFix
{
    QString label;
    Field field;
    CorsConfig config;
};

/// The fixes a finding of lint(config) can apply in one step, most likely first; empty when the
/// fix needs a decision only the user can make (which origin, which route). Every fix makes
/// that finding go away and adds no validation error of its own.
QList<QuickFix> quickFixes(const CorsConfig &config, const Finding &finding);

/// The fix that makes a preflight for `method` and `headers` pass in the tester: the missing
/// method and request headers added to the allowed ones. Nothing when none is missing. Origins
/// are never added: a page origin the project does not list is blocked as configured.
QList<QuickFix> preflightFixes(const CorsConfig &config, const QString &method,
                               const QStringList &headers);

} // namespace cors::advisor
