// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preference.h"

#include <QByteArray>
#include <QDir>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace cors::gui {

/// Every preference and piece of window state the app keeps, each a typed Preference<T> (`get()`,
/// `set()`): no string keys anywhere else. Backed by QSettings (the user's config folder), or by an
/// INI file of one's choosing for tests.
class Settings final
{
    Q_DISABLE_COPY_MOVE(Settings)

public:
    static constexpr int maxRecentFiles = 10;
    static constexpr int defaultMockPort = 8080; ///< the same as `corscfg serve`

    Settings();
    explicit Settings(const QString &iniPath);

    QStringList recentFiles() const;
    /// Puts `path` first, without duplicates, keeping at most maxRecentFiles.
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void clearRecentFiles();

    void sync();

private:
    mutable QSettings m_settings; // first: the preferences below refer to it
    Preference<QStringList> m_recentFiles{m_settings, QStringLiteral("files/recent")};

public:
    // Every key is spelled here and nowhere else.
    /// "" follows the system locale; otherwise a shipped language ("de") or "en".
    Preference<QString> language{m_settings, QStringLiteral("preferences/language")};
    /// Whether the app ran before; the first launch opens the default example.
    Preference<bool> firstLaunchDone{m_settings, QStringLiteral("app/firstLaunchDone"), false};
    Preference<QByteArray> windowGeometry{m_settings, QStringLiteral("window/geometry")};
    Preference<QByteArray> windowState{m_settings, QStringLiteral("window/state")};
    Preference<QByteArray> splitterState{m_settings, QStringLiteral("window/splitter")};
    /// Folder of the last export or save, where file dialogs start.
    Preference<QString> lastDirectory{m_settings, QStringLiteral("files/lastDirectory"),
                                      QDir::homePath()};
    /// The tester's last inputs, so a relaunch picks up where the user was.
    Preference<QString> testerUrl{m_settings, QStringLiteral("tester/url")};
    Preference<QString> testerBrowser{m_settings, QStringLiteral("tester/browser"),
                                      QStringLiteral("chromium")};
    /// The local mock's port; 0 picks a free one each time.
    Preference<int> mockPort{m_settings, QStringLiteral("mock/port"), defaultMockPort,
                             [](int port) { return port >= 0 && port <= 65535; }};
};

} // namespace cors::gui
