// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "headertext.h"

cors::fetch::HeaderList parseHeaderText(const QByteArray &text, bool trimValues)
{
    cors::fetch::HeaderList headers;
    for (const QByteArray &line : text.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            continue;
        }
        const QByteArray value = line.sliced(colon + 1);
        headers.append(line.first(colon), trimValues ? value.trimmed() : value);
    }
    return headers;
}
