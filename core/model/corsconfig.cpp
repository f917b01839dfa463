// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corsconfig.h"

#include "base/enumkeys.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cors {

namespace {
class ApiTypeText
{
    Q_DECLARE_TR_FUNCTIONS(ApiTypeText)

public:
    static QString displayName(ApiType type)
    {
        switch (type) {
        case ApiType::Rest:
            return tr("REST API (v1)");
        case ApiType::Http:
            return tr("HTTP API (v2)");
        }
        return {};
    }
};
} // namespace

/// In the order of ApiType's values.
constexpr const char16_t *const apiTypeKeys[] = {u"rest", u"http"};

QString apiTypeKey(ApiType type)
{
    return keyOf(apiTypeKeys, type);
}

std::optional<ApiType> apiTypeFromKey(QStringView key)
{
    return valueOfKey<ApiType>(apiTypeKeys, key);
}

QString apiTypeDisplayName(ApiType type)
{
    return ApiTypeText::displayName(type);
}

namespace {

/// Which member of CorsConfig holds a field, for the fields of one type.
template <typename Member> struct FieldMember
{
    Field field;
    Member CorsConfig::*member;
};

constexpr FieldMember<QStringList> listMembers[] = {
    {Field::AllowOrigins, &CorsConfig::allowOrigins},
    {Field::AllowMethods, &CorsConfig::allowMethods},
    {Field::AllowHeaders, &CorsConfig::allowHeaders},
    {Field::ExposeHeaders, &CorsConfig::exposeHeaders},
};

constexpr FieldMember<bool> flagMembers[] = {
    {Field::AllowCredentials, &CorsConfig::allowCredentials},
    {Field::ApiKeyRequired, &CorsConfig::apiKeyRequired},
    {Field::AuthorizePreflight, &CorsConfig::authorizePreflight},
    {Field::GatewayResponses, &CorsConfig::gatewayResponses},
};

/// The member `table` lists for `field`; null when it lists none.
template <typename Member, std::size_t N>
Member *memberFor(CorsConfig &config, const FieldMember<Member> (&table)[N], Field field)
{
    for (const FieldMember<Member> &row : table) {
        if (row.field == field) {
            return &(config.*row.member);
        }
    }
    return nullptr;
}

} // namespace

QStringList *stringEntries(CorsConfig &config, Field field)
{
    return memberFor(config, listMembers, field);
}

const QStringList *stringEntries(const CorsConfig &config, Field field)
{
    return stringEntries(const_cast<CorsConfig &>(config), field);
}

bool *flagField(CorsConfig &config, Field field)
{
    return memberFor(config, flagMembers, field);
}

CorsConfig CorsConfig::blank()
{
    CorsConfig config;
    config.allowOrigins.clear();
    config.allowMethods.clear();
    config.allowHeaders.clear();
    return config;
}

CorsConfig CorsConfig::forStage(const Stage &stage) const
{
    CorsConfig config = *this;
    config.allowOrigins = stage.allowOrigins.value_or(allowOrigins);
    config.stages = {Stage{stage.name, config.allowOrigins}};
    return config;
}

QList<Route> CorsConfig::effectiveRoutes() const
{
    if (!routes.isEmpty()) {
        return routes;
    }
    return {Route{u"/"_s, {anyMethod}, false}, Route{u"/{proxy+}"_s, {anyMethod}, false}};
}

QStringList CorsConfig::preflightMethods(const Route &route) const
{
    const bool anyRoute = route.methods.contains(anyMethod) || route.path == defaultRoutePath;
    const auto served = [&](const QString &method) {
        return method == u"OPTIONS" || anyRoute || route.methods.contains(method);
    };
    QStringList methods;
    if (containsEntry(allowMethods, u"*", Qt::CaseSensitive)) {
        for (const QString &method : routeMethods()) {
            if (method != anyMethod && served(method)) {
                methods.append(method);
            }
        }
        return methods;
    }
    // In allowMethods' order, so an ANY route's list is allowMethods itself.
    for (const QString &entry : allowMethods) {
        const QString method = entry.trimmed();
        if (routeMethods().contains(method) && method != anyMethod && served(method) &&
            !methods.contains(method)) {
            methods.append(method);
        }
    }
    if (!methods.contains(u"OPTIONS"_s)) {
        methods.append(u"OPTIONS"_s);
    }
    return methods;
}

bool containsEntry(const QStringList &entries, QStringView value, Qt::CaseSensitivity sensitivity)
{
    return std::any_of(entries.begin(), entries.end(), [value, sensitivity](const QString &entry) {
        return entry.trimmed().compare(value, sensitivity) == 0;
    });
}

} // namespace cors
