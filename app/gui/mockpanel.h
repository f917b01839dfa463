// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "emulator/emulator.h"

#include <QUrl>
#include <QWidget>

class QAction;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QToolButton;

namespace cors::gui {

class Settings;

/// "Run local mock": starts the emulator (core/emulator, the engine behind `corscfg serve`) on
/// 127.0.0.1 with the form's configuration, shows its URL and logs every request it answers.
/// Edits reach the running mock at once; while the form has errors it keeps answering with the
/// last valid configuration and says so.
class MockPanel final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int maxLogLines = 2000;

    explicit MockPanel(Settings *settings, QWidget *parent = nullptr);
    ~MockPanel() override;

    /// The form's configuration; `valid` is false when validation reports errors.
    void setConfig(const CorsConfig &config, bool valid);

    /// Checkable: on starts the mock, off stops it. For the Test menu and its shortcut.
    QAction *runAction() const { return m_runAction; }
    bool isRunning() const { return m_emulator.isRunning(); }
    QUrl url() const { return m_emulator.url(); }

    // For tests.
    /// The configuration last given (the selected stage's with stages).
    const CorsConfig &config() const { return m_config; }
    QPlainTextEdit *log() const { return m_log; }
    QLabel *statusLabel() const { return m_status; }
    QSpinBox *portBox() const { return m_port; }

Q_SIGNALS:
    /// The mock listens at `url`: the tester points at it.
    void started(const QUrl &url);
    void statusMessage(const QString &message);

private:
    void setRunning(bool run);
    void showState();
    void append(const emulator::LogEntry &entry);
    void copyUrl();

    Settings *m_settings;
    emulator::Emulator m_emulator;
    CorsConfig m_config;
    bool m_valid = true;
    bool m_servingStale = false;
    QAction *m_runAction;
    QToolButton *m_runButton;
    QSpinBox *m_port;
    QLabel *m_status;
    QToolButton *m_copyUrl;
    QPlainTextEdit *m_log;
};

} // namespace cors::gui
