// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace cors::gui {

/// Confirms that files were written, with an "Open Folder" button that shows `folder` in the
/// desktop's file manager.
void confirmWritten(QWidget *parent, const QString &text, const QString &folder);

} // namespace cors::gui
