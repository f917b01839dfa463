// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "i18n/translations.h"
#include "settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace cors::gui {

PreferencesDialog::PreferencesDialog(Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    // The C locale (and some minimal systems) have no native name: programs then speak English.
    const QLocale system;
    QString systemName = system.nativeLanguageName();
    if (systemName.isEmpty()) {
        systemName = system.language() == QLocale::C ? u"English"_s
                                                     : QLocale::languageToString(system.language());
    }
    m_language->addItem(tr("System language (%1)").arg(systemName), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    for (const QString &language : i18n::shippedLanguages()) {
        m_language->addItem(QLocale(language).nativeLanguageName(), language);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings->language.get())));
    m_language->setAccessibleName(tr("Language"));

    auto *note =
        new QLabel(tr("A new language applies the next time CORS Configurator starts."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(note);
    form->addRow(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
}

void PreferencesDialog::accept()
{
    m_settings->language.set(m_language->currentData().toString());
    m_settings->sync();
    QDialog::accept();
}

} // namespace cors::gui
