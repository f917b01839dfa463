// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/expected.h"

#include <QCommandLineOption>
#include <QString>

class QCommandLineParser;

namespace cors::cli {

enum class OutputFormat
{
    Text,
    Json,
    Sarif,
};

/// `--format text|json|sarif` and its synonym `--json`, one rule for lint, check and scan.
class FormatOption
{
public:
    FormatOption();
    void addTo(QCommandLineParser &parser) const;
    /// The chosen format, or the usage error for an unknown value or for --json together with
    /// another --format.
    Expected<OutputFormat> read(const QCommandLineParser &parser) const;

private:
    QCommandLineOption m_format;
    QCommandLineOption m_json;
};

} // namespace cors::cli
