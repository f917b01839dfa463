// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/expected.h"
#include "diagnostic.h"
#include "model/corsconfig.h"
#include "sourcemap.h"

#include <QByteArray>
#include <QString>

namespace cors::projectfile {

/// Project files are `*.cors.yaml`, a YAML mapping that starts with `version: 2`. Version 1
/// (the same keys without `routes`) is still read and written back as version 2.
inline constexpr int formatVersion = 2;
inline constexpr int oldestFormatVersion = 1;
inline constexpr qint64 maxFileSize = 10 * 1024 * 1024;
inline constexpr QStringView fileSuffix = u".cors.yaml";

struct LoadResult
{
    enum class Status
    {
        Ok,
        Invalid,    ///< read, but not a valid project file: see errors (with positions)
        Unreadable, ///< missing, unreadable, too large or not text: see errors
    };

    Status status = Status::Invalid;
    /// The format version the file was written in (0 when it could not be read).
    int version = 0;
    /// The configuration as written; meaningful when status is Ok.
    CorsConfig config;
    SourceMap sourceMap;
    Diagnostics errors;

    bool ok() const { return status == Status::Ok; }
};

/// Reads a project file. Never throws; every problem is an error naming the key and its
/// line:column. Keys left out mean "none" (an empty list, no max age, no authorizer).
LoadResult read(const QString &path);
/// The same for bytes already in memory.
LoadResult parse(const QByteArray &bytes);

/// The project file text for a configuration, written with yaml-cpp's emitter; parse() gives the
/// same configuration back.
QByteArray serialize(const CorsConfig &config);

/// Writes atomically: the old file stays untouched unless the new one was written completely.
Expected<void> write(const CorsConfig &config, const QString &path);

} // namespace cors::projectfile
