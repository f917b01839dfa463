// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor.h"

#include "advicesink.h"
#include "base/enumkeys.h"
#include "http/origin.h"
#include "model/validator.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cors::advisor {

namespace {

const QString awsHttpCors = u"AWS: Configuring CORS for an HTTP API"_s;
const QString awsRestCors = u"AWS: Enabling CORS for a REST API resource"_s;

QList<Rule> buildRules()
{
    using detail::Advice;
    return {
        {u"WILDCARD_ORIGIN"_s, Severity::Warning, Scope::Both,
         Advice::tr("'*' lets every website call the API from its visitors' browsers."),
         u"Fetch Standard §3.2.3 HTTP responses (Access-Control-Allow-Origin)"_s},
        {u"WILDCARD_ORIGIN_WITH_CREDENTIALS"_s, Severity::Error, Scope::Both,
         Advice::tr("'*' with credentials: browsers refuse every credentialed response."),
         u"Fetch Standard §3.2.5 CORS protocol and credentials"_s},
        {u"REST_MULTIPLE_ORIGINS"_s, Severity::Info, Scope::Rest,
         Advice::tr("Several origins on a REST API: the MOCK preflight's mapping template "
                    "echoes the request's origin when it is exactly one of them."),
         u"AWS: Override your API's request and response parameters and status codes"_s},
        {u"REST_GATEWAY_RESPONSE_ORIGIN"_s, Severity::Info, Scope::Rest,
         Advice::tr("Gateway responses take static values only: with several origins, only the "
                    "first one's pages can read API Gateway's own errors."),
         u"AWS: x-amazon-apigateway-gateway-responses.responseTemplates (not processed by VTL)"_s},
        {u"SCHEME_WILDCARD_ORIGIN"_s, Severity::Warning, Scope::Http,
         Advice::tr("'https://*' or 'http://*' admits every site of that scheme."), awsHttpCors},
        {u"INSECURE_ORIGIN"_s, Severity::Warning, Scope::Both,
         Advice::tr("An http:// origin other than loopback can be impersonated on the network."),
         u"Fetch Standard §3.2.5 CORS protocol and credentials"_s},
        {u"INSECURE_ORIGIN_WITH_CREDENTIALS"_s, Severity::Error, Scope::Both,
         Advice::tr("Credentials for an http:// origin other than loopback travel in clear "
                    "text."),
         u"Fetch Standard §3.2.5 CORS protocol and credentials"_s},
        {u"LOCALHOST_ORIGIN"_s, Severity::Info, Scope::Both,
         Advice::tr("A localhost origin is for development; remove it before production."),
         u"Fetch Standard §3.2.3 HTTP responses (Access-Control-Allow-Origin)"_s},
        {u"AUTHORIZER_PREFLIGHT_REST"_s, Severity::Info, Scope::Rest,
         Advice::tr("The preflight never carries the token: OPTIONS must be exempt from the "
                    "authorizer."),
         u"AWS SAM: ApiAuth (AddDefaultAuthorizerToCorsPreflight)"_s},
        {u"API_KEY_PREFLIGHT_REST"_s, Severity::Info, Scope::Rest,
         Advice::tr("The preflight never carries the API key: OPTIONS must not require it."),
         u"AWS SAM: ApiAuth (AddApiKeyRequiredToCorsPreflight)"_s},
        {u"PREFLIGHT_AUTHORIZED"_s, Severity::Error, Scope::Both,
         Advice::tr("OPTIONS goes through the authorizer or API key check: every preflight "
                    "fails with 401/403."),
         u"AWS SAM: ApiAuth (AddDefaultAuthorizerToCorsPreflight)"_s},
        {u"AUTHORIZER_PREFLIGHT_HTTP"_s, Severity::Info, Scope::Http,
         Advice::tr("An ANY or $default route with the authorizer also catches OPTIONS: it "
                    "needs an OPTIONS route without authorization."),
         awsHttpCors},
        {u"API_KEY_ON_HTTP_API"_s, Severity::Error, Scope::Http,
         Advice::tr("HTTP APIs have no API keys."),
         u"AWS: Choosing between REST APIs and HTTP APIs"_s},
        {u"AUTH_HEADER_NOT_ALLOWED"_s, Severity::Error, Scope::Both,
         Advice::tr("The authorizer's token header is not an allowed header: every "
                    "authenticated request fails its preflight."),
         u"Fetch Standard §4.8 CORS-preflight fetch"_s},
        {u"API_KEY_HEADER_NOT_ALLOWED"_s, Severity::Error, Scope::Rest,
         Advice::tr("X-Api-Key is not an allowed header: every request with the key fails its "
                    "preflight."),
         u"Fetch Standard §4.8 CORS-preflight fetch"_s},
        {u"WILDCARD_HEADERS_AUTHORIZATION"_s, Severity::Warning, Scope::Both,
         Advice::tr("'*' in allowed headers never covers Authorization."),
         u"Fetch Standard §2.2.2 CORS non-wildcard request-header name"_s},
        {u"CONTENT_TYPE_NOT_ALLOWED"_s, Severity::Warning, Scope::Both,
         Advice::tr("Requests with a body are allowed but Content-Type is not: JSON requests "
                    "fail the preflight."),
         u"Fetch Standard §2.2.2 CORS-safelisted request-header"_s},
        {u"NO_GATEWAY_RESPONSES"_s, Severity::Warning, Scope::Rest,
         Advice::tr("API Gateway's own 4xx/5xx responses carry no CORS headers: the browser "
                    "hides the real error."),
         u"AWS: Setting up gateway responses to customize error responses"_s},
        {u"MAX_AGE_UNSET"_s, Severity::Info, Scope::Both,
         Advice::tr("Without a max age browsers cache a preflight for 5 seconds."),
         u"Fetch Standard §3.2.3 HTTP responses (Access-Control-Max-Age)"_s},
        {u"MAX_AGE_DISABLED"_s, Severity::Warning, Scope::Both,
         Advice::tr("A max age of 0 or -1 makes every request pay for a preflight."),
         u"Fetch Standard §4.8 CORS-preflight fetch"_s},
        {u"MAX_AGE_ABOVE_BROWSER_CAP"_s, Severity::Info, Scope::Both,
         Advice::tr("Browsers cap the preflight cache (Chromium 7200 s, WebKit 600 s)."),
         u"Fetch Standard §3.2.3 HTTP responses (Access-Control-Max-Age)"_s},
        {u"WILDCARD_METHODS"_s, Severity::Warning, Scope::Both,
         Advice::tr("'*' allows every method, including ones the API never serves."), awsHttpCors},
        {u"ALL_METHODS"_s, Severity::Warning, Scope::Both,
         Advice::tr("Every method is allowed; list only the ones the API serves."), awsRestCors},
        {u"OPTIONS_METHOD_MISSING"_s, Severity::Info, Scope::Rest,
         Advice::tr("OPTIONS is not among the allowed methods."), awsRestCors},
        {u"FORBIDDEN_HEADER_ALLOWED"_s, Severity::Warning, Scope::Both,
         Advice::tr("A forbidden request header can never be set by a page."),
         u"Fetch Standard §2.2.2 forbidden request-header"_s},
        {u"SAFELISTED_HEADER_ALLOWED"_s, Severity::Info, Scope::Both,
         Advice::tr("A CORS-safelisted header never needs allowing."),
         u"Fetch Standard §2.2.2 CORS-safelisted request-header"_s},
        {u"REST_EXPOSE_HEADERS"_s, Severity::Warning, Scope::Rest,
         Advice::tr("On a REST API only the integration's response can expose headers."),
         awsRestCors},
        {u"VARY_ORIGIN"_s, Severity::Info, Scope::Both,
         Advice::tr("A response that selects one of several origins must send Vary: Origin."),
         u"Fetch Standard §3.2 CORS protocol (CORS protocol and HTTP caches)"_s},
    };
}

/// Validation rules an advisor rule says better (same field, same entry).
struct Supersedes
{
    const char16_t *advisorRule;
    const char16_t *validationRule;
};
constexpr Supersedes supersededRules[] = {
    {u"WILDCARD_ORIGIN_WITH_CREDENTIALS", u"credentials-wildcard-origin"},
    {u"MAX_AGE_ABOVE_BROWSER_CAP", u"max-age-browser-cap"},
    {u"WILDCARD_HEADERS_AUTHORIZATION", u"header-wildcard"},
    {u"AUTH_HEADER_NOT_ALLOWED", u"header-wildcard"},
    {u"FORBIDDEN_HEADER_ALLOWED", u"header-forbidden"},
};

bool supersedes(const Finding &advice, const Finding &validation)
{
    return std::any_of(
        std::begin(supersededRules), std::end(supersededRules), [&](const Supersedes &s) {
            return advice.rule == QStringView(s.advisorRule) &&
                   validation.rule == QStringView(s.validationRule) &&
                   advice.field == validation.field &&
                   (advice.index == validation.index || advice.index < 0 || validation.index < 0);
        });
}

bool isSuperseded(const Finding &validation, const Findings &advice)
{
    return std::any_of(advice.begin(), advice.end(),
                       [&validation](const Finding &a) { return supersedes(a, validation); });
}

} // namespace

