// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "advicesink.h"
#include "http/origin.h"

using namespace Qt::StringLiterals;

namespace cors::advisor::detail {

namespace {
bool isLoopbackHost(const QString &host)
{
    return host == u"localhost" || host.endsWith(u".localhost") || host.startsWith(u"127.") ||
           host == u"[::1]";
}
} // namespace

void adviseOrigins(const CorsConfig &config, AdviceSink &sink)
{
    int entries = 0;
    for (int i = 0; i < config.allowOrigins.size(); ++i) {
        const QString origin = config.allowOrigins[i].trimmed();
        if (origin.isEmpty()) {
            continue;
        }
        ++entries;
        const http::ParsedOrigin parsed = http::parseOrigin(origin);
        if (parsed.form == http::OriginForm::Wildcard) {
            if (config.allowCredentials) {
                sink.add("WILDCARD_ORIGIN_WITH_CREDENTIALS", Field::AllowOrigins, i,
                         Advice::tr("'*' together with allowCredentials: browsers refuse every "
                                    "response to a request with credentials that allows any "
                                    "origin, and API Gateway refuses to deploy it."),
                         Advice::tr("Name the origins that send credentials, e.g. "
                                    "https://app.example.com, or turn allowCredentials off."));
            } else {
                sink.add("WILDCARD_ORIGIN", Field::AllowOrigins, i,
                         Advice::tr("'*' lets every website read this API's responses from its "
                                    "visitors' browsers."),
                         Advice::tr("Name the origins that need access (least privilege), e.g. "
                                    "https://app.example.com; keep '*' only for truly public, "
                                    "unauthenticated data."));
            }
        } else if (parsed.form == http::OriginForm::SchemeWildcard &&
                   config.apiType == ApiType::Http) {
            sink.add(
                "SCHEME_WILDCARD_ORIGIN", Field::AllowOrigins, i,
                Advice::tr("%1 admits every %2 site on the internet, not only yours.")
                    .arg(quoted(origin), parsed.scheme),
                Advice::tr("Name the origins that need access, e.g. https://app.example.com."));
        }
    }

    const QList<ExactOrigin> exact = exactOrigins(config);
    for (const ExactOrigin &origin : exact) {
        const QString value = config.allowOrigins[origin.index].trimmed();
        if (origin.scheme == u"http" && !isLoopbackHost(origin.host)) {
            if (config.allowCredentials) {
                sink.add("INSECURE_ORIGIN_WITH_CREDENTIALS", Field::AllowOrigins, origin.index,
                         Advice::tr("%1 is plain http: anyone on the network path can inject a "
                                    "script into that site and make credentialed calls as its "
                                    "users.")
                             .arg(quoted(value)),
                         Advice::tr("Serve the site over https and allow %1 instead.")
                             .arg(u"https://"_s + origin.host));
            } else {
                sink.add("INSECURE_ORIGIN", Field::AllowOrigins, origin.index,
                         Advice::tr("%1 is plain http: anyone on the network path can pose as "
                                    "that site.")
                             .arg(quoted(value)),
                         Advice::tr("Serve the site over https and allow %1 instead.")
                             .arg(u"https://"_s + origin.host));
            }
        }
        if (isLoopbackHost(origin.host)) {
            sink.add("LOCALHOST_ORIGIN", Field::AllowOrigins, origin.index,
                     Advice::tr("%1 is a development origin: any page a developer opens on that "
                                "port could call the production API.")
                         .arg(quoted(value)),
                     Advice::tr("Keep it in a development stage only; remove it before "
                                "production."));
        }
    }

    if (config.apiType == ApiType::Rest && entries > 1) {
        sink.add("REST_MULTIPLE_ORIGINS", Field::AllowOrigins, -1,
                 Advice::tr("%1 origins, but a REST API answers the preflight with one static "
                            "Access-Control-Allow-Origin: the preflights of all but one origin "
                            "fail.")
                     .arg(entries),
                 Advice::tr("Use one origin per stage, switch to an HTTP API, or answer OPTIONS "
                            "with a Lambda that returns the request's origin when it is on the "
                            "list (see the Lambda examples)."));
    }
    if (exact.size() > 1) {
        sink.add("VARY_ORIGIN", Field::AllowOrigins, -1,
                 Advice::tr("With %1 origins the allowed origin depends on the request; a "
                            "response cached for one origin must not be served to another.")
                     .arg(exact.size()),
                 Advice::tr("Every response that selects the origin (a Lambda, a CloudFront "
                            "function) must send Vary: Origin; the generated Lambda examples "
                            "do."));
    }
}

} // namespace cors::advisor::detail
