// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor/advisor.h"
#include "command.h"
#include "commandparser.h"
#include "emulator/emulator.h"
#include "io/projectfile.h"
#include "loadfailure.h"
#include "stageoption.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileSystemWatcher>
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace cors::cli {

namespace {

class ServeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServeCommand)

public:
    static QString summary()
    {
        return tr("Run a local mock that answers like API Gateway with this configuration.");
    }

    static int run(const QStringList &arguments, Streams streams);
};

/// SIGINT and SIGTERM end the event loop: the handler only writes a byte to a socket pair
/// (async-signal-safe), a QSocketNotifier reads it on the event loop.
class StopSignals
{
public:
    explicit StopSignals(QEventLoop &loop)
    {
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_pair) != 0) {
            return;
        }
        ::fcntl(s_pair[1], F_SETFL, O_NONBLOCK);
        m_notifier = std::make_unique<QSocketNotifier>(s_pair[0], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, &loop, [&loop]() {
            char byte = 0;
            [[maybe_unused]] const ssize_t n = ::read(s_pair[0], &byte, 1);
            loop.quit();
        });
        struct sigaction action = {};
        action.sa_handler = &StopSignals::onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGINT, &action, &m_oldInt);
        ::sigaction(SIGTERM, &action, &m_oldTerm);
    }

    ~StopSignals()
    {
        if (!m_notifier) {
            return;
        }
        ::sigaction(SIGINT, &m_oldInt, nullptr);
        ::sigaction(SIGTERM, &m_oldTerm, nullptr);
        m_notifier.reset();
        ::close(s_pair[0]);
        ::close(s_pair[1]);
    }

    StopSignals(const StopSignals &) = delete;
    StopSignals &operator=(const StopSignals &) = delete;

private:
    static void onSignal(int)
    {
        const char byte = 1;
        [[maybe_unused]] const ssize_t n = ::write(s_pair[1], &byte, 1);
    }

    static inline int s_pair[2] = {-1, -1};
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
};

/// One line on what the advisor says, so that a failure in the browser is no surprise.
void reportAdvice(const QString &path, const CorsConfig &config, QTextStream &err)
{
    int errors = 0;
    int warnings = 0;
    for (const Finding &finding : advisor::advise(config)) {
        errors += finding.severity == Severity::Error;
        warnings += finding.severity == Severity::Warning;
    }
    if (errors + warnings > 0) {
        err << ServeCommand::tr("%1: the advisor reports %2 error(s) and %3 warning(s); the mock "
                                "answers as API Gateway would, so browsers will show their effect. "
                                "Details: corscfg lint --config %1")
                   .arg(path, QString::number(errors), QString::number(warnings))
            << u'\n';
    }
}

