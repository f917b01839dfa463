// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "field.h"

using namespace Qt::StringLiterals;

namespace cors {

QString fieldKey(Field field)
{
    switch (field) {
    case Field::ApiType:
        return u"apiType"_s;
    case Field::AllowOrigins:
        return u"allowOrigins"_s;
    case Field::AllowMethods:
        return u"allowMethods"_s;
    case Field::AllowHeaders:
        return u"allowHeaders"_s;
    case Field::ExposeHeaders:
        return u"exposeHeaders"_s;
    case Field::MaxAge:
        return u"maxAge"_s;
    case Field::AllowCredentials:
        return u"allowCredentials"_s;
    case Field::Authorizer:
        return u"authorizer"_s;
    case Field::ApiKeyRequired:
        return u"apiKeyRequired"_s;
    case Field::AuthorizePreflight:
        return u"authorizePreflight"_s;
    case Field::GatewayResponses:
        return u"gatewayResponses"_s;
    case Field::Routes:
        return u"routes"_s;
    case Field::Stages:
        return u"stages"_s;
    }
    return {};
}

std::optional<Field> fieldFromKey(QStringView key)
{
    for (const Field field : allFields) {
        if (key == fieldKey(field)) {
            return field;
        }
    }
    return std::nullopt;
}

bool isListField(Field field)
{
    switch (field) {
    case Field::AllowOrigins:
    case Field::AllowMethods:
    case Field::AllowHeaders:
    case Field::ExposeHeaders:
    case Field::Routes:
    case Field::Stages:
        return true;
    default:
        return false;
    }
}

} // namespace cors
