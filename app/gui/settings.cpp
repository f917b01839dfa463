// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace cors::gui {

namespace {

// The only place the keys are spelled.
const QString languageKey = u"preferences/language"_s;
const QString recentFilesKey = u"files/recent"_s;
const QString lastDirectoryKey = u"files/lastDirectory"_s;
const QString firstLaunchKey = u"app/firstLaunchDone"_s;
const QString geometryKey = u"window/geometry"_s;
const QString stateKey = u"window/state"_s;
const QString splitterKey = u"window/splitter"_s;
const QString testerUrlKey = u"tester/url"_s;
const QString testerBrowserKey = u"tester/browser"_s;
const QString mockPortKey = u"mock/port"_s;

/// Recent files are kept as clean absolute paths, so one file is one entry however it was named.
QString recentFileKey(const QString &path)
{
    return QDir::cleanPath(QDir().absoluteFilePath(path));
}

} // namespace

Settings::Settings() = default;

Settings::Settings(const QString &iniPath)
    : m_settings(iniPath, QSettings::IniFormat)
{}

QString Settings::language() const
{
    return m_settings.value(languageKey).toString();
}

void Settings::setLanguage(const QString &language)
{
    m_settings.setValue(languageKey, language);
}

QStringList Settings::recentFiles() const
{
    return m_settings.value(recentFilesKey).toStringList();
}

void Settings::addRecentFile(const QString &path)
{
    const QString absolute = recentFileKey(path);
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecentFiles) {
        files.removeLast();
    }
    m_settings.setValue(recentFilesKey, files);
}

void Settings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(recentFileKey(path));
    m_settings.setValue(recentFilesKey, files);
}

void Settings::clearRecentFiles()
{
    m_settings.remove(recentFilesKey);
}

bool Settings::firstLaunchDone() const
{
    return m_settings.value(firstLaunchKey, false).toBool();
}

void Settings::setFirstLaunchDone()
{
    m_settings.setValue(firstLaunchKey, true);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(geometryKey).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(geometryKey, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(stateKey).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(stateKey, state);
}

QByteArray Settings::splitterState() const
{
    return m_settings.value(splitterKey).toByteArray();
}

void Settings::setSplitterState(const QByteArray &state)
{
    m_settings.setValue(splitterKey, state);
}

QString Settings::lastDirectory() const
{
    return m_settings.value(lastDirectoryKey, QDir::homePath()).toString();
}

void Settings::setLastDirectory(const QString &directory)
{
    m_settings.setValue(lastDirectoryKey, directory);
}

QString Settings::testerUrl() const
{
    return m_settings.value(testerUrlKey).toString();
}

void Settings::setTesterUrl(const QString &url)
{
    m_settings.setValue(testerUrlKey, url);
}

QString Settings::testerBrowser() const
{
    return m_settings.value(testerBrowserKey, u"chromium"_s).toString();
}

void Settings::setTesterBrowser(const QString &browserKey)
{
    m_settings.setValue(testerBrowserKey, browserKey);
}

int Settings::mockPort() const
{
    bool ok = false;
    const int port = m_settings.value(mockPortKey, defaultMockPort).toInt(&ok);
    return ok && port >= 0 && port <= 65535 ? port : defaultMockPort;
}

void Settings::setMockPort(int port)
{
    m_settings.setValue(mockPortKey, port);
}

void Settings::sync()
{
    m_settings.sync();
}

} // namespace cors::gui
