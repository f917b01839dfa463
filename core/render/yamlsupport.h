// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers for writing templates with YAML::Emitter (every YAML we write goes through it).

#include "corsvalues.h"
#include "model/corsconfig.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <yaml-cpp/yaml.h>

namespace cors::render::yaml {

inline std::string utf8(const QString &text)
{
    return text.toStdString();
}

/// Whether a YAML 1.1 or 1.2 reader could take this text for something other than a string (a
/// number, boolean, null, date...): such text is written in double quotes.
bool looksLikeNonString(const QString &text);

inline void emit(YAML::Emitter &out, const QString &value)
{
    if (looksLikeNonString(value)) {
        out << YAML::DoubleQuoted;
    }
    out << utf8(value);
}

inline void emit(YAML::Emitter &out, const char *value)
{
    emit(out, QString::fromUtf8(value));
}

inline void key(YAML::Emitter &out, const char *name)
{
    out << YAML::Key;
    emit(out, QString::fromUtf8(name));
    out << YAML::Value;
}

/// A key whose line ends in a comment saying why it is there: "Cors:  # SAM adds ...".
inline void key(YAML::Emitter &out, const char *name, const QString &why)
{
    key(out, name);
    out << YAML::Comment(utf8(why));
}

inline void stringList(YAML::Emitter &out, const QStringList &values)
{
    out << YAML::BeginSeq;
    for (const QString &value : values) {
        emit(out, value);
    }
    out << YAML::EndSeq;
}

/// A short-form CloudFormation intrinsic function: !Ref Api, !GetAtt Api.RootResourceId, ...
inline void intrinsic(YAML::Emitter &out, const char *function, const QString &argument)
{
    out << YAML::LocalTag(function) << utf8(argument);
}

/// Header-name → static-value mapping ("method.response.header.X": "'value'").
inline void staticHeaderMap(YAML::Emitter &out, const HeaderList &headers, const QString &prefix)
{
    out << YAML::BeginMap;
    for (const auto &[name, value] : headers) {
        out << YAML::Key;
        emit(out, prefix + name);
        out << YAML::Value;
        emit(out, staticValue(value));
    }
    out << YAML::EndMap;
}

/// An HTTP API's CORS configuration as SAM (HttpApi.CorsConfiguration) and CloudFormation
/// (AWS::ApiGatewayV2::Api CorsConfiguration) both spell it; empty settings are left out.
void httpCorsConfiguration(YAML::Emitter &out, const CorsConfig &config);

inline QByteArray bytes(const YAML::Emitter &out)
{
    return QByteArray(out.c_str(), qsizetype(out.size())) + '\n';
}

} // namespace cors::render::yaml
