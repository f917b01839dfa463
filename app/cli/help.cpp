// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "help.h"

#include "command.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cors::cli {

namespace {
class Help
{
    Q_DECLARE_TR_FUNCTIONS(Help)
};
} // namespace

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

int reportUsageError(QTextStream &err, const QString &command, const QString &message)
{
    err << u"corscfg "_s << command << u": "_s << message << u'\n'
        << Help::tr("Run 'corscfg %1 --help' for usage.").arg(command) << u'\n';
    return ExitUsage;
}

} // namespace cors::cli