std::optional<QHostAddress> parseBindAddress(const QString &text)
{
    if (text.compare(u"localhost"_s, Qt::CaseInsensitive) == 0) {
        return QHostAddress(QHostAddress::LocalHost);
    }
    QHostAddress address;
    if (!address.setAddress(text)) {
        return std::nullopt;
    }
    return address;
}

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
    const QCommandLineOption configOption(u"config"_s, tr("The project file to serve."), u"FILE"_s);
    const QCommandLineOption portOption(
        u"port"_s, tr("The port to listen on; 0 picks a free one (default 8080)."), u"N"_s,
        u"8080"_s);
    const QCommandLineOption bindOption(
        u"bind"_s,
        tr("The address to listen on (default 127.0.0.1). Anything but loopback exposes "
           "the mock to the network."),
        u"ADDR"_s, u"127.0.0.1"_s);
    const QCommandLineOption stage = stageOption();
    parser.addOptions({configOption, stage, portOption, bindOption});

    if (const auto parsed = parser.parseArguments(arguments); !parsed) {
        return parsed.error();
    }
    const Expected<QString> projectPath = parser.projectPath(configOption);
    if (!projectPath) {
        return parser.usageError(projectPath.error());
    }
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        return parser.usageError(
            tr("--port '%1' is not a port number (0–65535).").arg(parser.value(portOption)));
    }
    const std::optional<QHostAddress> address = parseBindAddress(parser.value(bindOption));
    if (!address) {
        return parser.usageError(tr("--bind '%1' is not an IP address; use e.g. 127.0.0.1 or "
                                    "::1.")
                                     .arg(parser.value(bindOption)));
    }

    const QString path = *projectPath;
    const projectfile::LoadResult loaded = projectfile::read(path);
    if (!loaded.ok()) {
        return reportLoadFailure(path, loaded, streams.err);
    }
    if (!reportValidation(path, loaded.config, loaded.sourceMap, streams.err)) {
        streams.err << tr("%1: invalid configuration; API Gateway could not be deployed "
                          "with it, so there is nothing to serve.")
                           .arg(path)
                    << u'\n';
        return ExitFindings;
    }
    reportAdvice(path, loaded.config, streams.err);
    // One deployed API at a time: the named stage, or the first.
    QString stageName = parser.value(stage);
    if (stageName.isEmpty() && !loaded.config.stages.isEmpty()) {
        stageName = loaded.config.stages.first().name;
        streams.err
            << tr("serving the stage %1 (the first); --stage NAME picks another.").arg(stageName)
            << u'\n';
    }
    const Expected<CorsConfig> served = pickStage(loaded.config, stageName);
    if (!served) {
        return parser.usageError(served.error());
    }

    emulator::Emulator mock(*served);
    if (!mock.start(*address, quint16(port))) {
        streams.err << u"corscfg serve: "_s
                    << tr("cannot listen on %1 port %2: %3. Choose another port with "
                          "--port N (0 picks a free one).")
                           .arg(address->toString(), QString::number(port), mock.errorString())
                    << u'\n';
        return ExitUsage;
    }
    if (!address->isLoopback()) {
        streams.err << tr("warning: listening on %1, not loopback: other machines can "
                          "reach this mock.")
                           .arg(address->toString())
                    << u'\n';
    }
    QObject::connect(&mock, &emulator::Emulator::requestHandled, &mock,
                     [&streams](const emulator::LogEntry &entry) {
                         streams.err << emulator::formatLogEntry(entry) << u'\n';
                         streams.err.flush();
                     });

    // Saving the project file reloads it; editors that replace the file drop it from the
    // watcher, so it is added again after every change.
    QFileSystemWatcher watcher({path});
    QObject::connect(&watcher, &QFileSystemWatcher::fileChanged, &mock, [&](const QString &) {
        if (!watcher.files().contains(path)) {
            watcher.addPath(path);
        }
        const projectfile::LoadResult reloaded = projectfile::read(path);
        if (!reloaded.ok()) {
            reportLoadFailure(path, reloaded, streams.err);
        } else if (reportValidation(path, reloaded.config, reloaded.sourceMap, streams.err)) {
            const Expected<CorsConfig> stageConfig = pickStage(reloaded.config, stageName);
            if (!stageConfig) {
                streams.err << stageConfig.error() << u'\n';
            } else if (*stageConfig != mock.config()) {
                mock.setConfig(*stageConfig);
                streams.err << tr("%1: reloaded").arg(path) << u'\n';
                reportAdvice(path, reloaded.config, streams.err);
            }
            streams.err.flush();
            return;
        }
        streams.err << tr("%1: still serving the previous configuration until the "
                          "file is valid again.")
                           .arg(path)
                    << u'\n';
        streams.err.flush();
    });

    streams.out << mock.url().toString() << u'\n';
    streams.out.flush();
    streams.err << tr("Serving the %1 mock of %2 at %3 (Ctrl+C stops it).")
                       .arg(apiTypeDisplayName(loaded.config.apiType), path, mock.url().toString())
                << u'\n';
    streams.err.flush();

    QEventLoop loop;
    const StopSignals stopSignals(loop);
    loop.exec();
    mock.stop();
    streams.err << tr("Stopped.") << u'\n';
    return ExitOk;
}

} // namespace cors::cli
