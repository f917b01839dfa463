// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "commandparser.h"
#include "interruptguard.h"
#include "networkoptions.h"
#include "outputformat.h"
#include "probe/checkinput.h"
#include "scan/scanner.h"
#include "scanoutput.h"
#include "urllist.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace cors::cli {

namespace {

/// `corscfg scan URL... [--urls FILE] [--origin ORIGIN] [--header "Name: value"]...
/// [--concurrency N] [--timeout SECONDS] [--proxy URL] [--format text|json|sarif]`: audits
/// endpoints with hostile probes and prints each misconfiguration as it is found.
class ScanCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScanCommand)

public:
    static QString summary()
    {
        return tr("Audit live endpoints for CORS misconfigurations, preflights included.");
    }

    static int run(const QStringList &arguments, Streams streams);

private:
    struct Options;
    class Progress;

    static Expected<scan::ScanOptions> parse(const CommandParser &parser, const Options &options);
    /// Scans every endpoint of `urls` into `output`; returns whether Ctrl+C stopped it.
    static bool scanAll(UrlList &urls, const scan::ScanOptions &options, ScanOutput &output,
                        Streams streams);
};

struct ScanCommand::Options
{
    QCommandLineOption urls{
        u"urls"_s, tr("Read endpoints from FILE, one URL per line ('-' for stdin)."), u"FILE"_s};
    QCommandLineOption origin{
        u"origin"_s,
        tr("The legitimate frontend, e.g. https://app.example.com: probes derive from its host "
           "too, and it is used to check Vary and error responses."),
        u"ORIGIN"_s};
    QCommandLineOption header{
        u"header"_s,
        tr("A header sent with every probe (e.g. an API key or Authorization); repeatable."),
        u"\"Name: value\""_s};
    QCommandLineOption concurrency{u"concurrency"_s, tr("Requests in flight at most (default 32)."),
                                   u"N"_s, u"32"_s};
    NetworkOptions network{tr("Seconds each request may take in all: connecting, TLS and the "
                              "response headers (default 10)."),
                           tr("probes")};
    FormatOption format;

    void addTo(CommandParser &parser) const
    {
        parser.addOptions({urls, origin, header, concurrency});
        network.addTo(parser);
        format.addTo(parser);
        parser.addPositionalArgument(u"URL"_s, tr("Endpoints to scan."), u"[URL...]"_s);
    }
};

/// Progress on stderr at most once a second: how many, how fast.
class ScanCommand::Progress
{
public:
    Progress(QTextStream &err, qint64 total)
        : m_err(err)
        , m_total(total)
    {
        m_clock.start();
        m_sinceLast.start();
    }

    void update(qint64 done, qint64 requests, bool last = false)
    {
        if (!last && m_sinceLast.elapsed() < 1000) {
            return;
        }
        m_sinceLast.restart();
        const double seconds = std::max<double>(0.001, double(m_clock.elapsed()) / 1000.0);
        m_err << (m_total >= 0 ? tr("scanned %1 of %2 endpoints").arg(done).arg(m_total)
                               : tr("scanned %1 endpoints").arg(done))
              << u" ("_s
              << tr("%1 requests/s").arg(QString::number(double(requests) / seconds, 'f', 0))
              << u")\n"_s;
        m_err.flush();
    }

private:
    QTextStream &m_err;
    qint64 m_total;
    QElapsedTimer m_clock;
    QElapsedTimer m_sinceLast;
};

} // namespace

Command scanCommand()
{
    return {u"scan"_s, ScanCommand::summary(), &ScanCommand::run};
}

