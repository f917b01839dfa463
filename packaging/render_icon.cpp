// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Build tool: renders the scalable app icon as a PNG of one size for the hicolor theme, with
// Qt's SVG image plugin, so the PNGs always match the SVG.
//   render_icon ICON.svg SIZE OUT.png
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    bool ok = false;
    const int size = args.size() == 4 ? args.at(2).toInt(&ok) : 0;
    if (!ok || size <= 0) {
        err << "usage: render_icon ICON.svg SIZE OUT.png\n";
        return 2;
    }
    QImageReader reader(args.at(1));
    reader.setScaledSize(QSize(size, size));
    const QImage image = reader.read();
    if (image.isNull()) {
        err << "render_icon: cannot read " << args.at(1) << ": " << reader.errorString()
            << " (is Qt's SVG image plugin, libqt6svg6, installed?)\n";
        return 1;
    }
    if (!image.save(args.at(3), "PNG")) {
        err << "render_icon: cannot write " << args.at(3) << '\n';
        return 1;
    }
    return 0;
}