const QList<Rule> &rules()
{
    static const QList<Rule> all = buildRules();
    return all;
}

const Rule *findRule(QStringView id)
{
    const QList<Rule> &all = rules();
    const auto it =
        std::find_if(all.begin(), all.end(), [id](const Rule &rule) { return rule.id == id; });
    return it == all.end() ? nullptr : &*it;
}

/// In the order of Scope's values.
constexpr const char16_t *const scopeKeys[] = {u"rest, http", u"rest", u"http"};

QString scopeKey(Scope scope)
{
    return keyOf(scopeKeys, scope);
}

Findings advise(const CorsConfig &config)
{
    Findings findings;
    detail::AdviceSink sink(findings);
    if (config.stages.isEmpty()) {
        detail::adviseOrigins(config, sink);
    } else {
        detail::adviseStageOrigins(config, findings);
    }
    detail::adviseRequests(config, sink);
    detail::adviseGateway(config, sink);
    return findings;
}

Findings lint(const CorsConfig &config)
{
    return lint(config, validate(config));
}

Findings lint(const CorsConfig &config, const Findings &validation)
{
    Findings advice = advise(config);
    // An advisor finding that says a blocking validation error better blocks rendering too.
    for (Finding &a : advice) {
        a.blocksRendering =
            std::any_of(validation.begin(), validation.end(),
                        [&a](const Finding &v) { return v.blocksRendering && supersedes(a, v); });
    }
    Findings all;
    for (const Finding &finding : validation) {
        if (!isSuperseded(finding, advice)) {
            all.append(finding);
        }
    }
    all.append(advice);
    std::stable_sort(all.begin(), all.end(), [](const Finding &a, const Finding &b) {
        if (a.severity != b.severity) {
            return a.severity > b.severity;
        }
        if (a.field != b.field) {
            return a.field < b.field;
        }
        return a.index < b.index;
    });
    return all;
}

