// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scanfinding.h"

#include <QUrl>

namespace cors::scan {

/// One request the scanner sends to a target.
struct Probe
{
    enum class Kind
    {
        Baseline,               ///< GET with the legitimate origin: does CORS work at all?
        Origin,                 ///< GET with a hostile origin of class `kind`
        PreflightEcho,          ///< OPTIONS asking for a made-up method and header
        PreflightAuthorization, ///< OPTIONS from a foreign origin asking for Authorization
        Error,                  ///< GET of a path that does not exist, with the legitimate origin
        CacheFirst,  ///< GET that a cache in front of the API may keep (sent before the rest)
        CacheSecond, ///< GET of the same URL from another origin, once CacheFirst is answered
        CacheBust,   ///< GET of the URL with a unique query, from CacheSecond's origin
    };
    Kind kind = Kind::Origin;
    FindingClass origin = FindingClass::ReflectedOrigin; ///< for Kind::Origin
    QUrl url;
    QByteArray method = "GET";
    QByteArray originHeader;
    QByteArray requestMethod;  ///< Access-Control-Request-Method of a preflight
    QByteArray requestHeaders; ///< Access-Control-Request-Headers of a preflight
    /// The probe is sent only once the probe at this index has its answer (-1: at once).
    int after = -1;
};

/// The made-up method and header a preflight probe asks for; an answer that allows them
/// allows anything.
inline constexpr char probeMethod[] = "CORSCFGPROBE";
inline constexpr char probeHeader[] = "x-corscfg-probe";
/// A foreign origin nobody owns (RFC 2606 .example).
inline constexpr char foreignOrigin[] = "https://corscfg-probe.example";
/// The origins of the cache probes when --origin names no frontend, and the second one's.
inline constexpr char cacheOrigin[] = "https://corscfg-cache-probe.example";
inline constexpr char cacheOtherOrigin[] = "https://corscfg-cache-other.example";

/// The probes for `target`. Hostile origins are derived from the target's host and, when
/// `legitimateOrigin` names the frontend and its host differs, from that host too (an
/// allow-list check usually names the frontend). Each origin is probed once.
QList<Probe> probesFor(const QUrl &target, const QByteArray &legitimateOrigin);

/// The origins a host gives for each class that is derived from it (prefix, suffix, ...); an
/// IP address or a single-label name (localhost) only gives its http:// twin.
QList<std::pair<FindingClass, QByteArray>> derivedOrigins(const QString &scheme,
                                                          const QString &host);

} // namespace cors::scan
