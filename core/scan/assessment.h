// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fetch/headerlist.h"
#include "probes.h"

namespace cors::scan {

/// What a probe got back; `received` is false when no HTTP response arrived (refused, timeout,
/// TLS), with `error` saying why.
struct ProbeResponse
{
    bool received = false;
    int status = 0;
    fetch::HeaderList headers;
    QString error;
};

/// The findings the answers to one target's probes show, one per class (the other origins of
/// the same class in alsoAccepted), in FindingClass order. Classes that a reflected arbitrary
/// origin already implies (prefix, suffix, ... matches) are not repeated. `responses` holds one
/// entry per probe, in the same order.
QList<ScanFinding> assess(const QList<Probe> &probes, const QList<ProbeResponse> &responses);

} // namespace cors::scan
