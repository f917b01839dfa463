// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "advicesink.h"
#include "http/grammar.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace cors::advisor::detail {

namespace {

bool containsMethod(const QStringList &methods, QStringView method)
{
    return containsEntry(methods, method, Qt::CaseSensitive);
}

void adviseMethods(const CorsConfig &config, AdviceSink &sink)
{
    for (int i = 0; i < config.allowMethods.size(); ++i) {
        if (config.allowMethods[i].trimmed() == u"*") {
            sink.add("WILDCARD_METHODS", Field::AllowMethods, i,
                     Advice::tr("'*' allows every method, DELETE and PATCH included, even where "
                                "the API serves only reads."),
                     Advice::tr("List the methods the API serves, e.g. GET, POST, OPTIONS."));
        }
    }
    const bool wildcard = containsMethod(config.allowMethods, u"*");
    static constexpr std::array<QStringView, 5> writesAndReads{u"GET", u"POST", u"PUT", u"PATCH",
                                                               u"DELETE"};
    const bool everyMethod =
        std::all_of(writesAndReads.begin(), writesAndReads.end(),
                    [&config](QStringView m) { return containsMethod(config.allowMethods, m); });
    if (!wildcard && everyMethod) {
        sink.add("ALL_METHODS", Field::AllowMethods, -1,
                 Advice::tr("GET, POST, PUT, PATCH and DELETE are all allowed; a page on an "
                            "allowed origin can then call every write the API has."),
                 Advice::tr("Keep only the methods the browser clients use."));
    }
    if (config.apiType == ApiType::Rest && !config.allowMethods.isEmpty() && !wildcard &&
        !containsMethod(config.allowMethods, u"OPTIONS")) {
        sink.add("OPTIONS_METHOD_MISSING", Field::AllowMethods, -1,
                 Advice::tr("OPTIONS is not listed; API Gateway's console and SAM list it in "
                            "Access-Control-Allow-Methods for the preflight method itself."),
                 Advice::tr("Add OPTIONS to allowMethods to match the OPTIONS method the API "
                            "defines."));
    }
}

void adviseHeaders(const CorsConfig &config, AdviceSink &sink)
{
    const bool sendsBody = containsMethod(config.allowMethods, u"POST") ||
                           containsMethod(config.allowMethods, u"PUT") ||
                           containsMethod(config.allowMethods, u"PATCH") ||
                           containsMethod(config.allowMethods, u"*");
    if (sendsBody && !headerAllowed(config, u"Content-Type")) {
        sink.add("CONTENT_TYPE_NOT_ALLOWED", Field::AllowHeaders, -1,
                 Advice::tr("POST, PUT or PATCH are allowed but Content-Type is not: a request "
                            "with Content-Type: application/json needs a preflight that then "
                            "fails."),
                 Advice::tr("Add Content-Type to allowHeaders."));
    }
    if (config.hasAuthorizer() && !headerAllowed(config, config.authorizer.trimmed())) {
        sink.add("AUTH_HEADER_NOT_ALLOWED", Field::AllowHeaders, -1,
                 Advice::tr("the authorizer reads %1, which is not an allowed header: every "
                            "authenticated request fails its preflight.")
                     .arg(quoted(config.authorizer.trimmed())),
                 Advice::tr("Add %1 to allowHeaders ('*' never covers Authorization).")
                     .arg(config.authorizer.trimmed()));
    }
    if (config.apiType == ApiType::Rest && config.apiKeyRequired &&
        !headerAllowed(config, u"X-Api-Key")) {
        sink.add("API_KEY_HEADER_NOT_ALLOWED", Field::AllowHeaders, -1,
                 Advice::tr("an API key is required but X-Api-Key is not an allowed header: "
                            "every request that sends the key fails its preflight."),
                 Advice::tr("Add X-Api-Key to allowHeaders."));
    }
    const bool authorizerUsesAuthorization =
        config.authorizer.trimmed().compare(u"Authorization", Qt::CaseInsensitive) == 0;
    for (int i = 0; i < config.allowHeaders.size(); ++i) {
        const QString name = config.allowHeaders[i].trimmed();
        if (name == u"*") {
            if (!config.allowCredentials &&
                !containsEntry(config.allowHeaders, u"Authorization", Qt::CaseInsensitive) &&
                !authorizerUsesAuthorization) {
                sink.add("WILDCARD_HEADERS_AUTHORIZATION", Field::AllowHeaders, i,
                         Advice::tr("'*' allows any request header except Authorization: Firefox "
                                    "and Safari refuse a request that sends Authorization, and "
                                    "Chromium only still lets it through."),
                         Advice::tr("If clients send Authorization, list it next to '*'."));
            }
            continue;
        }
        if (!http::isToken(name)) {
            continue; // validation reports it
        }
        if (http::isForbiddenRequestHeaderName(name)) {
            sink.add("FORBIDDEN_HEADER_ALLOWED", Field::AllowHeaders, i,
                     Advice::tr("%1 is a forbidden request header: no page can set it, so "
                                "allowing it suggests a dependency that cannot exist.")
                         .arg(quoted(name)),
                     Advice::tr("Remove %1 from allowHeaders.").arg(name));
        } else if (name.compare(u"Accept", Qt::CaseInsensitive) == 0 ||
                   name.compare(u"Accept-Language", Qt::CaseInsensitive) == 0 ||
                   name.compare(u"Content-Language", Qt::CaseInsensitive) == 0) {
            sink.add("SAFELISTED_HEADER_ALLOWED", Field::AllowHeaders, i,
                     Advice::tr("%1 is CORS-safelisted for ordinary values: listing it is "
                                "harmless but suggests it needs allowing.")
                         .arg(quoted(name)),
                     Advice::tr("You can remove %1 from allowHeaders (keep it only for values "
                                "over 128 bytes or with unusual characters).")
                         .arg(name));
        }
    }
}

void adviseMaxAge(const CorsConfig &config, AdviceSink &sink)
{
    if (!config.maxAge) {
        sink.add("MAX_AGE_UNSET", Field::MaxAge, -1,
                 Advice::tr("no max age: browsers cache each preflight for only 5 seconds, so "
                            "nearly every non-simple request costs an extra round trip."),
                 Advice::tr("Set maxAge, e.g. 600 (WebKit's cap) or 7200 (Chromium's)."));
        return;
    }
    const qint64 maxAge = *config.maxAge;
    if (maxAge == 0 || maxAge == -1) {
        sink.add("MAX_AGE_DISABLED", Field::MaxAge, -1,
                 Advice::tr("%1 disables the preflight cache: every non-simple request is "
                            "preceded by a preflight.")
                     .arg(maxAge),
                 Advice::tr("Set maxAge to 600 or more unless you change CORS settings often."));
    } else if (maxAge > 600) {
        sink.add("MAX_AGE_ABOVE_BROWSER_CAP", Field::MaxAge, -1,
                 maxAge > 7200
                     ? Advice::tr("%1 seconds is more than Chromium (7200 s) and WebKit (600 s) "
                                  "keep a preflight; only Firefox honours up to 86400.")
                           .arg(maxAge)
                     : Advice::tr("%1 seconds is more than WebKit (Safari) keeps a preflight: "
                                  "it caps the cache at 600 seconds.")
                           .arg(maxAge),
                 Advice::tr("Nothing breaks; 7200 is the most that helps in Chromium, 600 in "
                            "Safari."));
    }
}

} // namespace

void adviseRequests(const CorsConfig &config, AdviceSink &sink)
{
    adviseMethods(config, sink);
    adviseHeaders(config, sink);
    adviseMaxAge(config, sink);
}

} // namespace cors::advisor::detail
