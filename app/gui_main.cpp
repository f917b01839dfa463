// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/launcher.h"

#include <QApplication>
#include <QElapsedTimer>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("cors-configurator"));
    QApplication::setApplicationDisplayName(QStringLiteral("CORS Configurator"));
    QApplication::setApplicationVersion(QStringLiteral(CORS_VERSION));
    QApplication::setOrganizationName(QStringLiteral("CORS Configurator"));
    QApplication::setDesktopFileName(
        QStringLiteral("io.github.cors_configurator.CorsConfigurator"));
    return cors::gui::runApplication(app, sinceStart);
}
