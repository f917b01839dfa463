// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlsupport.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace cors::render::yaml {

bool looksLikeNonString(const QString &text)
{
    if (text.isEmpty()) {
        return true;
    }
    // YAML 1.1 booleans and nulls (PyYAML, used by the SAM CLI, still reads these).
    static const QSet<QString> words{
        u"y"_s,     u"Y"_s,     u"yes"_s,  u"Yes"_s,  u"YES"_s,  u"n"_s,    u"N"_s,
        u"no"_s,    u"No"_s,    u"NO"_s,   u"true"_s, u"True"_s, u"TRUE"_s, u"false"_s,
        u"False"_s, u"FALSE"_s, u"on"_s,   u"On"_s,   u"ON"_s,   u"off"_s,  u"Off"_s,
        u"OFF"_s,   u"null"_s,  u"Null"_s, u"NULL"_s, u"~"_s,    u".inf"_s, u".Inf"_s,
        u".INF"_s,  u"-.inf"_s, u".nan"_s, u".NaN"_s, u"<<"_s,   u"="_s};
    if (words.contains(text)) {
        return true;
    }
    // Anything that starts like a number, date or time: 2.0, 600, 0x1F, 1e3, 12:30, 2026-11-21.
    static const QRegularExpression numeric(u"^[-+.]?[0-9]"_s);
    return numeric.match(text).hasMatch();
}

void httpCorsConfiguration(YAML::Emitter &out, const CorsConfig &config)
{
    out << YAML::BeginMap;
    const auto list = [&out](const char *name, const QStringList &entries) {
        if (!entries.isEmpty()) {
            key(out, name);
            stringList(out, entries);
        }
    };
    list("AllowOrigins", config.allowOrigins);
    list("AllowMethods", config.allowMethods);
    list("AllowHeaders", config.allowHeaders);
    list("ExposeHeaders", config.exposeHeaders);
    if (config.maxAge) {
        key(out, "MaxAge");
        out << static_cast<long long>(*config.maxAge);
    }
    if (config.allowCredentials) {
        key(out, "AllowCredentials");
        out << true;
    }
    out << YAML::EndMap;
}

} // namespace cors::render::yaml
