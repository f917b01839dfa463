// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "help.h"

using namespace Qt::StringLiterals;

namespace cors::cli {

QString helpText(const QCommandLineParser &parser, const QString &program)
{
    QString text = parser.helpText();
    const QString usage = u"Usage: "_s;
    const qsizetype nameEnd = text.indexOf(u" [options]"_s);
    const qsizetype lineEnd = text.indexOf(u'\n');
    if (text.startsWith(usage) && nameEnd > 0 && (lineEnd < 0 || nameEnd < lineEnd)) {
        text.replace(usage.size(), nameEnd - usage.size(), program);
    }
    return text;
}

} // namespace cors::cli
