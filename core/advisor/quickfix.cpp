// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quickfix.h"

#include "http/origin.h"
#include "model/validator.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace cors::advisor {

namespace {

class QuickFixText
{
    Q_DECLARE_TR_FUNCTIONS(QuickFixText)
};

using Fixer = std::function<QList<QuickFix>(const CorsConfig &, const Finding &)>;

/// The finding's entry, or null when it names none (or a list that is not of strings).
const QString *entryOf(const CorsConfig &config, const Finding &finding)
{
    const QStringList *list = stringEntries(config, finding.field);
    if (list == nullptr || finding.index < 0 || finding.index >= list->size()) {
        return nullptr;
    }
    return &list->at(finding.index);
}

QList<QuickFix> replaceEntry(const CorsConfig &config, const Finding &finding,
                             const QStringList &replacement, const QString &label)
{
    if (entryOf(config, finding) == nullptr) {
        return {};
    }
    QuickFix fix{label, finding.field, config};
    QStringList &list = *stringEntries(fix.config, finding.field);
    list.removeAt(finding.index);
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        list.insert(finding.index + i, replacement.at(i));
    }
    return {fix};
}

QList<QuickFix> removeEntry(const CorsConfig &config, const Finding &finding)
{
    const QString *entry = entryOf(config, finding);
    if (entry == nullptr) {
        return {};
    }
    return replaceEntry(config, finding, {},
                        entry->trimmed().isEmpty()
                            ? QuickFixText::tr("Remove the empty entry")
                            : QuickFixText::tr("Remove %1").arg(entry->trimmed()));
}

/// The origin as a browser sends it, for entries written in another form (a trailing slash, a
/// default port, upper case, a path): HTML's "ASCII serialization of an origin".
QList<QuickFix> serializeOrigin(const CorsConfig &config, const Finding &finding)
{
    const QString *entry = entryOf(config, finding);
    if (entry == nullptr) {
        return {};
    }
    const http::ParsedOrigin parsed = http::parseOrigin(entry->trimmed());
    const QString origin = parsed.serialization();
    if (parsed.form != http::OriginForm::Tuple || origin.isEmpty() || origin == *entry ||
        parsed.hasProblem(http::OriginProblem::InvalidHost) ||
        parsed.hasProblem(http::OriginProblem::InvalidPort) ||
        parsed.hasProblem(http::OriginProblem::MissingHost) ||
        parsed.hasProblem(http::OriginProblem::UnsupportedScheme) ||
        parsed.hasProblem(http::OriginProblem::WildcardHost)) {
        return {};
    }
    return replaceEntry(config, finding, {origin}, QuickFixText::tr("Write it as %1").arg(origin));
}

QList<QuickFix> addScheme(const CorsConfig &config, const Finding &finding)
{
    const QString *entry = entryOf(config, finding);
    if (entry == nullptr) {
        return {};
    }
    const http::ParsedOrigin parsed = http::parseOrigin(QString(u"https://"_s + entry->trimmed()));
    if (parsed.form != http::OriginForm::Tuple || parsed.serialization().isEmpty()) {
        return {};
    }
    const QString origin = parsed.serialization();
    return replaceEntry(config, finding, {origin}, QuickFixText::tr("Write it as %1").arg(origin));
}

QList<QuickFix> httpsOrigin(const CorsConfig &config, const Finding &finding)
{
    const QString *entry = entryOf(config, finding);
    if (entry == nullptr || !entry->trimmed().startsWith(u"http://"_s)) {
        return {};
    }
    const QString https = u"https://"_s + entry->trimmed().mid(7);
    return replaceEntry(config, finding, {https}, QuickFixText::tr("Use %1").arg(https));
}

QList<QuickFix> trimEntry(const CorsConfig &config, const Finding &finding)
{
    const QString *entry = entryOf(config, finding);
    if (entry == nullptr) {
        return {};
    }
    return replaceEntry(config, finding, {entry->trimmed()}, QuickFixText::tr("Remove the spaces"));
}

QList<QuickFix> splitEntry(const CorsConfig &config, const Finding &finding)
{
    const QString *entry = entryOf(config, finding);
    if (entry == nullptr) {
        return {};
    }
    const QStringList parts = http::splitEntries(*entry);
    return replaceEntry(config, finding, parts,
                        QuickFixText::tr("Split into %n entries", nullptr, int(parts.size())));
}

