// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scancommand.h"

#include "help.h"
#include "interruptguard.h"
#include "outputformat.h"
#include "probe/checkinput.h"
#include "scan/scanner.h"
#include "scanoutput.h"
#include "urllist.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>

#include <cmath>

using namespace Qt::StringLiterals;

namespace cors::cli {

namespace {

class Scan
{
    Q_DECLARE_TR_FUNCTIONS(ScanCommand)

public:
    /// Progress on stderr at most once a second: how many, how fast.
    class Progress
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
};

} // namespace

QString ScanCommand::name() const
{
    return u"scan"_s;
}

QString ScanCommand::summary() const
{
    return Scan::tr("Audit live endpoints for CORS misconfigurations, preflights included.");
}

int ScanCommand::run(const QStringList &arguments, Streams streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + u"\n\n"_s +
        Scan::tr("Sends each endpoint requests from hostile origins derived from its host (and "
                 "from --origin's host): any origin, null, prefix, suffix, unescaped dot, "
                 "substring, any subdomain, http://, code hosts, special characters; preflights "
                 "asking for a made-up method and header and for Authorization from a foreign "
                 "origin; a missing path for error responses; the same URL from two origins in "
                 "a row for caches. Reports each misconfiguration with the probe origin, the "
                 "HTTP status and response headers as evidence, a severity (high when "
                 "credentials are allowed), an explanation and the fix. Results stream in input "
                 "order; Ctrl+C prints what is done and the summary.\n"
                 "Exit status: 0 nothing found, 1 findings, 2 usage error, 3 no endpoint "
                 "answered, 130 interrupted."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption urlsOption(
        u"urls"_s, Scan::tr("Read endpoints from FILE, one URL per line ('-' for stdin)."),
        u"FILE"_s);
    const QCommandLineOption originOption(
        u"origin"_s,
        Scan::tr("The legitimate frontend, e.g. https://app.example.com: probes derive from its "
                 "host too, and it is used to check Vary and error responses."),
        u"ORIGIN"_s);
    const QCommandLineOption headerOption(
        u"header"_s,
        Scan::tr("A header sent with every probe (e.g. an API key or Authorization); "
                 "repeatable."),
        u"\"Name: value\""_s);
    const QCommandLineOption concurrencyOption(
        u"concurrency"_s, Scan::tr("Requests in flight at most (default 32)."), u"N"_s, u"32"_s);
    const QCommandLineOption timeoutOption(
        u"timeout"_s,
        Scan::tr("Seconds each request may take in all: connecting, TLS and the response "
                 "headers (default 10)."),
        u"SECONDS"_s, u"10"_s);
    const QCommandLineOption proxyOption(
        u"proxy"_s,
        Scan::tr("Send the probes through this proxy: http://HOST:PORT (e.g. an intercepting "
                 "proxy) or socks5://HOST:PORT."),
        u"URL"_s);
    const FormatOption formatOption;
    parser.addOptions(
        {urlsOption, originOption, headerOption, concurrencyOption, timeoutOption, proxyOption});
    formatOption.addTo(parser);
    parser.addPositionalArgument(u"URL"_s, Scan::tr("Endpoints to scan."), u"[URL...]"_s);

    const auto usageError = [&streams](const QString &message) {
        return reportUsageError(streams.err, u"scan"_s, message);
    };
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(helpOption)) {
        streams.out << helpText(parser, u"corscfg scan"_s);
        return ExitOk;
    }
    if (parser.positionalArguments().isEmpty() && !parser.isSet(urlsOption)) {
        return usageError(Scan::tr("name at least one endpoint, as an argument or with --urls "
                                   "FILE."));
    }
    UrlList urls(parser.positionalArguments(), parser.value(urlsOption));
    if (const auto error = urls.open()) {
        return usageError(*error);
    }

    scan::ScanOptions options;
    if (parser.isSet(originOption)) {
        if (const auto error =
                probe::parseOriginField(parser.value(originOption), &options.legitimateOrigin)) {
            return usageError(u"--origin: "_s + *error);
        }
    }
    for (const QString &line : parser.values(headerOption)) {
        fetch::Header header;
        if (const auto error = probe::parseHeaderField(line, &header)) {
            return usageError(u"--header: "_s + *error);
        }
        options.extraHeaders.append(header.name, header.value);
    }
    bool ok = false;
    options.concurrency = parser.value(concurrencyOption).toInt(&ok);
    if (!ok || options.concurrency < 1 || options.concurrency > 1024) {
        return usageError(Scan::tr("--concurrency '%1' is not a number from 1 to 1024.")
                              .arg(parser.value(concurrencyOption)));
    }
    const double seconds = parser.value(timeoutOption).toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > 600) {
        return usageError(Scan::tr("--timeout '%1' is not a number of seconds from 0 to 600.")
                              .arg(parser.value(timeoutOption)));
    }
    options.timeout = std::chrono::milliseconds(qint64(std::llround(seconds * 1000)));
    if (parser.isSet(proxyOption)) {
        if (const auto error = probe::parseProxyField(parser.value(proxyOption), &options.proxy)) {
            return usageError(u"--proxy "_s + *error);
        }
    }
    QString formatError;
    const std::optional<OutputFormat> format = formatOption.read(parser, &formatError);
    if (!format) {
        return usageError(formatError);
    }

    ScanOutput output(*format, streams.out);
    scan::Scanner scanner;
    // Progress for long or unknown lists, on stderr.
    const bool showProgress = urls.total() < 0 || urls.total() >= 20;
    Scan::Progress progress(streams.err, urls.total());
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
                streams.err << u"corscfg scan: "_s << Scan::tr("skipped %1").arg(error) << u'\n';
            });
        },
        options);
    loop.exec();
    if (showProgress) {
        progress.update(output.tally().endpoints, requests, true);
    }
    output.finish(scanner.unfinished(), interrupted);

    const ScanTally &tally = output.tally();
    if (interrupted) {
        return ExitInterrupted;
    }
    if (tally.reachable == 0) {
        return ExitNoResponse;
    }
    return tally.withFindings > 0 ? ExitFindings : ExitOk;
}

} // namespace cors::cli
