// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "advicesink.h"

using namespace Qt::StringLiterals;

namespace cors::advisor::detail {

void adviseStageOrigins(const CorsConfig &config, Findings &out)
{
    for (int i = 0; i < config.stages.size(); ++i) {
        const Stage &stage = config.stages.at(i);
        Findings own;
        AdviceSink sink(own);
        adviseOrigins(config.forStage(stage), sink);
        for (Finding finding : std::as_const(own)) {
            // A development origin belongs in a development stage: noted in production only.
            if (finding.rule == u"LOCALHOST_ORIGIN" && !isProductionStage(stage.name)) {
                continue;
            }
            if (stage.allowOrigins) {
                // Points at the stage's own list.
                finding.message = fieldKey(Field::Stages) + u": "_s + quoted(stage.name) + u": "_s +
                                  finding.message;
                finding.field = Field::Stages;
                finding.index = i;
            } else {
                // A stage without a list of its own deploys allowOrigins: the finding stays
                // there, naming the stage.
                const QString prefix = fieldKey(Field::AllowOrigins) + u": "_s;
                finding.message = prefix + Advice::tr("stage %1: ").arg(quoted(stage.name)) +
                                  finding.message.mid(prefix.size());
            }
            if (!out.contains(finding)) {
                out.append(finding);
            }
        }
    }
}

} // namespace cors::advisor::detail
