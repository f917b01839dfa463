// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace cors::rules {

namespace {

/// AWS: "Quotas for configuring and running a REST API" and "... an HTTP API": 10 stages per
/// API unless the quota is raised.
constexpr int stageQuota = 10;

/// The origin findings of one stage, re-addressed to that stage's entry of `stages`.
void checkStageOrigins(const CorsConfig &config, int index, FindingSink &sink)
{
    const Stage &stage = config.stages.at(index);
    Findings own;
    FindingSink stageSink(own);
    const CorsConfig deployed = config.forStage(stage);
    checkOrigins(deployed, stageSink);
    checkCredentials(deployed, stageSink);
    for (const Finding &finding : std::as_const(own)) {
        if (finding.field != Field::AllowOrigins) {
            continue; // the stage shares every other field, reported once for the API
        }
        sink.add(finding.rule.toLatin1().constData(), Field::Stages, index, finding.severity,
                 quoted(stage.name) + u": "_s + finding.message, finding.fix);
    }
}

} // namespace

void checkStages(const CorsConfig &config, FindingSink &sink)
{
    QSet<QString> seen;
    for (int i = 0; i < config.stages.size(); ++i) {
        const Stage &stage = config.stages.at(i);
        if (!isValidStageName(stage.name)) {
            sink.add("stage-name", Field::Stages, i, Severity::Error,
                     Validation::tr("%1 is not a stage name every format accepts: letters, "
                                    "digits and '-', at most 128 characters (API Gateway also "
                                    "takes '_', CloudFormation's Mappings keys do not).")
                         .arg(quoted(stage.name)),
                     Validation::tr("Rename it, e.g. 'dev', 'staging' or 'prod'."));
        } else if (seen.contains(stage.name)) {
            sink.add("stage-duplicate", Field::Stages, i, Severity::Error,
                     Validation::tr("the stage %1 is defined twice.").arg(quoted(stage.name)),
                     Validation::tr("Keep one entry per stage."));
        }
        seen.insert(stage.name);
        if (stage.allowOrigins) {
            checkStageOrigins(config, i, sink);
        }
    }
    if (config.stages.size() > stageQuota) {
        sink.add("stage-quota", Field::Stages, -1, Severity::Warning,
                 Validation::tr("%1 stages; API Gateway allows %2 stages per API unless the "
                                "quota is raised.")
                     .arg(config.stages.size())
                     .arg(stageQuota),
                 Validation::tr("Request a higher 'Stages per API' quota, or use fewer stages."));
    }
}

} // namespace cors::rules