int ScanCommand::run(const QStringList &arguments, Streams streams)
{
    CommandParser parser(
        u"scan"_s,
        summary() + u"\n\n"_s +
            tr("Sends each endpoint requests from hostile origins derived from its host (and "
               "from --origin's host): any origin, null, prefix, suffix, unescaped dot, "
               "substring, any subdomain, http://, code hosts, special characters; preflights "
               "asking for a made-up method and header and for Authorization from a foreign "
               "origin; a missing path for error responses; the same URL from two origins in "
               "a row for caches. Reports each misconfiguration with the probe origin, the "
               "HTTP status and response headers as evidence, a severity (high when "
               "credentials are allowed), an explanation and the fix. Results stream in input "
               "order; Ctrl+C prints what is done and the summary.\n"
               "Exit status: 0 nothing found, 1 findings, 2 usage error, 3 no endpoint "
               "answered, 130 interrupted."),
        streams);
    const Options options;
    options.addTo(parser);
    if (const auto parsed = parser.parseArguments(arguments); !parsed) {
        return parsed.error();
    }
    if (parser.positionalArguments().isEmpty() && !parser.isSet(options.urls)) {
        return parser.usageError(
            tr("name at least one endpoint, as an argument or with --urls FILE."));
    }
    UrlList urls(parser.positionalArguments(), parser.value(options.urls));
    const Expected<scan::ScanOptions> scanOptions =
        urls.open().and_then([&] { return parse(parser, options); });
    const Expected<OutputFormat> format = options.format.read(parser);
    if (!scanOptions || !format) {
        return parser.usageError(!scanOptions ? scanOptions.error() : format.error());
    }

    ScanOutput output(*format, streams.out);
    const bool interrupted = scanAll(urls, *scanOptions, output, streams);
    if (interrupted) {
        return ExitInterrupted;
    }
    const ScanTally &tally = output.tally();
    if (tally.reachable == 0) {
        return ExitNoResponse;
    }
    return tally.withFindings > 0 ? ExitFindings : ExitOk;
}

Expected<scan::ScanOptions> ScanCommand::parse(const CommandParser &parser, const Options &options)
{
    scan::ScanOptions scan;
    if (parser.isSet(options.origin)) {
        const Expected<QByteArray> origin = probe::parseOriginField(parser.value(options.origin));
        if (!origin) {
            return fail(u"--origin: "_s + origin.error());
        }
        scan.legitimateOrigin = *origin;
    }
    for (const QString &line : parser.values(options.header)) {
        const Expected<fetch::Header> header = probe::parseHeaderField(line);
        if (!header) {
            return fail(u"--header: "_s + header.error());
        }
        scan.extraHeaders.append(header->name, header->value);
    }
    bool ok = false;
    scan.concurrency = parser.value(options.concurrency).toInt(&ok);
    if (!ok || scan.concurrency < 1 || scan.concurrency > 1024) {
        return fail(tr("--concurrency '%1' is not a number from 1 to 1024.")
                        .arg(parser.value(options.concurrency)));
    }
    const Expected<NetworkOptions::Values> network = options.network.read(parser);
    if (!network) {
        return fail(network.error());
    }
    scan.timeout = network->timeout;
    scan.proxy = network->proxy;
    return scan;
}

bool ScanCommand::scanAll(UrlList &urls, const scan::ScanOptions &options, ScanOutput &output,
                          Streams streams)
{
    scan::Scanner scanner;
    // Progress for long or unknown lists, on stderr.
    const bool showProgress = urls.total() < 0 || urls.total() >= 20;
    Progress progress(streams.err, urls.total());
    qint64 requests = 0;
    QObject::connect(&scanner, &scan::Scanner::targetDone, &scanner,
                     [&output](const scan::TargetResult &result) { output.add(result); });
    QObject::connect(&scanner, &scan::Scanner::progress, &scanner, [&](qint64 done, qint64 sent) {
        requests = sent;
        if (showProgress) {
            progress.update(done, sent);
        }
    });
    bool interrupted = false;
    const InterruptGuard guard([&scanner, &interrupted] {
        interrupted = true;
        scanner.interrupt();
    });
    QEventLoop loop;
    QObject::connect(&scanner, &scan::Scanner::finished, &loop, &QEventLoop::quit);
    scanner.start(
        [&urls, &streams]() {
            return urls.next([&streams](const QString &error) {
                streams.err << u"corscfg scan: "_s << tr("skipped %1").arg(error) << u'\n';
            });
        },
        options);
    loop.exec();
    if (showProgress) {
        progress.update(output.tally().endpoints, requests, true);
    }
    output.finish(scanner.unfinished(), interrupted);
    return interrupted;
}

} // namespace cors::cli
