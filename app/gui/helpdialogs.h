// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QDialog;
class QMainWindow;
class QWidget;

namespace cors::gui {

/// Help → User guide: the README (bundled, so it works offline) with its screenshots, in a
/// window of its own. The dialog is owned by `parent`.
QDialog *createUserGuide(QWidget *parent);

/// Help → Keyboard shortcuts: every menu action of `window` that has a shortcut, by menu.
QDialog *createShortcutsDialog(QMainWindow *window);

} // namespace cors::gui
