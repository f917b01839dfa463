// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/diagnostic.h"
#include "model/corsconfig.h"
#include "model/field.h"
#include "templatevalue.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cors::templateimport::detail {

/// What one import noticed, and the readers that turn template values into configuration
/// values. A value that is not a literal (an intrinsic function) or has the wrong type is never
/// guessed at: it is reported, and the field it would have set is left as it is.
class ImportContext
{
public:
    Diagnostics notes;
    /// The template has stages (StageCors): references to their origins are read with them,
    /// not reported where they are used.
    bool stagedOrigins = false;

    /// "PATH is !Sub …, not a literal: left as is".
    void notLiteral(const Value &value, Field field);
    /// Something CORS-related in the template the configuration has no place for.
    void unmapped(const Value &value, const QString &why);
    /// A value that was read, but not as the template's author may expect.
    void warn(const Value &value, const QString &message, const QString &fix = {});
    /// A default the import assumed because the template left something out.
    void inform(const Value &value, const QString &message);

    /// A literal scalar, as text (numbers and booleans too).
    std::optional<QString> string(const Value &value, Field field);
    /// A list of literal scalars; items that are not literal are reported and skipped.
    std::optional<QStringList> stringList(const Value &value, Field field);
    /// true/false, also as the strings "true"/"false" (CloudFormation accepts both).
    std::optional<bool> boolean(const Value &value, Field field);
    std::optional<qint64> integer(const Value &value, Field field);
    /// A static number of seconds ('600'), for Access-Control-Max-Age and SAM's MaxAge.
    std::optional<qint64> staticSeconds(const Value &value);
    /// IAM authorization: requests are signed in the Authorization header, so the configuration
    /// names it as the authorizer's header (said in a note).
    QString iamAuthorizationHeader(const Value &where);
    /// A static value in API Gateway's mapping syntax ('value'), unquoted and with doubled quotes
    /// undone. A value without the quotes is read as written, with a warning: API Gateway takes it
    /// for a mapping expression and refuses to deploy it.
    std::optional<QString> staticValue(const Value &value, Field field);
};

/// One response header from a mapping such as ResponseParameters: the header name with the
/// mapping prefix removed, and its value.
struct HeaderValue
{
    QString name;
    Value value;
};

/// The entries of `parameters` whose keys start with `prefix` (case-insensitively), e.g.
/// "method.response.header.". Other entries are reported as unmapped.
QList<HeaderValue> headerValues(const Value &parameters, QStringView prefix,
                                ImportContext &context);

/// Sets the configuration from the static CORS headers of a preflight (a MOCK integration's
/// response); headers that are not CORS preflight headers are reported.
void readPreflightHeaders(const QList<HeaderValue> &headers, CorsConfig &config,
                          ImportContext &context);

/// Reads the CORS headers of one of API Gateway's own error responses (DEFAULT_4XX/5XX) into the
/// configuration: the expose headers, and whether gateway responses carry CORS headers at all.
/// Values that disagree with the preflight's are reported; the preflight's stay.
/// Returns whether the response allows an origin.
bool readGatewayResponseHeaders(const QList<HeaderValue> &headers, CorsConfig &config,
                                ImportContext &context);

/// Reads the preflight answers of one API (one per path or OPTIONS method): the first sets the
/// configuration; a later one that answers differently is reported, not merged.
class PreflightReader
{
public:
    /// `parameters`: the mapping of "method.response.header.NAME" to static values;
    /// `templates`: the response's mapping templates by content type (several origins).
    void read(const QString &where, const Value &parameters, const Value &templates,
              const CorsConfig &base, ImportContext &context);
    /// Records whether the preflight at `where` needs the authorizer or API key.
    void noteGuarded(const Value &where, bool guarded);
    /// Sets the preflight fields (origins, methods, headers, credentials, max age) from the first
    /// preflight, and authorizePreflight when any preflight is guarded (browsers never send a
    /// token or key on one).
    void finish(CorsConfig &config, ImportContext &context) const;

private:
    std::optional<CorsConfig> m_first;
    QString m_firstWhere;
    std::optional<Value> m_guarded;
};

/// Collects the gateway responses of one API: DEFAULT_4XX and DEFAULT_5XX map onto the
/// configuration (gatewayResponses, exposeHeaders); CORS headers on other response types are
/// reported, since the configuration has no place for them.
class GatewayResponseReader
{
public:
    void read(const QString &type, const Value &response, const QList<HeaderValue> &headers,
              CorsConfig &config, ImportContext &context);
    /// Sets gatewayResponses when any gateway response was read.
    void finish(const Value &where, CorsConfig &config, ImportContext &context) const;

private:
    bool m_seen = false;
    bool m_default4xx = false;
    bool m_default5xx = false;
};

/// The routes of one API as the template defines them (a REST method on a resource, an HTTP
/// route, an OpenAPI operation, a SAM event), turned into the configuration's routes.
class RouteCollector
{
public:
    /// `method` as written (upper-cased here): GET..., ANY; `path` "/items/{id}" or "$default".
    void add(const QString &path, const QString &method, bool authorized);
    bool isEmpty() const { return m_entries.isEmpty(); }
    /// Sets config.routes once the authorizer is known: one route per path and authorization,
    /// in the order first seen. A route without the authorizer of an API that has one is public.
    /// The OPTIONS routes the generated snippets add to keep preflights away from an ANY or
    /// $default route's authorizer are the preflight's, not routes of their own; the Lambda
    /// proxy every render starts from (ANY / and ANY /{proxy+}) is no routes at all.
    void finish(CorsConfig &config) const;

private:
    struct Entry
    {
        QString path;
        QString method;
        bool authorized = false;
    };
    QList<Entry> m_entries;
};

/// A comma-separated header value as list entries: "GET, POST" -> GET, POST.
QStringList splitList(const QString &value);

} // namespace cors::templateimport::detail
