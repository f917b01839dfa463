// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <optional>

namespace cors {

/// The fields of a CorsConfig, so findings, project-file positions and the GUI can point at one.
enum class Field
{
    ApiType,
    AllowOrigins,
    AllowMethods,
    AllowHeaders,
    ExposeHeaders,
    MaxAge,
    AllowCredentials,
    Authorizer,
    ApiKeyRequired,
    AuthorizePreflight,
    GatewayResponses,
    Routes,
    Stages,
};

inline constexpr std::array allFields{
    Field::ApiType,          Field::AllowOrigins,
    Field::AllowMethods,     Field::AllowHeaders,
    Field::ExposeHeaders,    Field::MaxAge,
    Field::AllowCredentials, Field::Authorizer,
    Field::ApiKeyRequired,   Field::AuthorizePreflight,
    Field::GatewayResponses, Field::Routes,
    Field::Stages,
};

/// The key in project files and the name shown in messages: "allowOrigins", "maxAge", ...
QString fieldKey(Field field);
std::optional<Field> fieldFromKey(QStringView key);
/// Whether the field holds a list of entries (findings on it may carry an index).
bool isListField(Field field);

} // namespace cors
