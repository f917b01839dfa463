// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcontext.h"

#include "importdetail.h"
#include "render/origintemplate.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cors::templateimport::detail {

namespace {

class ImportContextText
{
    Q_DECLARE_TR_FUNCTIONS(ImportContextText)
};

QString joined(const QStringList &entries)
{
    return entries.join(u", "_s);
}

} // namespace

void ImportContext::notLiteral(const Value &value, Field field)
{
    if (stagedOrigins && isStageReference(value)) {
        return; // the deployed stage's value: readStages() reads every stage's
    }
    notes.append(Diagnostic{
        value.position(), Severity::Warning,
        ImportContextText::tr("%1 is %2, not a literal: left as is (%3 is not set from it).")
            .arg(value.path(), value.excerpt(), fieldKey(field)),
        ImportContextText::tr("Its value is only known when CloudFormation deploys the template: "
                              "set %1 in the form.")
            .arg(fieldKey(field)),
        u"not-a-literal"_s});
}

void ImportContext::unmapped(const Value &value, const QString &why)
{
    notes.append(Diagnostic{value.position(),
                            Severity::Warning,
                            ImportContextText::tr("%1 is not imported: %2").arg(value.path(), why),
                            {},
                            u"unmapped"_s});
}

void ImportContext::warn(const Value &value, const QString &message, const QString &fix)
{
    notes.append(Diagnostic{value.position(), Severity::Warning,
                            u"%1: %2"_s.arg(value.path(), message), fix, u"import"_s});
}

void ImportContext::inform(const Value &value, const QString &message)
{
    notes.append(Diagnostic{value.position(),
                            Severity::Info,
                            u"%1: %2"_s.arg(value.path(), message),
                            {},
                            u"assumed"_s});
}

std::optional<QString> ImportContext::string(const Value &value, Field field)
{
    if (value.isMissing()) {
        return std::nullopt;
    }
    if (!value.intrinsicFunction().isEmpty()) {
        notLiteral(value, field);
        return std::nullopt;
    }
    if (!value.isScalar()) {
        warn(value, ImportContextText::tr("expected a single value, found %1; %2 is left as is.")
                        .arg(value.excerpt(), fieldKey(field)));
        return std::nullopt;
    }
    return value.text();
}

std::optional<QStringList> ImportContext::stringList(const Value &value, Field field)
{
    if (value.isMissing()) {
        return std::nullopt;
    }
    if (!value.intrinsicFunction().isEmpty()) {
        notLiteral(value, field);
        return std::nullopt;
    }
    if (value.isScalar()) {
        // CloudFormation wants a list; a lone string is what the author meant, so read it.
        warn(value,
             ImportContextText::tr("expected a list, found the single value %1; read as a list of "
                                   "one.")
                 .arg(value.excerpt()),
             ImportContextText::tr("Write it as a list (- %1).").arg(value.text()));
        return QStringList{value.text()};
    }
    if (!value.isSequence()) {
        warn(value, ImportContextText::tr("expected a list, found %1; %2 is left as is.")
                        .arg(value.excerpt(), fieldKey(field)));
        return std::nullopt;
    }
    QStringList entries;
    for (const Value &item : value.items()) {
        if (const std::optional<QString> entry = string(item, field)) {
            entries.append(*entry);
        }
    }
    return entries;
}

std::optional<bool> ImportContext::boolean(const Value &value, Field field)
{
    const std::optional<QString> text = string(value, field);
    if (!text) {
        return std::nullopt;
    }
    if (text->compare(u"true"_s, Qt::CaseInsensitive) == 0) {
        return true;
    }
    if (text->compare(u"false"_s, Qt::CaseInsensitive) == 0) {
        return false;
    }
    warn(value, ImportContextText::tr("expected true or false, found %1; %2 is left as is.")
                    .arg(value.excerpt(), fieldKey(field)));
    return std::nullopt;
}

