// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkcommand.h"

#include "fetch/flowjson.h"
#include "fetch/request.h"
#include "flowprinter.h"
#include "help.h"
#include "io/projectfile.h"
#include "loadfailure.h"
#include "outputformat.h"
#include "probe/checkinput.h"
#include "probe/prober.h"
#include "report/findingsarif.h"
#include "stageoption.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace cors::cli {

namespace {

class Check
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    /// How the command line spells the input an error is about.
    static QString optionName(probe::CheckInputField field)
    {
        switch (field) {
        case probe::CheckInputField::Url:
            return u"URL"_s;
        case probe::CheckInputField::Origin:
            return u"--origin"_s;
        case probe::CheckInputField::Headers:
            return u"--header"_s;
        }
        return {};
    }
};

/// The first origin of the project's stage (`stage`, or the first stage), for a check
/// without --origin; nullopt after saying why on stderr.
std::optional<QString> originOfProject(const QString &path, const QString &stage, Streams streams)
{
    const projectfile::LoadResult loaded = projectfile::read(path);
    if (!loaded.ok()) {
        reportLoadFailure(path, loaded, streams.err);
        return std::nullopt;
    }
    const QString name = stage.isEmpty() && !loaded.config.stages.isEmpty()
                             ? loaded.config.stages.first().name
                             : stage;
    QString error;
    const std::optional<CorsConfig> config = pickStage(loaded.config, name, &error);
    if (!config) {
        reportUsageError(streams.err, u"check"_s, error);
        return std::nullopt;
    }
    const QString origin = config->allowOrigins.value(0);
    if (origin.isEmpty() || origin.contains(u'*')) {
        reportUsageError(
            streams.err, u"check"_s,
            Check::tr("%1 names no exact origin to call from; give --origin.").arg(path));
        return std::nullopt;
    }
    return origin;
}

} // namespace

QString CheckCommand::name() const
{
    return u"check"_s;
}

QString CheckCommand::summary() const
{
    return Check::tr("Send a request as a browser would and show whether it allows it.");
}

