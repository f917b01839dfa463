// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectyaml.h"

#include <QList>

QByteArray withChangedKeys(const QByteArray &base, const QByteArray &changes)
{
    QList<QByteArray> lines = base.split('\n');
    for (const QByteArray &change : changes.split('\n')) {
        if (change.isEmpty()) {
            continue;
        }
        const QByteArray key = change.left(change.indexOf(':') + 1);
        lines.removeIf([&key](const QByteArray &line) { return line.startsWith(key); });
        lines.append(change);
    }
    return lines.join('\n') + '\n';
}