std::optional<qint64> ImportContext::integer(const Value &value, Field field)
{
    const std::optional<QString> text = string(value, field);
    if (!text) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 number = text->trimmed().toLongLong(&ok);
    if (!ok) {
        warn(value,
             ImportContextText::tr("expected a whole number of seconds, found %1; %2 is left as "
                                   "is.")
                 .arg(value.excerpt(), fieldKey(field)));
        return std::nullopt;
    }
    return number;
}

std::optional<QString> ImportContext::staticValue(const Value &value, Field field)
{
    const std::optional<QString> text = string(value, field);
    if (!text) {
        return std::nullopt;
    }
    const QString trimmed = text->trimmed();
    if (trimmed.size() >= 2 && trimmed.startsWith(u'\'') && trimmed.endsWith(u'\'')) {
        QString inner = trimmed.mid(1, trimmed.size() - 2);
        inner.replace(u"''"_s, u"'"_s);
        return inner;
    }
    warn(value,
         ImportContextText::tr(
             "%1 is not a static value: API Gateway reads a value without single "
             "quotes as a mapping expression and refuses to deploy it. Read as the "
             "text it holds.")
             .arg(value.excerpt()),
         ImportContextText::tr("Write static values in single quotes inside the YAML string: "
                               "\"'%1'\".")
             .arg(trimmed));
    return trimmed;
}

std::optional<qint64> ImportContext::staticSeconds(const Value &value)
{
    const std::optional<QString> seconds = staticValue(value, Field::MaxAge);
    if (!seconds) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 number = seconds->toLongLong(&ok);
    if (!ok) {
        warn(value, ImportContextText::tr("'%1' is not a number of seconds; maxAge is left as is.")
                        .arg(*seconds));
        return std::nullopt;
    }
    return number;
}

QString ImportContext::iamAuthorizationHeader(const Value &where)
{
    inform(where, ImportContextText::tr("IAM authorization signs requests in the Authorization "
                                        "header: read as an authorizer on Authorization."));
    return u"Authorization"_s;
}

QStringList splitList(const QString &value)
{
    QStringList entries;
    for (const QString &part : value.split(u',')) {
        if (const QString entry = part.trimmed(); !entry.isEmpty()) {
            entries.append(entry);
        }
    }
    return entries;
}

QList<HeaderValue> headerValues(const Value &parameters, QStringView prefix, ImportContext &context)
{
    QList<HeaderValue> headers;
    if (parameters.isMissing()) {
        return headers;
    }
    if (!parameters.isMap()) {
        context.unmapped(parameters,
                         ImportContextText::tr("expected a mapping of response headers, found %1.")
                             .arg(parameters.excerpt()));
        return headers;
    }
    for (const auto &[key, value] : parameters.members()) {
        if (key.startsWith(prefix, Qt::CaseInsensitive)) {
            headers.append({key.mid(prefix.size()), value});
        } else {
            context.unmapped(
                value,
                ImportContextText::tr("not a response header (%1…).").arg(prefix.toString()));
        }
    }
    return headers;
}

