// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "field.h"

#include "base/enumkeys.h"

using namespace Qt::StringLiterals;

namespace cors {

/// In the order of Field's values.
constexpr const char16_t *const fieldKeys[] = {u"apiType",
                                               u"allowOrigins",
                                               u"allowMethods",
                                               u"allowHeaders",
                                               u"exposeHeaders",
                                               u"maxAge",
                                               u"allowCredentials",
                                               u"authorizer",
                                               u"apiKeyRequired",
                                               u"authorizePreflight",
                                               u"gatewayResponses",
                                               u"routes",
                                               u"stages"};

QString fieldKey(Field field)
{
    return keyOf(fieldKeys, field);
}

std::optional<Field> fieldFromKey(QStringView key)
{
    return valueOfKey<Field>(fieldKeys, key);
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
