// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor/advisor.h"
#include "command.h"
#include "commandparser.h"
#include "emulator/emulator.h"
#include "interruptguard.h"
#include "io/projectfile.h"
#include "loadfailure.h"
#include "stageoption.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileSystemWatcher>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace cors::cli {

namespace {

/// `corscfg serve --config FILE [--stage NAME] [--port N] [--bind ADDR]`: a local mock that
/// answers as API Gateway would with the project's configuration, reloaded on save.
class ServeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServeCommand)

public:
    static QString summary()
    {
        return tr("Run a local mock that answers like API Gateway with this configuration.");
    }

    static int run(const QStringList &arguments, Streams streams);

private:
    struct Options;
    /// Where to listen.
    struct Listen
    {
        QHostAddress address;
        quint16 port = 0;
    };

    static Expected<Listen> parseListen(const CommandParser &parser, const Options &options);
    /// The configuration of the stage to serve (the named one, or the first), or the exit code
    /// after saying why.
    static Expected<CorsConfig, int> loadServed(const CommandParser &parser, const QString &path,
                                                QString &stageName, Streams streams);
    static int serve(emulator::Emulator &mock, const Listen &listen, const QString &path,
                     const QString &stageName, Streams streams);
    /// Reloads the project file into `mock` when it is saved and valid.
    static void reload(emulator::Emulator &mock, const QString &path, const QString &stageName,
                       Streams streams);
    static void reportAdvice(const QString &path, const CorsConfig &config, QTextStream &err);
};

struct ServeCommand::Options
{
    QCommandLineOption config{u"config"_s, tr("The project file to serve."), u"FILE"_s};
    QCommandLineOption port{u"port"_s,
                            tr("The port to listen on; 0 picks a free one (default 8080)."), u"N"_s,
                            u"8080"_s};
    QCommandLineOption bind{u"bind"_s,
                            tr("The address to listen on (default 127.0.0.1). Anything but "
                               "loopback exposes the mock to the network."),
                            u"ADDR"_s, u"127.0.0.1"_s};
    QCommandLineOption stage = stageOption();

    void addTo(CommandParser &parser) const { parser.addOptions({config, stage, port, bind}); }
};

} // namespace

Command serveCommand()
{
    return {u"serve"_s, ServeCommand::summary(), &ServeCommand::run};
}

int ServeCommand::run(const QStringList &arguments, Streams streams)
{
    CommandParser parser(
        u"serve"_s,
        summary() + u"\n\n"_s +
            tr("REST API: OPTIONS gets the MOCK integration's static headers, other methods "
               "the generated Lambda example's answer. HTTP API: API Gateway's own preflight "
               "answer and CORS headers. /_status/NNN answers with API Gateway's error NNN; "
               "a missing token or API key gets 401/403.\n"
               "Prints the URL on stdout and one line per request on stderr; saving the "
               "file reloads it. Ctrl+C stops the mock.\n"
               "Exit status: 0 stopped, 1 invalid configuration, 2 usage error, unreadable "
               "file or address in use."),
        streams);
    const Options options;
    options.addTo(parser);
    if (const auto parsed = parser.parseArguments(arguments); !parsed) {
        return parsed.error();
    }
    const Expected<QString> path = parser.projectPath(options.config);
    const Expected<Listen> listen =
        path.and_then([&](const QString &) { return parseListen(parser, options); });
    if (!listen) {
        return parser.usageError(listen.error());
    }
    QString stageName = parser.value(options.stage);
    const Expected<CorsConfig, int> served = loadServed(parser, *path, stageName, streams);
    if (!served) {
        return served.error();
    }
    emulator::Emulator mock(*served);
    return serve(mock, *listen, *path, stageName, streams);
}

Expected<ServeCommand::Listen> ServeCommand::parseListen(const CommandParser &parser,
                                                         const Options &options)
{
    bool portOk = false;
    const uint port = parser.value(options.port).toUInt(&portOk);
    if (!portOk || port > 65535) {
        return fail(
            tr("--port '%1' is not a port number (0–65535).").arg(parser.value(options.port)));
    }
    const QString bind = parser.value(options.bind);
    QHostAddress address;
    if (bind.compare(u"localhost"_s, Qt::CaseInsensitive) == 0) {
        address = QHostAddress(QHostAddress::LocalHost);
    } else if (!address.setAddress(bind)) {
        return fail(tr("--bind '%1' is not an IP address; use e.g. 127.0.0.1 or ::1.").arg(bind));
    }
    return Listen{address, quint16(port)};
}

