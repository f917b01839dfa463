// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stageoption.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cors::cli {

namespace {
class StageText
{
    Q_DECLARE_TR_FUNCTIONS(StageText)
};
} // namespace

QCommandLineOption stageOption()
{
    return QCommandLineOption(u"stage"_s,
                              StageText::tr("The project's stage to use (its origins), e.g. "
                                            "prod."),
                              u"NAME"_s);
}

Expected<CorsConfig> pickStage(const CorsConfig &config, const QString &name)
{
    if (name.isEmpty()) {
        return config;
    }
    if (const Stage *stage = findStage(config.stages, name)) {
        return config.forStage(*stage);
    }
    const QStringList names = stageNames(config.stages);
    return fail(names.isEmpty()
                    ? StageText::tr("--stage '%1': the project has no stages.").arg(name)
                    : StageText::tr("--stage '%1' is not a stage of the project; its stages "
                                    "are %2.")
                          .arg(name, names.join(u", "_s)));
}

} // namespace cors::cli
