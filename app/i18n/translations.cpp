// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace cors::i18n {

namespace {

bool install(const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, u"_"_s, directory)) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}

/// Where an installation keeps the .qm files: ../share/cors-configurator/translations from the
/// program's folder (/usr/bin -> /usr/share/...).
QString installedTranslationsPath()
{
    return QDir(QCoreApplication::applicationDirPath())
        .absoluteFilePath(u"../share/cors-configurator/translations"_s);
}

} // namespace

QStringList shippedLanguages()
{
    return {u"de"_s};
}

bool installTranslations(const QLocale &locale)
{
    // An installed translation first (it can be updated without a rebuild), else the embedded.
    // The C locale (and "C.UTF-8") speaks English: its plural forms come from the English
    // catalogue too.
    const QLocale wanted = locale.language() == QLocale::C ? QLocale(QLocale::English) : locale;
    const bool ours = install(wanted, u"cors-configurator"_s, installedTranslationsPath()) ||
                      install(wanted, u"cors-configurator"_s, u":/i18n"_s);
    if (ours) {
        // Qt's own strings (standard buttons, file dialogs) from Debian's qt6-translations-l10n.
        install(wanted, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    return ours;
}

} // namespace cors::i18n
