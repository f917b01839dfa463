// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QImage>
#include <QPixmap>
#include <QSet>
#include <QWidget>

/// Distinct colours in `area` of `image`, counted up to `enough`.
inline int distinctColours(const QImage &image, const QRect &area, int enough)
{
    QSet<QRgb> colours;
    const QRect inside = area & image.rect();
    for (int y = inside.top(); y <= inside.bottom() && colours.size() < enough; ++y) {
        for (int x = inside.left(); x <= inside.right() && colours.size() < enough; ++x) {
            colours.insert(image.pixel(x, y));
        }
    }
    return int(colours.size());
}

/// Grabs `widget`, checks what the picture shows and saves it as NAME.png in the screenshot
/// folder. The picture must have the widget's size, and each of `shown` must be on it: visible,
/// at least partly inside the picture and painted (text or a drawing gives many colours; an empty
/// box a few). What is wrong is said on stderr and the result is false.
inline bool saveScreenshot(QWidget &widget, const QString &name, const QList<QWidget *> &shown)
{
    constexpr int paintedColours = 8;
    const QImage image = widget.grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    if (image.size() != widget.size() * ratio) {
        qWarning("screenshot %s: %dx%d, the widget is %dx%d", qPrintable(name), image.width(),
                 image.height(), widget.width(), widget.height());
        return false;
    }
    for (QWidget *part : shown) {
        const QString what =
            QString::fromLatin1(part->metaObject()->className()) + u' ' + part->accessibleName();
        if (!part->isVisibleTo(&widget)) {
            qWarning("screenshot %s: %s is hidden", qPrintable(name), qPrintable(what));
            return false;
        }
        // What of the part shows: its rectangle clipped by every parent's (a scroll area's
        // viewport, a splitter) and by the picture.
        QRect shows(part->mapTo(&widget, QPoint(0, 0)), part->size());
        for (QWidget *parent = part->parentWidget(); parent && parent != &widget;
             parent = parent->parentWidget()) {
            shows &= QRect(parent->mapTo(&widget, QPoint(0, 0)), parent->size());
        }
        shows &= widget.rect();
        const QRect area(shows.topLeft() * ratio, shows.size() * ratio);
        if (area.isEmpty()) {
            qWarning("screenshot %s: %s lies outside the picture", qPrintable(name),
                     qPrintable(what));
            return false;
        }
        if (distinctColours(image, area, paintedColours) < paintedColours) {
            qWarning("screenshot %s: %s shows nothing (fewer than %d colours)", qPrintable(name),
                     qPrintable(what), paintedColours);
            return false;
        }
    }
    const QDir dir(QStringLiteral(CORS_SCREENSHOT_DIR));
    if (!dir.mkpath(QStringLiteral("."))) {
        return false;
    }
    const QString path = dir.filePath(name + QStringLiteral(".png"));
    qInfo("screenshot: %s", qPrintable(path));
    return image.save(path);
}
