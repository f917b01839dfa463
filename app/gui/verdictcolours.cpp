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

QColor cautionColour(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0xff, 0xc1, 0x4d) : QColor(0x9a, 0x5b, 0x00);
}

QColor corsLineTint(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0x2e, 0x5a, 0x88, 0x70) : QColor(0xdd, 0xee, 0xff);
}

QColor noteBackground(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0x4a, 0x3f, 0x14) : QColor(0xff, 0xf6, 0xcc);
}

} // namespace cors::gui
