// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "verdictcolours.h"

namespace cors::gui {

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor passedColour(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0x5c, 0xd6, 0x7a) : QColor(0x1a, 0x7f, 0x37);
}

QColor failedColour(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
}

} // namespace cors::gui
