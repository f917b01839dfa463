// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stage.h"

#include <algorithm>

namespace cors {

bool isValidStageName(QStringView name)
{
    return !name.isEmpty() && name.size() <= 128 &&
           std::all_of(name.begin(), name.end(), [](QChar c) {
               return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                      (c >= u'0' && c <= u'9') || c == u'-';
           });
}

QStringList stageNames(const QList<Stage> &stages)
{
    QStringList names;
    names.reserve(stages.size());
    for (const Stage &stage : stages) {
        names.append(stage.name);
    }
    return names;
}

const Stage *findStage(const QList<Stage> &stages, QStringView name)
{
    const auto it = std::find_if(stages.cbegin(), stages.cend(),
                                 [name](const Stage &stage) { return stage.name == name; });
    return it == stages.cend() ? nullptr : &*it;
}

bool isProductionStage(QStringView name)
{
    for (const QStringView word : {u"prod", u"production", u"prd", u"live"}) {
        if (name.compare(word, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

} // namespace cors
