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

/// A class's explanation and fix, as its findings carry them (translated).
struct FindingText
{
    QString explanation;
    QString fix;
};
FindingText findingText(FindingClass kind);
/// The severity of a class's findings when credentials are not allowed (High when they are).
Severity baseSeverity(FindingClass kind);

/// The findings the answers to one target's probes show, one per class (the other origins of
/// the same class in alsoAccepted), in FindingClass order. Classes that a reflected arbitrary
/// origin already implies (prefix, suffix, ... matches) are not repeated. `responses` holds one
/// entry per probe, in the same order.
QList<ScanFinding> assess(const QList<Probe> &probes, const QList<ProbeResponse> &responses);

} // namespace cors::scan