void readPreflightHeaders(const QList<HeaderValue> &headers, CorsConfig &config,
                          ImportContext &context)
{
    for (const HeaderValue &header : headers) {
        const QString name = header.name.toLower();
        if (name == u"access-control-allow-origin") {
            if (const auto origin = context.staticValue(header.value, Field::AllowOrigins)) {
                config.allowOrigins = {*origin};
            }
        } else if (name == u"access-control-allow-methods") {
            if (const auto methods = context.staticValue(header.value, Field::AllowMethods)) {
                config.allowMethods = splitList(*methods);
            }
        } else if (name == u"access-control-allow-headers") {
            if (const auto names = context.staticValue(header.value, Field::AllowHeaders)) {
                config.allowHeaders = splitList(*names);
            }
        } else if (name == u"access-control-allow-credentials") {
            if (const auto flag = context.staticValue(header.value, Field::AllowCredentials)) {
                // Fetch §3.2.5 (CORS check): only the exact value "true" allows credentials.
                config.allowCredentials = *flag == u"true";
                if (*flag != u"true") {
                    context.warn(header.value,
                                 ImportContextText::tr("browsers allow credentials only for the "
                                                       "exact value 'true'; read as not allowed."));
                }
            }
        } else if (name == u"access-control-max-age") {
            if (const auto seconds = context.staticSeconds(header.value)) {
                config.maxAge = seconds;
            }
        } else if (name == u"access-control-expose-headers") {
            context.unmapped(header.value,
                             ImportContextText::tr("browsers read Access-Control-Expose-Headers on "
                                                   "the actual response, not on the preflight."));
        } else if (name == u"vary" && header.value.text() == u"'Origin'") {
            // Sent with several origins, whose template selects one: nothing more to read.
        } else {
            context.unmapped(
                header.value,
                ImportContextText::tr("%1 is not a CORS preflight header.").arg(header.name));
        }
    }
}

bool readGatewayResponseHeaders(const QList<HeaderValue> &headers, CorsConfig &config,
                                ImportContext &context)
{
    bool allowsOrigin = false;
    for (const HeaderValue &header : headers) {
        const QString name = header.name.toLower();
        if (name == u"access-control-allow-origin") {
            if (context.stagedOrigins && isStageReference(header.value)) {
                allowsOrigin = true; // the deployed stage's ErrorOrigin
                continue;
            }
            const auto origin = context.staticValue(header.value, Field::AllowOrigins);
            if (!origin) {
                continue;
            }
            allowsOrigin = true;
            // Only compared: the preflight's origin is the one that decides; an error response
            // that names another is a mistake to point at, not a value to take over.
            // Several origins: gateway responses can name only one, the first.
            const bool firstOfSeveral =
                config.allowOrigins.size() > 1 && config.allowOrigins.first() == *origin;
            if (!config.allowOrigins.isEmpty() && config.allowOrigins != QStringList{*origin} &&
                !firstOfSeveral) {
                context.warn(header.value,
                             ImportContextText::tr("error responses allow the origin '%1', the "
                                                   "preflight '%2'; the preflight's is kept.")
                                 .arg(*origin, joined(config.allowOrigins)),
                             ImportContextText::tr("Give both the same origin; the exported "
                                                   "snippet does."));
            }
        } else if (name == u"access-control-allow-headers") {
            const auto names = context.staticValue(header.value, Field::AllowHeaders);
            if (!names) {
                continue;
            }
            if (!config.allowHeaders.isEmpty() && config.allowHeaders != splitList(*names)) {
                context.warn(header.value,
                             ImportContextText::tr("error responses allow the headers '%1', the "
                                                   "preflight '%2'; the preflight's are kept.")
                                 .arg(*names, joined(config.allowHeaders)));
            }
        } else if (name == u"access-control-allow-credentials") {
            const auto flag = context.staticValue(header.value, Field::AllowCredentials);
            if (flag && (*flag == u"true") != config.allowCredentials) {
                context.warn(header.value,
                             ImportContextText::tr("error responses say credentials '%1', the "
                                                   "preflight does not agree; the preflight's "
                                                   "setting is kept.")
                                 .arg(*flag));
            }
        } else if (name == u"access-control-expose-headers") {
            const auto names = context.staticValue(header.value, Field::ExposeHeaders);
            if (!names) {
                continue;
            }
            if (config.exposeHeaders.isEmpty()) {
                config.exposeHeaders = splitList(*names);
            } else if (config.exposeHeaders != splitList(*names)) {
                context.warn(header.value,
                             ImportContextText::tr("the gateway responses expose different headers "
                                                   "('%1' and '%2'); the first are kept.")
                                 .arg(joined(config.exposeHeaders), *names));
            }
        } else if (name.startsWith(u"access-control-")) {
            context.unmapped(header.value, ImportContextText::tr(
                                               "%1 has no effect on an error response (browsers "
                                               "read it on preflights only).")
                                               .arg(header.name));
        } else {
            context.unmapped(header.value,
                             ImportContextText::tr("%1 is not a CORS header.").arg(header.name));
        }
    }
    return allowsOrigin;
}

