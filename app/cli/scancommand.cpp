// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scancommand.h"

#include "help.h"
#include "probe/checkinput.h"
#include "scan/scanner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace cors::cli {

namespace {

/// An endpoint as given, and where: "" for an argument, "FILE:LINE" for a --urls line.
struct UrlSource
{
    QString text;
    QString where;
};

class Scan
{
    Q_DECLARE_TR_FUNCTIONS(ScanCommand)

public:
    /// The URLs of a --urls file: one per line; blank lines and lines starting with '#' are
    /// skipped. "-" reads standard input.
    static std::optional<QString> readUrlFile(const QString &path, QList<UrlSource> *sources)
    {
        QFile file;
        const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                         : (file.setFileName(path), file.open(QIODevice::ReadOnly));
        if (!opened) {
            return tr("cannot read --urls %1: %2").arg(path, file.errorString());
        }
        int number = 0;
        while (!file.atEnd()) {
            ++number;
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (!line.isEmpty() && !line.startsWith(u'#')) {
                sources->append({line, u"%1:%2"_s.arg(path).arg(number)});
            }
        }
        return std::nullopt;
    }

    static QJsonObject toJson(const scan::TargetResult &result)
    {
        QJsonArray findings;
        for (const scan::ScanFinding &finding : result.findings) {
            findings.append(QJsonObject{
                {u"class"_s, scan::findingClassKey(finding.kind)},
                {u"severity"_s, scan::severityKey(finding.severity)},
                {u"origin"_s, QString::fromLatin1(finding.probeOrigin)},
                {u"alsoAccepted"_s, QJsonArray::fromStringList(finding.alsoAccepted)},
                {u"evidence"_s, QJsonArray::fromStringList(finding.evidence)},
                {u"explanation"_s, finding.explanation},
                {u"fix"_s, finding.fix},
            });
        }
        return {
            {u"url"_s, result.url.toString()},
            {u"reachable"_s, result.reachable},
            {u"error"_s, result.reachable ? QJsonValue() : QJsonValue(result.error)},
            {u"requests"_s, result.requests},
            {u"findings"_s, findings},
        };
    }

    static void printText(const scan::TargetResult &result, QTextStream &out)
    {
        out << result.url.toString() << u'\n';
        if (!result.reachable) {
            out << u"  "_s << tr("unreachable: %1").arg(result.error) << u'\n';
            return;
        }
        if (result.findings.isEmpty()) {
            out << u"  "_s << tr("no findings") << u'\n';
            return;
        }
        for (const scan::ScanFinding &finding : result.findings) {
            out << u"  "_s << scan::severityKey(finding.severity).leftJustified(7)
                << scan::findingClassKey(finding.kind);
            if (!finding.probeOrigin.isEmpty()) {
                out << u"  "_s << tr("origin %1").arg(QString::fromLatin1(finding.probeOrigin));
            }
            out << u'\n';
            out << u"         "_s << finding.explanation << u'\n';
            if (!finding.alsoAccepted.isEmpty()) {
                out << u"         "_s
                    << tr("also accepted: %1").arg(finding.alsoAccepted.join(u", "_s)) << u'\n';
            }
            out << u"         "_s << tr("evidence: %1").arg(finding.evidence.join(u" | "_s))
                << u'\n';
            out << u"         "_s << tr("fix: %1").arg(finding.fix) << u'\n';
        }
    }
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
                 "origin; a missing path for error responses. Reports each misconfiguration "
                 "with the probe origin, the response headers as evidence, a severity (high "
                 "when credentials are allowed), an explanation and the fix.\n"
                 "Exit status: 0 nothing found, 1 findings, 2 usage error, 3 no endpoint "
                 "answered."));
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
        u"header"_s, Scan::tr("A header sent with every probe (e.g. an API key); repeatable."),
        u"\"Name: value\""_s);
    const QCommandLineOption concurrencyOption(
        u"concurrency"_s, Scan::tr("Requests in flight at most (default 32)."), u"N"_s, u"32"_s);
    const QCommandLineOption timeoutOption(
        u"timeout"_s, Scan::tr("Seconds to wait for each response (default 10)."), u"SECONDS"_s,
        u"10"_s);
    const QCommandLineOption jsonOption(u"json"_s, Scan::tr("Print the results as JSON."));
    parser.addOptions(
        {urlsOption, originOption, headerOption, concurrencyOption, timeoutOption, jsonOption});
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

    QList<UrlSource> sources;
    for (const QString &argument : parser.positionalArguments()) {
        sources.append({argument, QString()});
    }
    if (parser.isSet(urlsOption)) {
        if (const auto error = Scan::readUrlFile(parser.value(urlsOption), &sources)) {
            return usageError(*error);
        }
    }
    if (sources.isEmpty()) {
        return usageError(Scan::tr("name at least one endpoint, as an argument or with --urls "
                                   "FILE."));
    }
    QList<QUrl> targets;
    for (const UrlSource &source : sources) {
        QUrl url;
        if (const auto error = probe::parseUrlField(source.text, &url)) {
            return usageError(source.where.isEmpty() ? *error : source.where + u": "_s + *error);
        }
        targets.append(url);
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
    if (!ok || seconds <= 0 || seconds > 600) {
        return usageError(Scan::tr("--timeout '%1' is not a number of seconds from 0 to 600.")
                              .arg(parser.value(timeoutOption)));
    }
    options.timeout = std::chrono::milliseconds(qint64(seconds * 1000));

    scan::Scanner scanner;
    // Progress for long lists, at most once a second, on stderr.
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    const bool longList = targets.size() >= 20;
    QObject::connect(&scanner, &scan::Scanner::progress, &scanner, [&](int done, int total) {
        if (longList && (sinceProgress.elapsed() >= 1000 || done == total)) {
            sinceProgress.restart();
            streams.err << Scan::tr("scanned %1 of %2 endpoints").arg(done).arg(total) << u'\n';
            streams.err.flush();
        }
    });
    const QList<scan::TargetResult> results = scanner.run(targets, options);

    int withFindings = 0;
    int reachable = 0;
    int counts[3] = {0, 0, 0};
    for (const scan::TargetResult &result : results) {
        reachable += result.reachable;
        withFindings += !result.findings.isEmpty();
        for (const scan::ScanFinding &finding : result.findings) {
            ++counts[int(finding.severity)];
        }
    }
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const scan::TargetResult &result : results) {
            array.append(Scan::toJson(result));
        }
        const QJsonObject document{
            {u"targets"_s, array},
            {u"summary"_s, QJsonObject{{u"endpoints"_s, int(results.size())},
                                       {u"reachable"_s, reachable},
                                       {u"withFindings"_s, withFindings},
                                       {u"high"_s, counts[int(scan::Severity::High)]},
                                       {u"medium"_s, counts[int(scan::Severity::Medium)]},
                                       {u"low"_s, counts[int(scan::Severity::Low)]}}},
        };
        streams.out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    } else {
        for (const scan::TargetResult &result : results) {
            Scan::printText(result, streams.out);
        }
        streams.out << Scan::tr("%1 endpoint(s), %2 with findings (%3 high, %4 medium, %5 low), "
                                "%6 unreachable")
                           .arg(QString::number(results.size()), QString::number(withFindings),
                                QString::number(counts[int(scan::Severity::High)]),
                                QString::number(counts[int(scan::Severity::Medium)]),
                                QString::number(counts[int(scan::Severity::Low)]),
                                QString::number(results.size() - reachable))
                    << u'\n';
    }
    if (reachable == 0) {
        return ExitNoResponse;
    }
    return withFindings > 0 ? ExitFindings : ExitOk;
}

} // namespace cors::cli
