// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>

class QApplication;

namespace cors::gui {

/// The desktop app after QApplication exists: command line (`[FILE]`, `--quit-after-shown`,
/// `--report-startup`), language, the main window with the last project or, on first launch,
/// the least-privilege example. `sinceStart` was started first thing in main().
int runApplication(QApplication &app, const QElapsedTimer &sinceStart);

} // namespace cors::gui
