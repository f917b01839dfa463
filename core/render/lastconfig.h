// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/corsconfig.h"

#include <optional>
#include <utility>

namespace cors::render {

/// What `compute(config)` gives, remembered for the last configuration it was asked about (per
/// thread and per call site): every format of one render asks for the same configuration's
/// shape and fingerprint in turn. T should be cheap to copy (implicitly shared).
template <typename Compute> auto forLastConfig(const CorsConfig &config, Compute compute)
{
    using T = decltype(compute(config));
    thread_local std::optional<std::pair<CorsConfig, T>> last;
    if (!last || last->first != config) {
        last.emplace(config, compute(config));
    }
    return last->second;
}

} // namespace cors::render
