// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appicons.h"

using namespace Qt::StringLiterals;

namespace cors::gui {

QIcon appIcon(const QString &name)
{
    return QIcon(u":/icons/"_s + name + u".svg"_s);
}

} // namespace cors::gui
