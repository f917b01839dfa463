// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "advicesink.h"

using namespace Qt::StringLiterals;

namespace cors::advisor::detail {

namespace {

/// An API whose OPTIONS requests need the token or the key: browsers send neither on a
/// preflight (Fetch §4.8 CORS-preflight fetch: no credentials, only Accept, Origin and the
/// Access-Control-Request-* headers), so the gateway answers every preflight 401/403.
bool adviseAuthorizedPreflight(const CorsConfig &config, AdviceSink &sink)
{
    if (!config.authorizePreflight) {
        return false;
    }
    const bool rest = config.apiType == ApiType::Rest;
    const bool apiKey = rest && config.apiKeyRequired;
    if (!config.hasAuthorizer() && !apiKey) {
        return false;
    }
    const QString what = config.hasAuthorizer() && apiKey
                             ? Advice::tr("the authorizer and the API key")
                         : config.hasAuthorizer() ? Advice::tr("the authorizer")
                                                  : Advice::tr("the API key");
    sink.add("PREFLIGHT_AUTHORIZED", Field::AuthorizePreflight, -1,
             Advice::tr("OPTIONS requests go through %1, but browsers send the preflight "
                        "without any token or key: API Gateway answers every preflight %2 "
                        "and the browser blocks every request that needs one.")
                 .arg(what, config.hasAuthorizer() ? u"401"_s : u"403"_s),
             rest ? Advice::tr("Exempt OPTIONS: set AddDefaultAuthorizerToCorsPreflight: false "
                               "and AddApiKeyRequiredToCorsPreflight: false (SAM), or "
                               "authorization NONE and no API key on the OPTIONS methods; the "
                               "generated snippets do this. Then untick authorizePreflight.")
                  : Advice::tr("Add an OPTIONS /{proxy+} route without authorization (the "
                               "generated SAM template does) so that CorsConfiguration answers "
                               "the preflight. Then untick authorizePreflight."));
    return true;
}

/// AWS: "Configuring CORS for an HTTP API": a preflight goes through the authorizer of the route
/// it matches, and an ANY route or $default matches OPTIONS. Names each such route.
void adviseHttpCatchAllRoutes(const CorsConfig &config, AdviceSink &sink)
{
    const auto openRoute = [](const QString &path) {
        return path == defaultRoutePath ? u"OPTIONS / and OPTIONS /{proxy+}"_s
                                        : u"OPTIONS "_s + path;
    };
    const auto advise = [&](int index, const QString &path) {
        const QString route = path == defaultRoutePath ? path : u"ANY "_s + path;
        sink.add("AUTHORIZER_PREFLIGHT_HTTP", index < 0 ? Field::Authorizer : Field::Routes, index,
                 Advice::tr("%1 has the authorizer and also catches OPTIONS, so a preflight, which "
                            "carries no token, would get 401 there.")
                     .arg(route),
                 Advice::tr("The generated snippets add %1 without authorization; a template "
                            "you write yourself needs the same route.")
                     .arg(openRoute(path)));
    };
    if (config.routes.isEmpty()) {
        advise(-1, u"/{proxy+}"_s); // the default Lambda proxy: ANY / and ANY /{proxy+}
        return;
    }
    for (int i = 0; i < config.routes.size(); ++i) {
        const Route &route = config.routes.at(i);
        const bool catchAll = route.methods.contains(anyMethod) || route.path == defaultRoutePath;
        if (catchAll && config.isAuthorized(route)) {
            advise(i, route.path);
        }
    }
}

} // namespace

void adviseGateway(const CorsConfig &config, AdviceSink &sink)
{
    const bool rest = config.apiType == ApiType::Rest;
    const bool preflightAuthorized = adviseAuthorizedPreflight(config, sink);
    if (rest) {
        if (config.hasAuthorizer() && !preflightAuthorized) {
            sink.add("AUTHORIZER_PREFLIGHT_REST", Field::Authorizer, -1,
                     Advice::tr("browsers send the preflight without the token, so an authorizer "
                                "on OPTIONS answers 401/403 and every request fails."),
                     Advice::tr("Keep OPTIONS unauthenticated: the generated templates set "
                                "AddDefaultAuthorizerToCorsPreflight: false (SAM) or "
                                "authorization NONE on the OPTIONS methods; do the same in "
                                "templates you write yourself."));
        }
        if (config.apiKeyRequired && !preflightAuthorized) {
            sink.add("API_KEY_PREFLIGHT_REST", Field::ApiKeyRequired, -1,
                     Advice::tr("browsers send the preflight without X-Api-Key, so an OPTIONS "
                                "method that requires the key answers 403."),
                     Advice::tr("Keep the key off OPTIONS: the generated templates set "
                                "AddApiKeyRequiredToCorsPreflight: false (SAM) or "
                                "api_key_required false on the OPTIONS methods."));
        }
        if (!config.gatewayResponses) {
            sink.add("NO_GATEWAY_RESPONSES", Field::GatewayResponses, -1,
                     Advice::tr("API Gateway's own errors (authorizer 401/403, throttling 429, "
                                "integration timeouts and 5xx) carry no CORS headers, so the "
                                "browser reports a CORS failure and hides the real error."),
                     Advice::tr("Turn gatewayResponses on: DEFAULT_4XX and DEFAULT_5XX then "
                                "carry Access-Control-Allow-Origin."));
        }
        if (!config.exposeHeaders.isEmpty()) {
            sink.add("REST_EXPOSE_HEADERS", Field::ExposeHeaders, -1,
                     Advice::tr("a REST API's CORS settings cannot add "
                                "Access-Control-Expose-Headers to your responses: only the "
                                "integration's response can carry it."),
                     Advice::tr("Return Access-Control-Expose-Headers from the Lambda (the "
                                "generated Lambda examples do) or map it in the integration "
                                "response."));
        }
        return;
    }

    if (config.hasAuthorizer() && !preflightAuthorized) {
        adviseHttpCatchAllRoutes(config, sink);
    }
    if (config.apiKeyRequired) {
        sink.add("API_KEY_ON_HTTP_API", Field::ApiKeyRequired, -1,
                 Advice::tr("HTTP APIs do not support API keys or usage plans."),
                 Advice::tr("Turn apiKeyRequired off and use an authorizer, or switch to a REST "
                            "API."));
    }
}

} // namespace cors::advisor::detail
