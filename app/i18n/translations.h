// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>

namespace cors::i18n {

/// The languages the app speaks besides English (its source language), as locale names.
QStringList shippedLanguages();

/// Loads our translation for `locale` (core's, the CLI's and the GUI's messages: the installed
/// .qm file when there is one, else the one embedded under :/i18n) and Qt's own for the same
/// language when the system has it. Returns whether ours was found; English needs none.
bool installTranslations(const QLocale &locale = QLocale());

} // namespace cors::i18n
