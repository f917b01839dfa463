// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;

namespace cors::gui {

class Settings;

/// Preferences: the language (the system's by default). Saved through Settings when accepted;
/// a new language applies from the next start.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(Settings *settings, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }

    void accept() override;

private:
    Settings *m_settings;
    QComboBox *m_language;
};

} // namespace cors::gui
