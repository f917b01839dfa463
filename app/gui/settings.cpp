// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace cors::gui {

namespace {

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

QStringList Settings::recentFiles() const
{
    return m_recentFiles.get();
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
    m_recentFiles.set(files);
}

void Settings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(recentFileKey(path));
    m_recentFiles.set(files);
}

void Settings::clearRecentFiles()
{
    m_recentFiles.reset();
}

void Settings::sync()
{
    m_settings.sync();
}

} // namespace cors::gui
