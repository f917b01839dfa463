// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

namespace cors::gui {

/// Whether `palette` is a dark one (dark base colour): colours chosen for text must then be light.
bool isDarkPalette(const QPalette &palette);

/// The colours for "passed"/"allowed" and "failed"/"blocked", readable on `palette`'s base.
QColor passedColour(const QPalette &palette);
QColor failedColour(const QPalette &palette);
/// "Passed CORS, but the API refused": amber.
QColor cautionColour(const QPalette &palette);
/// The faint background of CORS lines in snippets.
QColor corsLineTint(const QPalette &palette);
/// A note's background (the banners above the snippets), readable in light and dark palettes.
QColor noteBackground(const QPalette &palette);

} // namespace cors::gui
