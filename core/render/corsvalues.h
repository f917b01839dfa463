// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/corsconfig.h"

#include <QList>
#include <QString>

#include <utility>

namespace cors::render {

using HeaderList = QList<std::pair<QString, QString>>;

/// What a REST API's MOCK preflight answers with, for its integration and method responses.
struct PreflightAnswer
{
    /// Headers with static values ('value' in the integration response's responseParameters).
    HeaderList staticHeaders;
    /// Every header the method response declares: the static ones and, with several origins,
    /// Access-Control-Allow-Origin, which the mapping template sets.
    QStringList declaredHeaders;
    /// The integration response's mapping template: empty, or with several origins the
    /// template that selects the request's origin (originSelectionTemplate()).
    QString mappingTemplate;
};

/// The CORS response headers of a configuration as API Gateway sends them from static values:
/// a REST API's MOCK preflight and its gateway responses. Built once, used by every template
/// format so they cannot disagree.
struct CorsValues
{
    explicit CorsValues(const CorsConfig &config);

    /// The preflight answer of a path whose Access-Control-Allow-Methods is `pathMethods`:
    /// Access-Control-Allow-Origin (static with one origin or '*'), -Methods, -Headers,
    /// -Credentials and -Max-Age, in that order, and with several origins Vary: Origin; headers
    /// with nothing to say are left out.
    PreflightAnswer preflightAnswer(const QString &pathMethods) const;
    /// What an error response from API Gateway itself needs for the browser to show it:
    /// Access-Control-Allow-Origin, -Headers, -Credentials and -Expose-Headers. Gateway
    /// responses take static values or request parameters only (AWS: "Gateway responses"; their
    /// templates are not run by Velocity), so with several origins the first is the one whose
    /// pages can read API Gateway's own errors: see REST_GATEWAY_RESPONSE_ORIGIN.
    HeaderList gatewayResponseHeaders() const;
    /// Whether the preflight selects the request's origin with a mapping template: several
    /// origins, or stages (whose origins differ, so every stage's preflight has one).
    bool selectsOrigin() const { return !selectableOrigins.isEmpty() || staged; }

    /// The one static Access-Control-Allow-Origin: '*', the only origin, or with several the
    /// first (gateway responses only).
    QString allowOrigin;
    /// With two or more exact origins (no '*'), or with stages: allowOrigins, for the
    /// preflight's template.
    QStringList selectableOrigins;
    /// The configuration has stages: templates take each stage's values from its mapping.
    bool staged = false;
    QString allowMethods;
    QString allowHeaders;
    QString exposeHeaders;
    QString maxAge;
    bool allowCredentials = false;
};

/// API Gateway's syntax for a static header value in a mapping: the value in single quotes.
/// Valid configurations never contain a quote; one that slipped through would be doubled, which
/// is how API Gateway escapes a quote inside a static value.
QString staticValue(const QString &value);

} // namespace cors::render
