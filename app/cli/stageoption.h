// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/expected.h"
#include "model/corsconfig.h"

#include <QCommandLineOption>
#include <QString>

namespace cors::cli {

/// --stage NAME, shared by render, serve and check.
QCommandLineOption stageOption();

/// The configuration stage `name` deploys (CorsConfig::forStage), or why the project has no
/// such stage. An empty name keeps the configuration as it is.
Expected<CorsConfig> pickStage(const CorsConfig &config, const QString &name);

} // namespace cors::cli
