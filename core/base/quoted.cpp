// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quoted.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace cors {

QString quoted(const QString &value)
{
    return u"'"_s + value + u"'"_s;
}

QString quoted(const QByteArray &bytes)
{
    return quoted(QString::fromLatin1(bytes));
}

QString quotedList(const QList<QByteArray> &items)
{
    QStringList parts;
    parts.reserve(items.size());
    for (const QByteArray &item : items) {
        parts.append(quoted(item));
    }
    return parts.join(u", "_s);
}

} // namespace cors
