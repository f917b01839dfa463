// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "format.h"
#include "model/corsconfig.h"

#include <QString>
#include <QStringList>

namespace cors::render {

struct ExportResult
{
    QStringList written; ///< the files written, in order
    QString error;       ///< why the export stopped; empty on success
    bool ok() const { return error.isEmpty(); }
};

/// Renders `format` and writes it atomically to `path`. A configuration with errors writes
/// nothing.
ExportResult exportFormat(const CorsConfig &config, Format format, const QString &path);

/// Writes every format into `directory` (created if needed) under its conventional name
/// (template.yaml, cors.tf, ...), each file atomically; stops at the first failure.
ExportResult exportAll(const CorsConfig &config, const QString &directory);

/// The files exportAll() would replace in `directory`, to ask before overwriting them.
QStringList existingExportFiles(const QString &directory);

} // namespace cors::render
