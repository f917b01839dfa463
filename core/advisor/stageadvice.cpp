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
            finding.message =
                fieldKey(Field::Stages) + u": "_s + quoted(stage.name) + u": "_s + finding.message;
            if (stage.allowOrigins) {
                // Points at the stage's own list; a stage without one uses allowOrigins.
                finding.field = Field::Stages;
                finding.index = i;
            }
            if (!out.contains(finding)) {
                out.append(finding);
            }
        }
    }
}

} // namespace cors::advisor::detail
