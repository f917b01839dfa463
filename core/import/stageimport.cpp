// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Stages in CloudFormation and SAM templates: the StageName parameter (its AllowedValues and
// Default) and each stage's origins in the StageCors mapping, as the renders write them.
#include "importdetail.h"
#include "render/origintemplate.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cors::templateimport::detail {

namespace {

class StageImport
{
    Q_DECLARE_TR_FUNCTIONS(StageImport)
};

const QString stageMapping = u"StageCors"_s;

/// One stage's origins from its StageCors entry: the REST preflight's template, the REST
/// AllowedOrigins list, or the HTTP API's AllowOrigins.
std::optional<QStringList> originsOf(const Value &entry, ImportContext &context)
{
    if (const Value preflight = entry.child(u"PreflightTemplate"_s); !preflight.isMissing()) {
        if (const auto origins = render::originsOfSelectionTemplate(preflight.text())) {
            return origins;
        }
        context.unmapped(preflight, StageImport::tr("a mapping template other than the one that "
                                                    "selects an allowed origin."));
        return std::nullopt;
    }
    const Value origins = entry.child(u"AllowOrigins"_s);
    if (origins.isMissing()) {
        context.warn(entry, StageImport::tr("holds neither PreflightTemplate nor AllowOrigins; "
                                            "the stage is left out."));
        return std::nullopt;
    }
    return context.stringList(origins, Field::Stages);
}

} // namespace

bool hasStageMapping(const Value &root)
{
    return root.child(u"Mappings"_s).child(stageMapping).isMap();
}

bool isStageReference(const Value &value)
{
    const QString function = value.intrinsicFunction();
    return function.endsWith(u"FindInMap") && value.items().value(0).text() == stageMapping;
}

void readStages(const Value &root, CorsConfig &config, ImportContext &context)
{
    const Value mapping = root.child(u"Mappings"_s).child(stageMapping);
    const Value parameter = root.child(u"Parameters"_s).child(u"StageName"_s);
    QStringList names;
    for (const auto &[name, entry] : mapping.members()) {
        names.append(name);
    }
    // The parameter's order and default; the mapping's entries where it has none.
    if (const auto allowed =
            context.stringList(parameter.child(u"AllowedValues"_s), Field::Stages)) {
        names = *allowed;
    }
    QList<Stage> stages;
    for (const QString &name : std::as_const(names)) {
        const Value entry = mapping.child(name);
        if (entry.isMissing()) {
            context.warn(parameter, StageImport::tr("the stage %1 has no entry in the StageCors "
                                                    "mapping; it is left out.")
                                        .arg(name));
            continue;
        }
        if (const auto origins = originsOf(entry, context)) {
            stages.append(Stage{name, *origins});
        }
    }
    if (stages.isEmpty()) {
        return;
    }
    // The default stage's origins are the project's allowOrigins; stages with the same inherit.
    const QString fallback = parameter.child(u"Default"_s).text();
    const Stage *first = findStage(stages, fallback);
    config.allowOrigins = *(first ? *first : stages.first()).allowOrigins;
    for (Stage &stage : stages) {
        if (stage.allowOrigins == config.allowOrigins) {
            stage.allowOrigins.reset();
        }
    }
    config.stages = stages;
}

} // namespace cors::templateimport::detail
