// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandparser.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cors::cli {

namespace {
class CommandParserText
{
    Q_DECLARE_TR_FUNCTIONS(CommandParserText)
};
} // namespace

CommandParser::CommandParser(QString command, const QString &description, Streams streams)
    : m_command(std::move(command))
    , m_streams(streams)
    , m_help(addHelpOption())
{
    setApplicationDescription(description);
}

Expected<void, int> CommandParser::parseArguments(const QStringList &arguments)
{
    if (!parse(arguments)) {
        return fail(usageError(errorText()));
    }
    if (isSet(m_help)) {
        m_streams.out << cli::helpText(*this, u"corscfg "_s + m_command);
        return fail(int(ExitOk));
    }
    return {};
}

int CommandParser::usageError(const QString &message) const
{
    m_streams.err << u"corscfg "_s << m_command << u": "_s << message << u'\n'
                  << CommandParserText::tr("Run 'corscfg %1 --help' for usage.").arg(m_command)
                  << u'\n';
    return ExitUsage;
}

Expected<QString> CommandParser::projectPath(const QCommandLineOption &config) const
{
    if (!positionalArguments().isEmpty()) {
        return fail(CommandParserText::tr("unexpected argument '%1'; name the project file with "
                                          "--config.")
                        .arg(positionalArguments().constFirst()));
    }
    if (!isSet(config)) {
        return fail(CommandParserText::tr("name the project file with --config FILE."));
    }
    return value(config);
}

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
