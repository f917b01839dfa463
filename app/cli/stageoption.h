// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/corsconfig.h"

#include <QCommandLineOption>
#include <QString>

#include <optional>

namespace cors::cli {

/// --stage NAME, shared by render, serve and check.
QCommandLineOption stageOption();

/// The configuration stage `name` deploys (CorsConfig::forStage), or nullopt with `error` set
/// when the project has no such stage. An empty name keeps the configuration as it is.
std::optional<CorsConfig> pickStage(const CorsConfig &config, const QString &name, QString *error);

} // namespace cors::cli
