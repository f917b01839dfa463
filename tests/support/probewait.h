// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/prober.h"

/// Starts `prober` and runs the event loop until it reports; servers in the test process keep
/// answering meanwhile.
cors::fetch::FlowResult probeAndWait(cors::probe::Prober &prober,
                                     const cors::fetch::FetchInit &init,
                                     const cors::probe::ProbeOptions &options = {});

/// The same with a prober of its own.
cors::fetch::FlowResult probeAndWait(const cors::fetch::FetchInit &init,
                                     const cors::probe::ProbeOptions &options = {});
