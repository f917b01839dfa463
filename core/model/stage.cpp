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
