// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "commandparser.h"
#include "fetch/flowjson.h"
#include "fetch/request.h"
#include "flowprinter.h"
#include "io/projectfile.h"
#include "loadfailure.h"
#include "networkoptions.h"
#include "outputformat.h"
#include "probe/checkinput.h"
#include "probe/prober.h"
#include "report/findingsarif.h"
#include "stageoption.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace cors::cli {

namespace {

/// `corscfg check URL --origin ORIGIN [--method M] [--header "Name: value"]... [--credentials]
/// [--data BODY] [--browser chromium|firefox|webkit] [--timeout SECONDS] [--insecure]
/// [--format text|json|sarif]`: sends what a browser would and prints the six steps with the
/// browser's verdict. Exit status: 0 allowed, 1 blocked, 2 usage error, 3 no response at all.
class CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    static QString summary()
    {
        return tr("Send a request as a browser would and show whether it allows it.");
    }

    static int run(const QStringList &arguments, Streams streams);

private:
    struct Options;
    struct Parsed
    {
        fetch::FetchInit init;
        probe::ProbeOptions options;
        OutputFormat format = OutputFormat::Text;
    };

    static Expected<Parsed, int> parse(const CommandParser &parser, const Options &options,
                                       Streams streams);
    static Expected<QString> originOfProject(const QString &path, const QString &stage,
                                             Streams streams);
    static void print(const Parsed &parsed, const probe::Prober &prober,
                      const fetch::FlowResult &result, Streams streams);

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

struct CheckCommand::Options
{
    QCommandLineOption origin{u"origin"_s,
                              tr("The origin of the calling page, e.g. https://app.example.com."),
                              u"ORIGIN"_s};
    QCommandLineOption method{u"method"_s, tr("The method fetch() is called with (default GET)."),
                              u"M"_s, u"GET"_s};
    QCommandLineOption header{u"header"_s, tr("A request header the page sets; repeatable."),
                              u"\"Name: value\""_s};
    QCommandLineOption credentials{u"credentials"_s,
                                   tr("Call fetch() with credentials: 'include'.")};
    QCommandLineOption data{u"data"_s, tr("A string body."), u"BODY"_s};
    QCommandLineOption browser{u"browser"_s, tr("Judge as chromium (default), firefox or webkit."),
                               u"BROWSER"_s, u"chromium"_s};
    NetworkOptions network{tr("Seconds to wait for each response (default 10)."), tr("requests")};
    QCommandLineOption insecure{
        u"insecure"_s,
        tr("Accept invalid TLS certificates (browsers never do; a warning is printed).")};
    QCommandLineOption config{u"config"_s,
                              tr("A project file: without --origin, the page's origin is the "
                                 "first of its allowOrigins (of --stage's stage, or the first "
                                 "stage)."),
                              u"FILE"_s};
    QCommandLineOption stage = stageOption();
    FormatOption format;

    void addTo(CommandParser &parser) const
    {
        parser.addPositionalArgument(u"URL"_s, tr("The endpoint to call."), u"URL"_s);
        parser.addOptions(
            {origin, method, header, credentials, data, browser, insecure, config, stage});
        network.addTo(parser);
        format.addTo(parser);
    }
};

} // namespace

Command checkCommand()
{
    return {u"check"_s, CheckCommand::summary(), &CheckCommand::run};
}

int CheckCommand::run(const QStringList &arguments, Streams streams)
{
    CommandParser parser(
        u"check"_s,
        summary() + u"\n\n"_s +
            tr("Sends the preflight only when a browser would, the actual request only when "
               "the preflight passed, follows redirects hop by hop, and judges every "
               "response as the chosen browser does.\nExit status: 0 allowed, 1 blocked, "
               "2 usage error, 3 no response at all (connection refused, DNS, timeout)."),
        streams);
    const Options options;
    options.addTo(parser);
    if (const auto parsed = parser.parseArguments(arguments); !parsed) {
        return parsed.error();
    }
    const Expected<Parsed, int> parsed = parse(parser, options, streams);
    if (!parsed) {
        return parsed.error();
    }

    probe::Prober prober;
    const fetch::FlowResult result = prober.run(parsed->init, parsed->options);
    print(*parsed, prober, result, streams);
    if (result.allowed) {
        return ExitOk;
    }
    if (result.error && fetch::isNoResponse(result.error->code)) {
        return ExitNoResponse;
    }
    return ExitFindings;
}

