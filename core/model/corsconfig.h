// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "field.h"
#include "route.h"
#include "stage.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cors {

/// The two API Gateway flavours. Their CORS mechanics differ completely: a REST API answers the
/// preflight from an OPTIONS method (usually a MOCK integration with static headers), an HTTP API
/// answers it itself from its CorsConfiguration.
enum class ApiType
{
    Rest,
    Http,
};

/// "rest" / "http": the spelling used in project files and on the command line.
QString apiTypeKey(ApiType type);
std::optional<ApiType> apiTypeFromKey(QStringView key);
/// "REST API (v1)" / "HTTP API (v2)": the spelling shown to people.
QString apiTypeDisplayName(ApiType type);

/// One CORS configuration, with fields named after API Gateway's HTTP API CorsConfiguration.
/// It holds what the user wrote, valid or not; validate() says what is wrong with it.
///
/// A default-constructed configuration is the least-privilege starting point from AWS's own CORS
/// guidance: one local origin, GET/POST/OPTIONS, Content-Type and X-Api-Key, REST API.
struct CorsConfig
{
    ApiType apiType = ApiType::Rest;
    QStringList allowOrigins{QStringLiteral("http://localhost:3000")};
    QStringList allowMethods{QStringLiteral("GET"), QStringLiteral("POST"),
                             QStringLiteral("OPTIONS")};
    QStringList allowHeaders{QStringLiteral("Content-Type"), QStringLiteral("X-Api-Key")};
    QStringList exposeHeaders;
    /// Seconds; unset means no Access-Control-Max-Age header at all (browsers then cache 5 s).
    std::optional<qint64> maxAge;
    bool allowCredentials = false;
    /// The request header that carries the authorizer's token (e.g. "Authorization"); empty when
    /// the API has no authorizer.
    QString authorizer;
    bool apiKeyRequired = false;
    /// Describes a deployed API whose OPTIONS requests also go through the authorizer and the
    /// API key check (SAM's default when AddDefaultAuthorizerToCorsPreflight is left out; an
    /// HTTP API's authorized ANY route without an OPTIONS route of its own). Browsers never send
    /// a token or key on a preflight, so such an API fails every preflight; the generated
    /// snippets always keep OPTIONS open, and the advisor and the emulator show the failure.
    bool authorizePreflight = false;
    /// REST API: add the CORS headers to the DEFAULT_4XX and DEFAULT_5XX gateway responses.
    bool gatewayResponses = true;
    /// The API's routes; empty means one Lambda proxy (see effectiveRoutes()).
    QList<Route> routes;
    /// The API's stages, each with its own origins; empty means one stage with allowOrigins.
    QList<Stage> stages;

    bool hasAuthorizer() const { return !authorizer.isEmpty(); }

    /// The routes the renders and the emulator build: `routes`, or without any the Lambda proxy
    /// almost every API starts as, `ANY /` and `ANY /{proxy+}`.
    QList<Route> effectiveRoutes() const;
    /// The methods of `route` that CORS allows (ANY: every allowed method), in allowMethods'
    /// order, plus OPTIONS: a least-privilege Access-Control-Allow-Methods for its path.
    QStringList preflightMethods(const Route &route) const;
    /// Whether a preflight for `route` can reach the authorizer: the API has one and the route
    /// is not public.
    bool isAuthorized(const Route &route) const { return hasAuthorizer() && !route.isPublic; }

    /// The configuration one stage deploys: its origins (or allowOrigins) as allowOrigins, and
    /// that stage alone in `stages` (so its renders and the emulator answer as a staged API).
    CorsConfig forStage(const Stage &stage) const;

    /// A configuration that allows nothing: every list empty, no max age, no authorizer. Project
    /// files start from it, so a key left out of a file means "none", never a hidden default.
    static CorsConfig blank();

    friend bool operator==(const CorsConfig &, const CorsConfig &) = default;
};

/// The list of strings a field holds (allowed origins, methods and headers, exposed headers);
/// null for the fields that are not lists of strings.
QStringList *stringEntries(CorsConfig &config, Field field);
const QStringList *stringEntries(const CorsConfig &config, Field field);
/// The switch a field holds (allowCredentials, apiKeyRequired, authorizePreflight,
/// gatewayResponses); null for the fields that are not booleans.
bool *flagField(CorsConfig &config, Field field);

/// Whether a list field holds `value`, each entry trimmed as validation reads it. Header names
/// compare case-insensitively (Qt::CaseInsensitive), methods exactly (Qt::CaseSensitive).
bool containsEntry(const QStringList &entries, QStringView value, Qt::CaseSensitivity sensitivity);

} // namespace cors
