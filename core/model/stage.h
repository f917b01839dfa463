// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cors {

/// One deployment stage of the API (dev, staging, prod) and what it overrides: its own
/// allowOrigins, or the configuration's when it has none.
struct Stage
{
    QString name;
    std::optional<QStringList> allowOrigins;

    friend bool operator==(const Stage &, const Stage &) = default;
};

/// AWS: "Set up a stage for a REST API": stage names use letters, digits, hyphens and
/// underscores, at most 128 characters; CloudFormation's Mappings keys (the stage picks its
/// StageCors entry) take no underscore (cfn-lint E7001: ^[a-zA-Z0-9.-]+$). So: letters,
/// digits and '-'.
bool isValidStageName(QStringView name);

/// The names of `stages`, in order.
QStringList stageNames(const QList<Stage> &stages);
/// The stage named `name` in `stages`, or nullptr.
const Stage *findStage(const QList<Stage> &stages, QStringView name);

/// Whether a stage's name says it is production (prod, production, prd, live): the advisor
/// notes development origins only there.
bool isProductionStage(QStringView name);

} // namespace cors