QList<QuickFix> upperCase(const CorsConfig &config, const Finding &finding)
{
    const QString *entry = entryOf(config, finding);
    if (entry == nullptr) {
        return {};
    }
    const QString upper = entry->trimmed().toUpper();
    return replaceEntry(config, finding, {upper}, QuickFixText::tr("Write it as %1").arg(upper));
}

/// Appends `value` to a list field unless it is there already.
QList<QuickFix> addEntry(const CorsConfig &config, Field field, const QString &value,
                         const QString &label)
{
    QuickFix fix{label, field, config};
    QStringList &list = *stringEntries(fix.config, field);
    const Qt::CaseSensitivity sensitivity =
        field == Field::AllowMethods ? Qt::CaseSensitive : Qt::CaseInsensitive;
    if (value.isEmpty() || containsEntry(list, value, sensitivity)) {
        return {};
    }
    list.append(value);
    return {fix};
}

Fixer addHeader(QString header)
{
    return [header](const CorsConfig &config, const Finding &) {
        return addEntry(config, Field::AllowHeaders, header,
                        QuickFixText::tr("Add %1 to Allowed headers").arg(header));
    };
}

QList<QuickFix> addAuthorizerHeader(const CorsConfig &config, const Finding &)
{
    const QString header = config.authorizer.trimmed();
    return addEntry(config, Field::AllowHeaders, header,
                    QuickFixText::tr("Add %1 to Allowed headers").arg(header));
}

QList<QuickFix> addOptions(const CorsConfig &config, const Finding &)
{
    return addEntry(config, Field::AllowMethods, u"OPTIONS"_s,
                    QuickFixText::tr("Add OPTIONS to Allowed methods"));
}

/// The methods the routes serve that allowMethods does not allow (Fetch §4.8: a method that is
/// not CORS-safelisted passes a preflight only when Access-Control-Allow-Methods names it).
QList<QuickFix> allowRouteMethods(const CorsConfig &config, const Finding &finding)
{
    if (finding.index < 0 || finding.index >= config.routes.size()) {
        return {};
    }
    QuickFix fix{{}, Field::AllowMethods, config};
    QStringList added;
    for (const QString &method : config.routes.at(finding.index).methods) {
        if (method != anyMethod &&
            !containsEntry(fix.config.allowMethods, method, Qt::CaseSensitive)) {
            fix.config.allowMethods.append(method);
            added.append(method);
        }
    }
    if (added.isEmpty()) {
        return {};
    }
    fix.label = QuickFixText::tr("Add %1 to Allowed methods").arg(added.join(u", "_s));
    return {fix};
}

/// Least privilege from the routes: the methods they serve (ANY excluded), plus OPTIONS on a
/// REST API. Nothing without routes of the project's own: the proxy serves ANY.
QList<QuickFix> methodsOfRoutes(const CorsConfig &config, const Finding &)
{
    QStringList methods;
    for (const Route &route : config.routes) {
        for (const QString &method : route.methods) {
            if (method == anyMethod) {
                return {};
            }
            if (!methods.contains(method)) {
                methods.append(method);
            }
        }
    }
    if (methods.isEmpty()) {
        return {};
    }
    if (config.apiType == ApiType::Rest && !methods.contains(u"OPTIONS"_s)) {
        methods.append(u"OPTIONS"_s);
    }
    // In the order routeMethods() lists them, as the form shows them.
    QStringList ordered;
    for (const QString &method : routeMethods()) {
        if (methods.contains(method)) {
            ordered.append(method);
        }
    }
    QuickFix fix{
        QuickFixText::tr("Allow only what the routes serve: %1").arg(ordered.join(u", "_s)),
        Field::AllowMethods, config};
    fix.config.allowMethods = ordered;
    return {fix};
}

QList<QuickFix> setMaxAge(const CorsConfig &config, qint64 seconds)
{
    QuickFix fix{QuickFixText::tr("Set Max age to %1 seconds").arg(seconds), Field::MaxAge, config};
    fix.config.maxAge = seconds;
    return {fix};
}

QList<QuickFix> maxAgeInRange(const CorsConfig &config, const Finding &)
{
    // Chromium honours at most 7200 s; WebKit 600 s (Fetch §3.2.3 leaves the cap to browsers).
    return setMaxAge(config, config.maxAge.value_or(0) > 7200 ? 7200 : 600);
}

QList<QuickFix> credentialsOff(const CorsConfig &config, const Finding &)
{
    QuickFix fix{QuickFixText::tr("Turn off Credentials"), Field::AllowCredentials, config};
    fix.config.allowCredentials = false;
    return {fix};
}

