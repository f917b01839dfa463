// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/expected.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

namespace cors::cli {

/// The endpoints of `corscfg scan`: the arguments, then a --urls file read a line at a time
/// as the scan goes (one URL per line; blank lines and '#' comments skipped; "-" is stdin), so
/// a list of any length costs no memory.
class UrlList
{
    Q_DECLARE_TR_FUNCTIONS(UrlList)

public:
    UrlList(QStringList arguments, QString path);

    /// Opens the file and, unless it is stdin, checks every line first (and counts them), so
    /// a bad line is a usage error before anything is sent. The error names FILE:LINE.
    Expected<void> open();
    /// URLs in all, once open() read a file through; -1 for stdin.
    qint64 total() const { return m_total; }
    /// The next URL; a bad stdin line is passed to `skipped` with its FILE:LINE and skipped.
    std::optional<QUrl> next(const std::function<void(const QString &)> &skipped);

private:
    /// The next non-blank, non-comment line of the file with its number.
    std::optional<std::pair<QString, qint64>> nextLine();

    QStringList m_arguments;
    QString m_path;
    QFile m_file;
    qsizetype m_nextArgument = 0;
    qint64 m_lineNumber = 0;
    qint64 m_total = -1;
};

} // namespace cors::cli