Expected<CheckCommand::Parsed, int> CheckCommand::parse(const CommandParser &parser,
                                                        const Options &options, Streams streams)
{
    const auto usageError = [&parser](const QString &message) {
        return fail(parser.usageError(message));
    };
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return usageError(positional.isEmpty()
                              ? tr("give the URL to check.")
                              : tr("give exactly one URL (got %1).").arg(positional.size()));
    }
    if (parser.isSet(options.stage) && !parser.isSet(options.config)) {
        return usageError(tr("--stage names a stage of a project: give --config FILE."));
    }
    QString origin = parser.value(options.origin);
    if (parser.isSet(options.config) && origin.isEmpty()) {
        const Expected<QString> stageOrigin =
            originOfProject(parser.value(options.config), parser.value(options.stage), streams);
        if (!stageOrigin) {
            return stageOrigin.error().isEmpty() ? fail(int(ExitUsage))
                                                 : usageError(stageOrigin.error());
        }
        origin = *stageOrigin;
    }
    if (origin.isEmpty()) {
        return usageError(tr("--origin is required: the origin of the page that calls "
                             "the API, e.g. https://app.example.com."));
    }
    probe::CheckInput input;
    input.url = positional.first();
    input.origin = origin;
    input.method = parser.value(options.method);
    input.headerLines = parser.values(options.header);
    input.credentials = parser.isSet(options.credentials);
    if (parser.isSet(options.data)) {
        input.body = parser.value(options.data);
    }
    const auto browser = fetch::browserFromKey(parser.value(options.browser));
    if (!browser) {
        return usageError(tr("--browser '%1' is not one of chromium, firefox, webkit.")
                              .arg(parser.value(options.browser)));
    }
    input.browser = *browser;
    const auto init = probe::parseCheckInput(input);
    if (!init) {
        const probe::CheckInputError &error = init.error().first();
        return usageError(optionName(error.field) + u' ' + error.message);
    }

    Parsed parsed{*init, {}, OutputFormat::Text};
    const Expected<NetworkOptions::Values> network = options.network.read(parser);
    if (!network) {
        return usageError(network.error());
    }
    parsed.options.timeout = network->timeout;
    parsed.options.proxy = network->proxy;
    const Expected<OutputFormat> format = options.format.read(parser);
    if (!format) {
        return usageError(format.error());
    }
    parsed.format = *format;
    parsed.options.ignoreTlsErrors = parser.isSet(options.insecure);
    return parsed;
}

/// The first origin of the project's stage (`stage`, or the first stage), for a check without
/// --origin; or the usage error, empty when a load failure was already printed.
Expected<QString> CheckCommand::originOfProject(const QString &path, const QString &stage,
                                                Streams streams)
{
    const projectfile::LoadResult loaded = projectfile::read(path);
    if (!loaded.ok()) {
        reportLoadFailure(path, loaded, streams.err);
        return fail(QString());
    }
    const QString name = stage.isEmpty() && !loaded.config.stages.isEmpty()
                             ? loaded.config.stages.first().name
                             : stage;
    return pickStage(loaded.config, name).and_then([&path](const CorsConfig &config) {
        const QString origin = config.allowOrigins.value(0);
        if (origin.isEmpty() || origin.contains(u'*')) {
            return Expected<QString>(
                fail(tr("%1 names no exact origin to call from; give --origin.").arg(path)));
        }
        return Expected<QString>(origin);
    });
}

void CheckCommand::print(const Parsed &parsed, const probe::Prober &prober,
                         const fetch::FlowResult &result, Streams streams)
{
    if (parsed.options.ignoreTlsErrors) {
        streams.err << u"corscfg check: "_s
                    << tr("warning: --insecure: TLS certificate errors are ignored; a "
                          "browser would refuse this connection.")
                    << u'\n';
        for (const QString &error : prober.ignoredTlsErrors()) {
            streams.err << u"corscfg check: "_s << tr("ignored: %1").arg(error) << u'\n';
        }
    }
    switch (parsed.format) {
    case OutputFormat::Sarif: {
        report::SarifWriter sarif(streams.out, report::checkRules(result));
        for (const report::SarifResult &item : report::checkResults(result, parsed.init.url)) {
            sarif.add(item);
        }
        sarif.finish(true);
        break;
    }
    case OutputFormat::Json:
        streams.out << QString::fromUtf8(
            QJsonDocument(fetch::flowToJson(parsed.init, result)).toJson(QJsonDocument::Indented));
        break;
    case OutputFormat::Text:
        printFlow(streams.out, parsed.init, result);
        break;
    }
}

} // namespace cors::cli