QList<QuickFix> switchToHttp(const CorsConfig &config)
{
    QuickFix fix{config.apiKeyRequired ? QuickFixText::tr("Switch to HTTP API (it has no API keys)")
                                       : QuickFixText::tr("Switch to HTTP API"),
                 Field::ApiType, config};
    fix.config.apiType = ApiType::Http;
    fix.config.apiKeyRequired = false;
    return {fix};
}

QList<QuickFix> keepFirstOrigin(const CorsConfig &config, const Finding &)
{
    if (config.allowOrigins.size() < 2) {
        return {};
    }
    QuickFix fix{QuickFixText::tr("Keep only %1").arg(config.allowOrigins.first().trimmed()),
                 Field::AllowOrigins, config};
    fix.config.allowOrigins = {config.allowOrigins.first()};
    return {fix};
}

QList<QuickFix> gatewayResponsesOn(const CorsConfig &config, const Finding &)
{
    QuickFix fix{QuickFixText::tr("Add CORS headers to gateway responses"), Field::GatewayResponses,
                 config};
    fix.config.gatewayResponses = true;
    return {fix};
}

QList<QuickFix> exemptPreflight(const CorsConfig &config, const Finding &)
{
    QuickFix fix{QuickFixText::tr("Exempt OPTIONS from the authorizer and the API key"),
                 Field::AuthorizePreflight, config};
    fix.config.authorizePreflight = false;
    return {fix};
}

QList<QuickFix> apiKeyOff(const CorsConfig &config, const Finding &)
{
    QuickFix off{QuickFixText::tr("Untick API key"), Field::ApiKeyRequired, config};
    off.config.apiKeyRequired = false;
    QuickFix rest{QuickFixText::tr("Switch to REST API (it has API keys)"), Field::ApiType, config};
    rest.config.apiType = ApiType::Rest;
    return {off, rest};
}

QList<QuickFix> trailingSlashOfRoute(const CorsConfig &config, const Finding &finding)
{
    if (finding.index < 0 || finding.index >= config.routes.size()) {
        return {};
    }
    QuickFix fix{{}, Field::Routes, config};
    QString &path = fix.config.routes[finding.index].path;
    while (path.size() > 1 && path.endsWith(u'/')) {
        path.chop(1);
    }
    fix.label = QuickFixText::tr("Write it as %1").arg(path);
    return {fix};
}

QList<QuickFix> upperCaseRouteMethods(const CorsConfig &config, const Finding &finding)
{
    if (finding.index < 0 || finding.index >= config.routes.size()) {
        return {};
    }
    QuickFix fix{QuickFixText::tr("Write the methods in upper case"), Field::Routes, config};
    QStringList &methods = fix.config.routes[finding.index].methods;
    for (QString &method : methods) {
        method = method.toUpper();
    }
    methods.removeDuplicates();
    return {fix};
}

struct Entry
{
    const char16_t *rule;
    Fixer fix;
};

