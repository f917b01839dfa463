// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace cors::gui {

/// Every preference and piece of window state the app keeps, through one typed interface: no
/// string keys anywhere else. Backed by QSettings (the user's config folder), or by an INI file
/// of one's choosing for tests.
class Settings final
{
    Q_DISABLE_COPY_MOVE(Settings)

public:
    static constexpr int maxRecentFiles = 10;
    static constexpr int defaultMockPort = 8080; ///< the same as `corscfg serve`

    Settings();
    explicit Settings(const QString &iniPath);

    /// "" follows the system locale; otherwise a shipped language ("de") or "en".
    QString language() const;
    void setLanguage(const QString &language);

    QStringList recentFiles() const;
    /// Puts `path` first, without duplicates, keeping at most maxRecentFiles.
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void clearRecentFiles();

    /// Whether the app ran before; the first launch opens the default example.
    bool firstLaunchDone() const;
    void setFirstLaunchDone();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);

    /// Folder of the last export or save, where file dialogs start.
    QString lastDirectory() const;
    void setLastDirectory(const QString &directory);

    /// The tester's last inputs, so a relaunch picks up where the user was.
    QString testerUrl() const;
    void setTesterUrl(const QString &url);
    QString testerBrowser() const;
    void setTesterBrowser(const QString &browserKey);

    /// The local mock's port; 0 picks a free one each time.
    int mockPort() const;
    void setMockPort(int port);

    void sync();

private:
    mutable QSettings m_settings;
};

} // namespace cors::gui
