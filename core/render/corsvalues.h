// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/corsconfig.h"

#include <QList>
#include <QString>

#include <utility>

namespace cors::render {

using HeaderList = QList<std::pair<QString, QString>>;

/// The CORS response headers of a configuration as API Gateway sends them from static values:
/// a REST API's MOCK preflight and its gateway responses. Built once, used by every template
/// format so they cannot disagree.
struct CorsValues
{
    explicit CorsValues(const CorsConfig &config);

    /// Access-Control-Allow-Origin, -Methods, -Headers, -Credentials and -Max-Age, in that order;
    /// headers with nothing to say are left out.
    HeaderList preflightHeaders() const { return preflightHeaders(allowMethods); }
    /// The same for one path, whose Access-Control-Allow-Methods is `pathMethods`.
    HeaderList preflightHeaders(const QString &pathMethods) const;
    /// What an error response from API Gateway itself needs for the browser to show it:
    /// Access-Control-Allow-Origin, -Headers, -Credentials and -Expose-Headers.
    HeaderList gatewayResponseHeaders() const;

    QString allowOrigin;
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
