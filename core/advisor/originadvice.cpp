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

    const bool severalExact = entries > 1 && !config.allowOrigins.contains(u"*"_s);
    if (config.apiType == ApiType::Rest && severalExact) {
        sink.add("REST_MULTIPLE_ORIGINS", Field::AllowOrigins, -1,
                 Advice::tr("%1 origins: a REST API's MOCK preflight cannot list them in a "
                            "static header, so its integration response carries a mapping "
                            "template that sets Access-Control-Allow-Origin to the request's "
                            "Origin only when it is exactly one of them (no patterns), with "
                            "Vary: Origin. Any other origin's preflight gets no "
                            "Access-Control-Allow-Origin and the browser blocks it.")
                     .arg(entries),
                 Advice::tr("Nothing to do: every REST render carries the template (SAM in a "
                            "DefinitionBody). The Lambda must select the origin the same way "
                            "for the actual request, as the Lambda examples do."));
        if (config.gatewayResponses) {
            sink.add("REST_GATEWAY_RESPONSE_ORIGIN", Field::AllowOrigins, 0,
                     Advice::tr("API Gateway's own errors (401 from the authorizer, 403 for a "
                                "missing key, 429, 5XX) come from gateway responses, which take "
                                "only static values or request parameters, never a template. "
                                "They name the first origin, %1: the pages of the other %2 "
                                "origin(s) see those errors as CORS errors. Reflecting "
                                "method.request.header.Origin instead would let every website "
                                "read them, which is why it is not done.")
                         .arg(quoted(config.allowOrigins.value(0)))
                         .arg(entries - 1),
                     Advice::tr("Put the origin whose users most need readable errors first "
                                "in allowOrigins."));
        }
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