void PreflightReader::noteGuarded(const Value &where, bool guarded)
{
    if (guarded && !m_guarded) {
        m_guarded = where;
    }
}

/// Adds the entries of `more` that `list` lacks, each before the next entry of `more` that
/// `list` has, so both lists' orders survive: [GET, POST, OPTIONS] and [GET, PUT, OPTIONS] make
/// [GET, POST, PUT, OPTIONS] (each path lists its methods in allowMethods' order).
void mergeInOrder(QStringList &list, const QStringList &more)
{
    for (qsizetype i = 0; i < more.size(); ++i) {
        if (list.contains(more[i])) {
            continue;
        }
        qsizetype at = list.size();
        for (qsizetype j = i + 1; j < more.size(); ++j) {
            if (const qsizetype known = list.indexOf(more[j]); known >= 0) {
                at = known;
                break;
            }
        }
        list.insert(at, more[i]);
    }
}

void readPreflightTemplates(const Value &templates, CorsConfig &config, ImportContext &context)
{
    if (!templates.isMap()) {
        return;
    }
    for (const auto &[contentType, value] : templates.members()) {
        if (context.stagedOrigins && isStageReference(value)) {
            continue; // the deployed stage's template: readStages() reads every stage's
        }
        if (value.text().trimmed().isEmpty()) {
            continue;
        }
        if (const auto origins = render::originsOfSelectionTemplate(value.text())) {
            config.allowOrigins = *origins;
        } else {
            context.unmapped(value,
                             ImportContextText::tr("a %1 mapping template other than the one that "
                                                   "selects an allowed origin: what it does to the "
                                                   "CORS headers is not read.")
                                 .arg(contentType));
        }
    }
}

void PreflightReader::read(const QString &where, const Value &parameters, const Value &templates,
                           const CorsConfig &base, ImportContext &context)
{
    const QStringView prefix = u"method.response.header.";
    if (!m_first) {
        CorsConfig config = base;
        readPreflightHeaders(headerValues(parameters, prefix, context), config, context);
        readPreflightTemplates(templates, config, context);
        m_first = config;
        m_firstWhere = where;
        return;
    }
    // Later preflights are only compared: their notes would repeat the first one's. Each path
    // allows its own methods (least privilege): allowMethods is their union.
    ImportContext quiet;
    CorsConfig config = base;
    readPreflightHeaders(headerValues(parameters, prefix, quiet), config, quiet);
    readPreflightTemplates(templates, config, quiet);
    mergeInOrder(m_first->allowMethods, config.allowMethods);
    config.allowMethods = m_first->allowMethods;
    if (config != *m_first) {
        context.warn(parameters,
                     ImportContextText::tr("the preflight of %1 answers differently from that of "
                                           "%2; the import keeps %2's.")
                         .arg(where, m_firstWhere),
                     ImportContextText::tr("Give every path the same CORS headers (only the "
                                           "methods may differ per path); the exported snippet "
                                           "answers all preflights alike."));
    }
}

void PreflightReader::finish(CorsConfig &config, ImportContext &context) const
{
    if (m_first) {
        config.allowOrigins = m_first->allowOrigins;
        config.allowMethods = m_first->allowMethods;
        config.allowHeaders = m_first->allowHeaders;
        config.allowCredentials = m_first->allowCredentials;
        config.maxAge = m_first->maxAge;
    }
    if (m_guarded) {
        config.authorizePreflight = true;
        context.inform(*m_guarded,
                       ImportContextText::tr("this preflight requires the authorizer or the API "
                                             "key, which browsers never send on one: "
                                             "authorizePreflight is set."));
    }
}

