// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandparser.h"

#include <QCoreApplication>

#include <cmath>

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

Expected<std::chrono::milliseconds> CommandParser::timeout(const QCommandLineOption &option) const
{
    bool ok = false;
    const double seconds = value(option).toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > 600) {
        return fail(CommandParserText::tr("--timeout '%1' must be a number of seconds above 0 "
                                          "and at most 600.")
                        .arg(value(option)));
    }
    return std::chrono::milliseconds(qint64(std::llround(seconds * 1000)));
}

QCommandLineOption timeoutOption(const QString &help)
{
    return QCommandLineOption(u"timeout"_s, help, u"SECONDS"_s, u"10"_s);
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
