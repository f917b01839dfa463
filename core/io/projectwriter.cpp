// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomicfile.h"
#include "http/grammar.h"
#include "projectfile.h"

#include <QCoreApplication>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace cors::projectfile {

namespace {

class ProjectWriter
{
    Q_DECLARE_TR_FUNCTIONS(ProjectWriter)
};

std::string utf8(const QString &text)
{
    return text.toStdString();
}

void emitString(YAML::Emitter &out, const QString &value)
{
    // yaml-cpp's automatic style silently drops some control characters (CR, DEL); only the
    // double-quoted style escapes them, and nothing the user wrote may be lost.
    if (http::firstControlCharacter(value) >= 0) {
        out << YAML::DoubleQuoted;
    }
    out << utf8(value);
}

void emitList(YAML::Emitter &out, Field field, const QStringList &values)
{
    out << YAML::Key << utf8(fieldKey(field)) << YAML::Value;
    if (values.isEmpty()) {
        out << YAML::Flow;
    }
    out << YAML::BeginSeq;
    for (const QString &value : values) {
        emitString(out, value);
    }
    out << YAML::EndSeq;
}

} // namespace

QByteArray serialize(const CorsConfig &config)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::Comment("CORS Configurator project file (https://github.com/cors-configurator)");
    out << YAML::BeginMap;
    out << YAML::Key << "version" << YAML::Value << formatVersion;
    out << YAML::Key << utf8(fieldKey(Field::ApiType)) << YAML::Value
        << utf8(apiTypeKey(config.apiType));
    emitList(out, Field::AllowOrigins, config.allowOrigins);
    emitList(out, Field::AllowMethods, config.allowMethods);
    emitList(out, Field::AllowHeaders, config.allowHeaders);
    emitList(out, Field::ExposeHeaders, config.exposeHeaders);
    out << YAML::Key << utf8(fieldKey(Field::MaxAge)) << YAML::Value;
    if (config.maxAge) {
        out << static_cast<long long>(*config.maxAge);
    } else {
        out << YAML::Null;
    }
    out << YAML::Key << utf8(fieldKey(Field::AllowCredentials)) << YAML::Value
        << config.allowCredentials;
    out << YAML::Key << utf8(fieldKey(Field::Authorizer)) << YAML::Value;
    if (config.hasAuthorizer()) {
        emitString(out, config.authorizer);
    } else {
        out << "none";
    }
    out << YAML::Key << utf8(fieldKey(Field::ApiKeyRequired)) << YAML::Value
        << config.apiKeyRequired;
    out << YAML::Key << utf8(fieldKey(Field::AuthorizePreflight)) << YAML::Value
        << config.authorizePreflight;
    out << YAML::Key << utf8(fieldKey(Field::GatewayResponses)) << YAML::Value
        << config.gatewayResponses;
    if (!config.routes.isEmpty()) {
        out << YAML::Key << utf8(fieldKey(Field::Routes)) << YAML::Value << YAML::BeginSeq;
        for (const Route &route : config.routes) {
            out << YAML::BeginMap << YAML::Key << "path" << YAML::Value;
            emitString(out, route.path);
            out << YAML::Key << "methods" << YAML::Value << YAML::Flow << YAML::BeginSeq;
            for (const QString &method : route.methods) {
                emitString(out, method);
            }
            out << YAML::EndSeq;
            if (route.isPublic) {
                out << YAML::Key << "authorizer" << YAML::Value << "none";
            }
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    if (!config.stages.isEmpty()) {
        out << YAML::Key << utf8(fieldKey(Field::Stages)) << YAML::Value << YAML::BeginMap;
        for (const Stage &stage : config.stages) {
            out << YAML::Key;
            emitString(out, stage.name);
            out << YAML::Value;
            if (!stage.allowOrigins) {
                out << YAML::Null;
                continue;
            }
            out << YAML::BeginMap << YAML::Key << utf8(fieldKey(Field::AllowOrigins)) << YAML::Value
                << YAML::BeginSeq;
            for (const QString &origin : *stage.allowOrigins) {
                emitString(out, origin);
            }
            out << YAML::EndSeq << YAML::EndMap;
        }
        out << YAML::EndMap;
    }
    out << YAML::EndMap;
    out << YAML::Newline;
    return QByteArray(out.c_str(), qsizetype(out.size()));
}

Expected<void> write(const CorsConfig &config, const QString &path)
{
    return writeFileAtomically(path, serialize(config)).map_error([&path](const QString &reason) {
        return ProjectWriter::tr("Cannot write %1: %2").arg(path, reason);
    });
}

} // namespace cors::projectfile