void GatewayResponseReader::read(const QString &type, const Value &response,
                                 const QList<HeaderValue> &headers, CorsConfig &config,
                                 ImportContext &context)
{
    m_seen = true;
    if (type == u"DEFAULT_4XX" || type == u"DEFAULT_5XX") {
        const bool allowsOrigin = readGatewayResponseHeaders(headers, config, context);
        (type == u"DEFAULT_4XX" ? m_default4xx : m_default5xx) |= allowsOrigin;
        return;
    }
    const bool hasCors = std::any_of(headers.begin(), headers.end(), [](const HeaderValue &h) {
        return h.name.startsWith(u"access-control-"_s, Qt::CaseInsensitive);
    });
    if (hasCors) {
        context.unmapped(response,
                         ImportContextText::tr("CORS headers on the %1 gateway response: the "
                                               "configuration puts them on DEFAULT_4XX and "
                                               "DEFAULT_5XX, which %1 falls back to when it has no "
                                               "headers of its own.")
                             .arg(type));
    }
}

void GatewayResponseReader::finish(const Value &where, CorsConfig &config,
                                   ImportContext &context) const
{
    if (!m_seen) {
        return;
    }
    config.gatewayResponses = m_default4xx || m_default5xx;
    if (m_default4xx != m_default5xx) {
        context.inform(where,
                       ImportContextText::tr("only %1 carries CORS headers; the configuration adds "
                                             "them to DEFAULT_4XX and DEFAULT_5XX alike.")
                           .arg(m_default4xx ? u"DEFAULT_4XX"_s : u"DEFAULT_5XX"_s));
    }
}

} // namespace cors::templateimport::detail

namespace cors::templateimport::detail {

void RouteCollector::add(const QString &path, const QString &method, bool authorized)
{
    m_entries.append({path, method.toUpper(), authorized});
}

void RouteCollector::finish(CorsConfig &config) const
{
    const bool http = config.apiType == ApiType::Http;
    QSet<QString> guardedAnyPaths;
    for (const Entry &entry : m_entries) {
        if (entry.authorized && (entry.method == anyMethod || entry.path == defaultRoutePath)) {
            guardedAnyPaths.insert(entry.path);
        }
    }
    const auto isPreflightRoute = [&](const Entry &entry) {
        if (!http || entry.method != u"OPTIONS" || entry.authorized) {
            return false;
        }
        const bool catchAll = guardedAnyPaths.contains(defaultRoutePath) &&
                              (entry.path == u"/" || entry.path == u"/{proxy+}");
        return guardedAnyPaths.contains(entry.path) || catchAll;
    };
    QList<Route> routes;
    for (const Entry &entry : m_entries) {
        if (isPreflightRoute(entry)) {
            continue;
        }
        const bool isPublic = config.hasAuthorizer() && !entry.authorized;
        auto it = std::find_if(routes.begin(), routes.end(), [&](const Route &route) {
            return route.path == entry.path && route.isPublic == isPublic;
        });
        if (it == routes.end()) {
            routes.append(Route{entry.path, {}, isPublic});
            it = routes.end() - 1;
        }
        if (!it->methods.contains(entry.method)) {
            it->methods.append(entry.method);
        }
    }
    const QList<Route> lambdaProxy{Route{u"/"_s, {anyMethod}, false},
                                   Route{u"/{proxy+}"_s, {anyMethod}, false}};
    // In any order: CDK writes resources in the order of their construct paths.
    const bool isLambdaProxy =
        routes.size() == lambdaProxy.size() &&
        std::is_permutation(routes.cbegin(), routes.cend(), lambdaProxy.cbegin());
    config.routes = isLambdaProxy ? QList<Route>{} : routes;
}

} // namespace cors::templateimport::detail