Expected<CorsConfig, int> ServeCommand::loadServed(const CommandParser &parser, const QString &path,
                                                   QString &stageName, Streams streams)
{
    const projectfile::LoadResult loaded = projectfile::read(path);
    if (!loaded.ok()) {
        return fail(reportLoadFailure(path, loaded, streams.err));
    }
    if (!reportValidation(path, loaded.config, loaded.sourceMap, streams.err)) {
        streams.err << tr("%1: invalid configuration; API Gateway could not be deployed "
                          "with it, so there is nothing to serve.")
                           .arg(path)
                    << u'\n';
        return fail(int(ExitFindings));
    }
    reportAdvice(path, loaded.config, streams.err);
    // One deployed API at a time: the named stage, or the first.
    if (stageName.isEmpty() && !loaded.config.stages.isEmpty()) {
        stageName = loaded.config.stages.first().name;
        streams.err
            << tr("serving the stage %1 (the first); --stage NAME picks another.").arg(stageName)
            << u'\n';
    }
    return pickStage(loaded.config, stageName).map_error([&parser](const QString &error) {
        return parser.usageError(error);
    });
}

int ServeCommand::serve(emulator::Emulator &mock, const Listen &listen, const QString &path,
                        const QString &stageName, Streams streams)
{
    if (!mock.start(listen.address, listen.port)) {
        streams.err << u"corscfg serve: "_s
                    << tr("cannot listen on %1 port %2: %3. Choose another port with "
                          "--port N (0 picks a free one).")
                           .arg(listen.address.toString(), QString::number(listen.port),
                                mock.errorString())
                    << u'\n';
        return ExitUsage;
    }
    if (!listen.address.isLoopback()) {
        streams.err << tr("warning: listening on %1, not loopback: other machines can "
                          "reach this mock.")
                           .arg(listen.address.toString())
                    << u'\n';
    }
    QObject::connect(&mock, &emulator::Emulator::requestHandled, &mock,
                     [&streams](const emulator::LogEntry &entry) {
                         streams.err << emulator::formatLogEntry(entry) << u'\n';
                         streams.err.flush();
                     });
    reload(mock, path, stageName, streams);

    streams.out << mock.url().toString() << u'\n';
    streams.out.flush();
    streams.err << tr("Serving the %1 mock of %2 at %3 (Ctrl+C stops it).")
                       .arg(apiTypeDisplayName(mock.config().apiType), path, mock.url().toString())
                << u'\n';
    streams.err.flush();

    QEventLoop loop;
    const InterruptGuard guard([&loop] { loop.quit(); });
    loop.exec();
    mock.stop();
    streams.err << tr("Stopped.") << u'\n';
    return ExitOk;
}

void ServeCommand::reload(emulator::Emulator &mock, const QString &path, const QString &stageName,
                          Streams streams)
{
    // Editors that replace the file drop it from the watcher: it is added again after every
    // change. The watcher lives as long as the mock.
    auto *watcher = new QFileSystemWatcher({path}, &mock);
    QObject::connect(watcher, &QFileSystemWatcher::fileChanged, &mock, [=, &mock](const QString &) {
        if (!watcher->files().contains(path)) {
            watcher->addPath(path);
        }
        const projectfile::LoadResult reloaded = projectfile::read(path);
        if (reloaded.ok() &&
            reportValidation(path, reloaded.config, reloaded.sourceMap, streams.err)) {
            const Expected<CorsConfig> stageConfig = pickStage(reloaded.config, stageName);
            if (!stageConfig) {
                streams.err << stageConfig.error() << u'\n';
            } else if (*stageConfig != mock.config()) {
                mock.setConfig(*stageConfig);
                streams.err << tr("%1: reloaded").arg(path) << u'\n';
                reportAdvice(path, reloaded.config, streams.err);
            }
        } else {
            if (!reloaded.ok()) {
                reportLoadFailure(path, reloaded, streams.err);
            }
            streams.err << tr("%1: still serving the previous configuration until the "
                              "file is valid again.")
                               .arg(path)
                        << u'\n';
        }
        streams.err.flush();
    });
}

/// One line on what the advisor says, so that a failure in the browser is no surprise.
void ServeCommand::reportAdvice(const QString &path, const CorsConfig &config, QTextStream &err)
{
    int errors = 0;
    int warnings = 0;
    for (const Finding &finding : advisor::advise(config)) {
        errors += finding.severity == Severity::Error;
        warnings += finding.severity == Severity::Warning;
    }
    if (errors + warnings > 0) {
        err << tr("%1: the advisor reports %2 error(s) and %3 warning(s); the mock answers as "
                  "API Gateway would, so browsers will show their effect. Details: corscfg "
                  "lint --config %1")
                   .arg(path, QString::number(errors), QString::number(warnings))
            << u'\n';
    }
}

} // namespace cors::cli
