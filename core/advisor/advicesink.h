// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to advise(): one function per group of rules, all appending through one sink that
// takes each rule's severity and source from the catalogue, so they cannot drift apart.

#include "advisor.h"
#include "base/quoted.h"

#include <QCoreApplication>

namespace cors::advisor::detail {

/// The translation context of every advisor message.
class Advice
{
    Q_DECLARE_TR_FUNCTIONS(Advice)
};

class AdviceSink
{
public:
    explicit AdviceSink(Findings &out)
        : m_out(out)
    {}

    /// Adds a finding for catalogue rule `id`; the message is prefixed with the field's key.
    void add(const char *id, Field field, int index, const QString &message, const QString &fix);

private:
    Findings &m_out;
};

using cors::quoted;
/// Whether a request header `name` gets through the preflight with these allowed headers:
/// listed, or covered by `*` (never with credentials, never for Authorization).
bool headerAllowed(const CorsConfig &config, QStringView name);
/// The origins validation accepts as a browser's exact origin, with their list index.
struct ExactOrigin
{
    int index;
    QString scheme;
    QString host;
};
QList<ExactOrigin> exactOrigins(const CorsConfig &config);

void adviseOrigins(const CorsConfig &config, AdviceSink &sink);
/// adviseOrigins() for each stage's origins, addressed to the stage; development origins
/// are noted only in production stages (isProductionStage()).
void adviseStageOrigins(const CorsConfig &config, Findings &out);
void adviseRequests(const CorsConfig &config, AdviceSink &sink);
void adviseGateway(const CorsConfig &config, AdviceSink &sink);

} // namespace cors::advisor::detail