const QList<Entry> &catalogue()
{
    static const auto toHttp = [](const CorsConfig &config, const Finding &) {
        return switchToHttp(config);
    };
    static const auto multipleOrigins = [](const CorsConfig &config, const Finding &finding) {
        return switchToHttp(config) + keepFirstOrigin(config, finding);
    };
    static const QList<Entry> entries{
        // Validation: the entry written as a browser would send it, or removed.
        {u"entry-whitespace", trimEntry},
        {u"entry-empty", removeEntry},
        {u"entry-pasted-list", splitEntry},
        {u"origin-trailing-slash", serializeOrigin},
        {u"origin-default-port", serializeOrigin},
        {u"origin-uppercase", serializeOrigin},
        {u"origin-non-canonical-host", serializeOrigin},
        {u"origin-non-canonical-port", serializeOrigin},
        {u"origin-unicode-host", serializeOrigin},
        {u"origin-path", serializeOrigin},
        {u"origin-query", serializeOrigin},
        {u"origin-fragment", serializeOrigin},
        {u"origin-userinfo", serializeOrigin},
        {u"origin-no-scheme", addScheme},
        {u"origin-duplicate", removeEntry},
        {u"origin-wildcard-with-others", removeEntry},
        {u"origin-scheme-wildcard-rest", toHttp},
        {u"origin-rest-template-size", toHttp},
        {u"method-case", upperCase},
        {u"method-duplicate", removeEntry},
        {u"method-forbidden", removeEntry},
        {u"method-wildcard-rest", methodsOfRoutes},
        {u"header-duplicate", removeEntry},
        {u"header-forbidden", removeEntry},
        {u"expose-forbidden", removeEntry},
        {u"max-age-range", maxAgeInRange},
        {u"credentials-wildcard-origin", credentialsOff},
        {u"credentials-wildcard-headers", credentialsOff},
        {u"credentials-wildcard-methods", credentialsOff},
        {u"credentials-wildcard-expose", credentialsOff},
        {u"route-path-trailing-slash", trailingSlashOfRoute},
        {u"route-method-case", upperCaseRouteMethods},
        {u"route-method-not-allowed", allowRouteMethods},
        // Advisor.
        {u"WILDCARD_ORIGIN_WITH_CREDENTIALS", credentialsOff},
        {u"INSECURE_ORIGIN", httpsOrigin},
        {u"INSECURE_ORIGIN_WITH_CREDENTIALS", httpsOrigin},
        {u"LOCALHOST_ORIGIN",
         [](const CorsConfig &c, const Finding &f) {
             // Removing the only origin would leave nothing to allow: the user must add one.
             return c.allowOrigins.size() > 1 ? removeEntry(c, f) : QList<QuickFix>{};
         }},
        {u"REST_MULTIPLE_ORIGINS", multipleOrigins},
        {u"PREFLIGHT_AUTHORIZED", exemptPreflight},
        {u"API_KEY_ON_HTTP_API", apiKeyOff},
        {u"AUTH_HEADER_NOT_ALLOWED", addAuthorizerHeader},
        {u"API_KEY_HEADER_NOT_ALLOWED", addHeader(u"X-Api-Key"_s)},
        {u"CONTENT_TYPE_NOT_ALLOWED", addHeader(u"Content-Type"_s)},
        {u"WILDCARD_HEADERS_AUTHORIZATION", addHeader(u"Authorization"_s)},
        {u"FORBIDDEN_HEADER_ALLOWED", removeEntry},
        {u"SAFELISTED_HEADER_ALLOWED", removeEntry},
        {u"NO_GATEWAY_RESPONSES", gatewayResponsesOn},
        {u"MAX_AGE_UNSET", [](const CorsConfig &c, const Finding &) { return setMaxAge(c, 600); }},
        {u"MAX_AGE_DISABLED",
         [](const CorsConfig &c, const Finding &) { return setMaxAge(c, 600); }},
        // WebKit caps the preflight cache at 600 s, the lowest of the browsers' caps.
        {u"MAX_AGE_ABOVE_BROWSER_CAP",
         [](const CorsConfig &c, const Finding &) { return setMaxAge(c, 600); }},
        {u"WILDCARD_METHODS", methodsOfRoutes},
        {u"ALL_METHODS", methodsOfRoutes},
        {u"OPTIONS_METHOD_MISSING", addOptions},
    };
    return entries;
}

} // namespace

QList<QuickFix> quickFixes(const CorsConfig &config, const Finding &finding)
{
    // A finding about one stage's origins addresses the stage, not allowOrigins.
    if (finding.field == Field::Stages) {
        return {};
    }
    for (const Entry &entry : catalogue()) {
        if (finding.rule == QStringView(entry.rule)) {
            QList<QuickFix> fixes = entry.fix(config, finding);
            // A fix never makes things worse: switching the API type, say, can bring up errors
            // of the other type's rules, and then the user has to decide.
            const int blocking = blockingCount(validate(config));
            fixes.removeIf([&config, blocking](const QuickFix &fix) {
                return fix.config == config || blockingCount(validate(fix.config)) > blocking;
            });
            return fixes;
        }
    }
    return {};
}

QList<QuickFix> preflightFixes(const CorsConfig &config, const QString &method,
                               const QStringList &headers)
{
    QuickFix fix{{}, Field::AllowHeaders, config};
    QStringList added;
    if (!method.isEmpty() && !containsEntry(config.allowMethods, method, Qt::CaseSensitive) &&
        !containsEntry(config.allowMethods, u"*", Qt::CaseSensitive)) {
        fix.config.allowMethods.append(method);
        fix.field = Field::AllowMethods;
        added.append(method);
    }
    for (const QString &header : headers) {
        if (!header.isEmpty() &&
            !containsEntry(fix.config.allowHeaders, header, Qt::CaseInsensitive)) {
            fix.config.allowHeaders.append(header);
            added.append(header);
        }
    }
    if (added.isEmpty()) {
        return {};
    }
    fix.label = QuickFixText::tr("Allow %1").arg(added.join(u", "_s));
    return {fix};
}

} // namespace cors::advisor
