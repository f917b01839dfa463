// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("corscfg"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CORS_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("CORS Configurator"));
    cors::i18n::installTranslations();

    QTextStream out(stdout);
    QTextStream err(stderr);
    return cors::cli::runCommandLine(QCoreApplication::arguments(), {out, err});
}
