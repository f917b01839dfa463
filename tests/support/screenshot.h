// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QPixmap>
#include <QWidget>

/// Saves what `widget` shows as NAME.png in the build's screenshots folder (CORS_SCREENSHOT_DIR,
/// set by the GUI tests' CMake target); the README's pictures are copied from there.
inline bool saveScreenshot(QWidget &widget, const QString &name)
{
    const QDir dir(QStringLiteral(CORS_SCREENSHOT_DIR));
    if (!dir.mkpath(QStringLiteral("."))) {
        return false;
    }
    const QString path = dir.filePath(name + QStringLiteral(".png"));
    qInfo("screenshot: %s", qPrintable(path));
    return widget.grab().save(path);
}
