// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "urllist.h"

#include "probe/checkinput.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace cors::cli {

namespace {
/// Longer lines are not URLs anyone means; reading stops there instead of buffering them.
constexpr qint64 maxLineBytes = 64 * 1024;
} // namespace

UrlList::UrlList(QStringList arguments, QString path)
    : m_arguments(std::move(arguments))
    , m_path(std::move(path))
{}

Expected<void> UrlList::open()
{
    for (const QString &argument : std::as_const(m_arguments)) {
        if (const Expected<QUrl> url = probe::parseUrlField(argument); !url) {
            return fail(url.error());
        }
    }
    if (m_path.isEmpty()) {
        m_total = m_arguments.size();
        return {};
    }
    const bool opened = m_path == u"-"
                            ? m_file.open(stdin, QIODevice::ReadOnly)
                            : (m_file.setFileName(m_path), m_file.open(QIODevice::ReadOnly));
    if (!opened) {
        return fail(UrlList::tr("cannot read --urls %1: %2").arg(m_path, m_file.errorString()));
    }
    if (m_path == u"-") {
        return {};
    }
    qint64 count = m_arguments.size();
    while (const auto line = nextLine()) {
        if (const Expected<QUrl> url = probe::parseUrlField(line->first); !url) {
            return fail(u"%1:%2: "_s.arg(m_path).arg(line->second) + url.error());
        }
        ++count;
    }
    m_total = count;
    m_file.seek(0);
    m_lineNumber = 0;
    return {};
}

std::optional<std::pair<QString, qint64>> UrlList::nextLine()
{
    while (m_file.isOpen() && !m_file.atEnd()) {
        ++m_lineNumber;
        QByteArray bytes = m_file.readLine(maxLineBytes);
        if (!bytes.endsWith('\n')) {
            // Skip the rest of an overlong line rather than keeping it.
            char c = 0;
            while (m_file.getChar(&c) && c != '\n') {
            }
        }
        const QString line = QString::fromUtf8(bytes).trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#')) {
            return std::pair{line, m_lineNumber};
        }
    }
    return std::nullopt;
}

std::optional<QUrl> UrlList::next(const std::function<void(const QString &)> &skipped)
{
    if (m_nextArgument < m_arguments.size()) {
        return probe::parseUrlField(m_arguments.at(m_nextArgument++)).value_or(QUrl());
    }
    while (const auto line = nextLine()) {
        const Expected<QUrl> url = probe::parseUrlField(line->first);
        if (url) {
            return *url;
        }
        skipped(u"%1:%2: "_s.arg(m_path).arg(line->second) + url.error());
    }
    return std::nullopt;
}

} // namespace cors::cli
