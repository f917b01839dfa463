// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
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

} // namespace

QStringList shippedLanguages()
{
    return {u"de"_s};
}

bool installTranslations(const QLocale &locale)
{
    const bool ours = install(locale, u"cors-configurator"_s, u":/i18n"_s);
    if (ours) {
        // Qt's own strings (standard buttons, file dialogs) from Debian's qt6-translations-l10n.
        install(locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    return ours;
}

} // namespace cors::i18n
