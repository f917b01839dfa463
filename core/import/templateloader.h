// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/diagnostic.h"

#include <QByteArray>

#include <yaml-cpp/yaml.h>

namespace cors::templateimport {

/// Templates API Gateway accepts are far smaller: CloudFormation takes at most 1 MB, an OpenAPI
/// import 6 MB. The limits keep a hostile file from costing more than ~150 MB and a few seconds.
inline constexpr qint64 maxTemplateSize = 8 * 1024 * 1024;
inline constexpr int maxTemplateNodes = 250'000;

struct LoadedTemplate
{
    /// The document (YAML or JSON); meaningful when errors is empty.
    YAML::Node root;
    Diagnostics errors;

    bool ok() const { return errors.isEmpty(); }
};

/// The error for a file of `size` bytes, over maxTemplateSize.
Diagnostic tooLargeError(qint64 size);

/// Parses a template with bounded cost: size, text encoding, node count (counted on the event
/// stream before any tree is built), nesting depth (yaml-cpp's guard) and a single document are
/// checked first, each failure a positioned error that says what to do.
LoadedTemplate loadTemplate(const QByteArray &bytes);

} // namespace cors::templateimport
