// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "commandparser.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cors::cli {

namespace {

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    static QList<Command> commands()
    {
        return {validateCommand(), renderCommand(), lintCommand(),  checkCommand(),
                scanCommand(),     serveCommand(),  importCommand()};
    }

    static QString helpText(QCommandLineParser &parser, const QList<Command> &all)
    {
        QString text = cli::helpText(parser, u"corscfg"_s);
        text += u"\n"_s + tr("Commands:") + u'\n';
        for (const Command &command : all) {
            text += u"  %1%2\n"_s.arg(command.name.leftJustified(12), command.summary);
        }
        text += u"\n"_s + tr("Run 'corscfg COMMAND --help' for a command's options.") + u'\n';
        return text;
    }
};

} // namespace

int runCommandLine(const QStringList &arguments, Streams streams)
{
    const auto all = CommandLine::commands();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("CORS for Amazon API Gateway, right the first time: validate, render, "
                        "lint, check, scan, serve and import CORS configurations."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, CommandLine::tr("The command to run (see below)."),
                                 u"COMMAND [ARGS...]"_s);

    // Usage lines say "corscfg", not the path the binary happened to be started from.
    QStringList args = arguments;
    if (args.isEmpty()) {
        args.append(u"corscfg"_s);
    } else {
        args[0] = u"corscfg"_s;
    }
    if (!parser.parse(args)) {
        streams.err << u"corscfg: "_s << parser.errorText() << u'\n'
                    << CommandLine::tr("Run 'corscfg --help' for usage.") << u'\n';
        return ExitUsage;
    }
    if (parser.isSet(versionOption)) {
        streams.out << u"corscfg "_s << QCoreApplication::applicationVersion() << u'\n';
        return ExitOk;
    }
    if (parser.isSet(helpOption)) {
        streams.out << CommandLine::helpText(parser, all);
        return ExitOk;
    }

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        streams.err << CommandLine::helpText(parser, all);
        return ExitUsage;
    }
    QString name = positional.takeFirst();
    if (name == u"help") {
        if (positional.isEmpty()) {
            streams.out << CommandLine::helpText(parser, all);
            return ExitOk;
        }
        name = positional.takeFirst();
        positional = {u"--help"_s};
    }
    for (const Command &command : all) {
        if (command.name == name) {
            return command.run(QStringList{u"corscfg "_s + name} + positional, streams);
        }
    }
    streams.err
        << u"corscfg: "_s
        << CommandLine::tr("unknown command '%1'. Run 'corscfg --help' for the list.").arg(name)
        << u'\n';
    return ExitUsage;
}

} // namespace cors::cli