int CheckCommand::run(const QStringList &arguments, Streams streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + u"\n\n"_s +
        Check::tr("Sends the preflight only when a browser would, the actual request only when "
                  "the preflight passed, follows redirects hop by hop, and judges every "
                  "response as the chosen browser does.\nExit status: 0 allowed, 1 blocked, "
                  "2 usage error, 3 no response at all (connection refused, DNS, timeout)."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    parser.addPositionalArgument(u"URL"_s, Check::tr("The endpoint to call."), u"URL"_s);
    const QCommandLineOption originOption(
        u"origin"_s, Check::tr("The origin of the calling page, e.g. https://app.example.com."),
        u"ORIGIN"_s);
    const QCommandLineOption methodOption(
        u"method"_s, Check::tr("The method fetch() is called with (default GET)."), u"M"_s,
        u"GET"_s);
    const QCommandLineOption headerOption(u"header"_s,
                                          Check::tr("A request header the page sets; repeatable."),
                                          u"\"Name: value\""_s);
    const QCommandLineOption credentialsOption(
        u"credentials"_s, Check::tr("Call fetch() with credentials: 'include'."));
    const QCommandLineOption dataOption(u"data"_s, Check::tr("A string body."), u"BODY"_s);
    const QCommandLineOption browserOption(
        u"browser"_s, Check::tr("Judge as chromium (default), firefox or webkit."), u"BROWSER"_s,
        u"chromium"_s);
    const QCommandLineOption timeoutOption(
        u"timeout"_s, Check::tr("Seconds to wait for each response (default 10)."), u"SECONDS"_s,
        u"10"_s);
    const QCommandLineOption insecureOption(
        u"insecure"_s,
        Check::tr("Accept invalid TLS certificates (browsers never do; a warning is printed)."));
    const FormatOption formatOption;
    const QCommandLineOption proxyOption(
        u"proxy"_s,
        Check::tr("Send the requests through this proxy: http://HOST:PORT (e.g. an intercepting "
                  "proxy) or socks5://HOST:PORT."),
        u"URL"_s);
    const QCommandLineOption configOption(
        u"config"_s,
        Check::tr("A project file: without --origin, the page's origin is the first of its "
                  "allowOrigins (of --stage's stage, or the first stage)."),
        u"FILE"_s);
    const QCommandLineOption stage = stageOption();
    parser.addOptions({originOption, methodOption, headerOption, credentialsOption, dataOption,
                       browserOption, timeoutOption, insecureOption, proxyOption, configOption,
                       stage});
    formatOption.addTo(parser);

    const auto usageError = [&streams](const QString &message) {
        return reportUsageError(streams.err, u"check"_s, message);
    };
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(helpOption)) {
        streams.out << helpText(parser, u"corscfg check"_s);
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return usageError(positional.isEmpty()
                              ? Check::tr("give the URL to check.")
                              : Check::tr("give exactly one URL (got %1).").arg(positional.size()));
    }

    if (parser.isSet(stage) && !parser.isSet(configOption)) {
        return usageError(Check::tr("--stage names a stage of a project: give --config FILE."));
    }
    QString origin = parser.value(originOption);
    if (parser.isSet(configOption) && origin.isEmpty()) {
        const std::optional<QString> stageOrigin =
            originOfProject(parser.value(configOption), parser.value(stage), streams);
        if (!stageOrigin) {
            return ExitUsage;
        }
        origin = *stageOrigin;
    }
    if (origin.isEmpty()) {
        return usageError(Check::tr("--origin is required: the origin of the page that calls "
                                    "the API, e.g. https://app.example.com."));
    }
    probe::CheckInput input;
    input.url = positional.first();
    input.origin = origin;
    input.method = parser.value(methodOption);
    input.headerLines = parser.values(headerOption);
    input.credentials = parser.isSet(credentialsOption);
    if (parser.isSet(dataOption)) {
        input.body = parser.value(dataOption);
    }
    const probe::ParsedCheckInput parsed = probe::parseCheckInput(input);
    if (!parsed.ok()) {
        const probe::CheckInputError &error = parsed.errors.first();
        return usageError(Check::optionName(error.field) + u' ' + error.message);
    }
    fetch::FetchInit init = parsed.init;
    const auto browser = fetch::browserFromKey(parser.value(browserOption));
    if (!browser) {
        return usageError(Check::tr("--browser '%1' is not one of chromium, firefox, webkit.")
                              .arg(parser.value(browserOption)));
    }
    init.browser = *browser;
    bool timeoutOk = false;
    const double timeout = parser.value(timeoutOption).toDouble(&timeoutOk);
    if (!timeoutOk || !std::isfinite(timeout) || timeout <= 0 || timeout > 600) {
        return usageError(Check::tr("--timeout '%1' must be a number of seconds above 0 and at "
                                    "most 600.")
                              .arg(parser.value(timeoutOption)));
    }

    QString formatError;
    const std::optional<OutputFormat> format = formatOption.read(parser, &formatError);
    if (!format) {
        return usageError(formatError);
    }

    probe::ProbeOptions options;
    options.timeout = std::chrono::milliseconds(qint64(std::llround(timeout * 1000)));
    options.ignoreTlsErrors = parser.isSet(insecureOption);
    if (parser.isSet(proxyOption)) {
        if (const auto error = probe::parseProxyField(parser.value(proxyOption), &options.proxy)) {
            return usageError(u"--proxy "_s + *error);
        }
    }

    probe::Prober prober;
    const fetch::FlowResult result = prober.run(init, options);

    if (options.ignoreTlsErrors) {
        streams.err << u"corscfg check: "_s
                    << Check::tr("warning: --insecure: TLS certificate errors are ignored; a "
                                 "browser would refuse this connection.")
                    << u'\n';
        for (const QString &error : prober.ignoredTlsErrors()) {
            streams.err << u"corscfg check: "_s << Check::tr("ignored: %1").arg(error) << u'\n';
        }
    }
    if (*format == OutputFormat::Sarif) {
        report::SarifWriter sarif(streams.out, report::checkRules(result));
        for (const report::SarifResult &item : report::checkResults(result, init.url)) {
            sarif.add(item);
        }
        sarif.finish(true);
    } else if (*format == OutputFormat::Json) {
        streams.out << QString::fromUtf8(
            QJsonDocument(fetch::flowToJson(init, result)).toJson(QJsonDocument::Indented));
    } else {
        printFlow(streams.out, init, result);
    }
    if (result.allowed) {
        return ExitOk;
    }
    if (result.error && fetch::isNoResponse(result.error->code)) {
        return ExitNoResponse;
    }
    return ExitFindings;
}

} // namespace cors::cli
