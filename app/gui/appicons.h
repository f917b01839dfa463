// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace cors::gui {

/// One of the app's own icons (resources/icons/NAME.svg): scalable, so sharp on HiDPI screens,
/// and the same on every desktop, so the buttons of a row match whatever the icon theme.
QIcon appIcon(const QString &name);

} // namespace cors::gui
