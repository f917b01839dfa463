// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QString>

#include <optional>

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
    /// The chosen format; nothing, with `error` set, for an unknown value or for --json
    /// together with another --format.
    std::optional<OutputFormat> read(const QCommandLineParser &parser, QString *error) const;

private:
    QCommandLineOption m_format;
    QCommandLineOption m_json;
};

} // namespace cors::cli
