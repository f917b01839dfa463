// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/expected.h"
#include "format.h"
#include "model/corsconfig.h"

#include <QString>
#include <QStringList>

namespace cors::render {

/// Renders `format` and writes it atomically to `path`; the files written (`path`). A
/// configuration with errors writes nothing.
Expected<QStringList> exportFormat(const CorsConfig &config, Format format, const QString &path);

/// Writes every format into `directory` (created if needed) under its conventional name
/// (template.yaml, cors.tf, ...), each file atomically; the files written, in order. Stops at
/// the first failure, whose message names the files already written.
Expected<QStringList> exportAll(const CorsConfig &config, const QString &directory);

/// The files exportAll() would replace in `directory`, to ask before overwriting them.
QStringList existingExportFiles(const QString &directory);

} // namespace cors::render
