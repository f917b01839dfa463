// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corsvalues.h"

#include "origintemplate.h"

using namespace Qt::StringLiterals;

namespace cors::render {

CorsValues::CorsValues(const CorsConfig &config)
    : allowOrigin(config.allowOrigins.contains(u"*"_s) ? u"*"_s : config.allowOrigins.value(0))
    , selectableOrigins((config.allowOrigins.size() > 1 && !config.allowOrigins.contains(u"*"_s)) ||
                                !config.stages.isEmpty()
                            ? config.allowOrigins
                            : QStringList())
    , staged(!config.stages.isEmpty())
    , allowMethods(config.allowMethods.join(u','))
    , allowHeaders(config.allowHeaders.join(u','))
    , exposeHeaders(config.exposeHeaders.join(u','))
    , maxAge(config.maxAge ? QString::number(*config.maxAge) : QString())
    , allowCredentials(config.allowCredentials)
{}

PreflightAnswer CorsValues::preflightAnswer(const QString &pathMethods) const
{
    PreflightAnswer answer;
    HeaderList &headers = answer.staticHeaders;
    if (selectsOrigin()) {
        answer.declaredHeaders.append(u"Access-Control-Allow-Origin"_s);
        answer.mappingTemplate = originSelectionTemplate(selectableOrigins);
    } else if (!allowOrigin.isEmpty()) {
        headers.append({u"Access-Control-Allow-Origin"_s, allowOrigin});
    }
    if (!pathMethods.isEmpty()) {
        headers.append({u"Access-Control-Allow-Methods"_s, pathMethods});
    }
    if (!allowHeaders.isEmpty()) {
        headers.append({u"Access-Control-Allow-Headers"_s, allowHeaders});
    }
    if (allowCredentials) {
        headers.append({u"Access-Control-Allow-Credentials"_s, u"true"_s});
    }
    if (!maxAge.isEmpty()) {
        headers.append({u"Access-Control-Max-Age"_s, maxAge});
    }
    if (selectsOrigin()) {
        // Fetch §3.2 "CORS protocol and HTTP caches": the answer depends on Origin.
        headers.append({u"Vary"_s, u"Origin"_s});
    }
    for (const auto &header : std::as_const(headers)) {
        answer.declaredHeaders.append(header.first);
    }
    return answer;
}

HeaderList CorsValues::gatewayResponseHeaders() const
{
    HeaderList headers;
    if (!allowOrigin.isEmpty()) {
        headers.append({u"Access-Control-Allow-Origin"_s, allowOrigin});
    }
    if (!allowHeaders.isEmpty()) {
        headers.append({u"Access-Control-Allow-Headers"_s, allowHeaders});
    }
    if (allowCredentials) {
        headers.append({u"Access-Control-Allow-Credentials"_s, u"true"_s});
    }
    if (!exposeHeaders.isEmpty()) {
        headers.append({u"Access-Control-Expose-Headers"_s, exposeHeaders});
    }
    return headers;
}

QString staticValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\'', u"''"_s);
    return u"'"_s + escaped + u"'"_s;
}

} // namespace cors::render