QString displayId(const QString &rule)
{
    if (findRule(rule) != nullptr) {
        return rule;
    }
    QString id = rule.toUpper();
    id.replace(u'-', u'_');
    return id;
}

namespace detail {

void AdviceSink::add(const char *id, Field field, int index, const QString &message,
                     const QString &fix)
{
    const Rule *rule = findRule(QString::fromLatin1(id));
    Q_ASSERT_X(rule != nullptr, "AdviceSink::add", id);
    if (rule == nullptr) {
        return;
    }
    m_out.append(Finding{rule->id, field, index, rule->severity,
                         fieldKey(field) + u": "_s + message, fix, rule->source});
}

bool headerAllowed(const CorsConfig &config, QStringView name)
{
    if (containsEntry(config.allowHeaders, name, Qt::CaseInsensitive)) {
        return true;
    }
    // Fetch §4.8 step 7.6-7.7: `*` counts only without credentials and never for Authorization.
    return !config.allowCredentials &&
           containsEntry(config.allowHeaders, u"*", Qt::CaseInsensitive) &&
           name.compare(u"Authorization", Qt::CaseInsensitive) != 0;
}

QList<ExactOrigin> exactOrigins(const CorsConfig &config)
{
    QList<ExactOrigin> origins;
    for (int i = 0; i < config.allowOrigins.size(); ++i) {
        const http::ParsedOrigin parsed = http::parseOrigin(config.allowOrigins[i].trimmed());
        if (parsed.form == http::OriginForm::Tuple && parsed.problems.isEmpty()) {
            origins.append({i, parsed.scheme, parsed.host});
        }
    }
    return origins;
}

} // namespace detail

} // namespace cors::advisor
