// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes.h"

#include <QHostAddress>
#include <QRandomGenerator>
#include <QSet>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace cors::scan {

namespace {

/// Code hosts where anyone can publish a page (and so a script with that origin).
const QList<QByteArray> thirdPartyOrigins{
    "https://corscfg-probe.github.io",
    "https://codepen.io",
    "https://jsfiddle.net",
    "https://corscfg-probe.netlify.app",
    "https://corscfg-probe.vercel.app",
};

/// Characters some browsers accept in a host and that careless checks stop at.
const QByteArray specialCharacters = "_`!~$}";

} // namespace

QList<std::pair<FindingClass, QByteArray>> derivedOrigins(const QString &scheme,
                                                          const QString &host)
{
    QList<std::pair<FindingClass, QByteArray>> origins;
    if (host.isEmpty()) {
        return origins;
    }
    const QByteArray h = host.toLatin1();
    if (scheme == u"https") {
        origins.append({FindingClass::HttpOriginTrusted, "http://" + h});
    }
    // Look-alike names only make sense for a domain name an attacker could register next to:
    // nobody can own "evil127.0.0.1" or a subdomain of "localhost".
    const bool ipAddress = !QHostAddress(host).isNull();
    if (ipAddress || !host.contains(u'.')) {
        return origins;
    }
    origins.append({FindingClass::PrefixMatch, "https://" + h + ".corscfg-probe.test"});
    origins.append({FindingClass::SuffixMatch, "https://evil" + h});
    const qsizetype dot = h.indexOf('.');
    if (dot > 0 && dot + 1 < h.size()) {
        QByteArray unescaped = h;
        unescaped[dot] = 'x';
        origins.append({FindingClass::UnescapedDot, "https://" + unescaped});
    }
    if (h.size() > 3) {
        origins.append({FindingClass::SubstringMatch, "https://" + h.sliced(1)});
    }
    origins.append({FindingClass::AnySubdomain, "https://corscfg-probe." + h});
    for (const char c : specialCharacters) {
        origins.append(
            {FindingClass::SpecialCharacters, "https://" + h + c + ".corscfg-probe.test"});
    }
    return origins;
}

namespace {

/// A GET of `url` with Origin: `originHeader`.
Probe request(Probe::Kind kind, const QUrl &url, const QByteArray &originHeader)
{
    Probe probe;
    probe.kind = kind;
    probe.url = url;
    probe.originHeader = originHeader;
    return probe;
}

/// A preflight of `url` from `originHeader` asking for `method` and `headers`.
Probe preflight(Probe::Kind kind, const QUrl &url, const QByteArray &originHeader,
                const QByteArray &method, const QByteArray &headers)
{
    Probe probe = request(kind, url, originHeader);
    probe.method = "OPTIONS";
    probe.requestMethod = method;
    probe.requestHeaders = headers;
    return probe;
}

} // namespace

QList<Probe> probesFor(const QUrl &target, const QByteArray &legitimateOrigin)
{
    QList<Probe> probes;
    QSet<QByteArray> seen;
    const auto originProbe = [&](FindingClass kind, const QByteArray &origin) {
        if (origin == legitimateOrigin || seen.contains(origin)) {
            return;
        }
        seen.insert(origin);
        Probe probe = request(Probe::Kind::Origin, target, origin);
        probe.origin = kind;
        probes.append(probe);
    };

    // The cache pair goes first and alone, so that a cache in front of the API keeps the first
    // answer; every other probe waits for it.
    const Probe cacheFirst =
        request(Probe::Kind::CacheFirst, target,
                legitimateOrigin.isEmpty() ? QByteArray(cacheOrigin) : legitimateOrigin);
    probes.append(cacheFirst);
    seen.insert(cacheFirst.originHeader);
    Probe cacheSecond = cacheFirst;
    cacheSecond.kind = Probe::Kind::CacheSecond;
    cacheSecond.originHeader = cacheOtherOrigin;
    cacheSecond.after = 0;
    probes.append(cacheSecond);
    Probe cacheBust = cacheSecond;
    cacheBust.kind = Probe::Kind::CacheBust;
    QUrlQuery query(target);
    query.addQueryItem(u"corscfg-cache-bust"_s,
                       QString::number(QRandomGenerator::global()->generate64(), 36));
    cacheBust.url.setQuery(query);
    probes.append(cacheBust);

    if (!legitimateOrigin.isEmpty()) {
        probes.append(request(Probe::Kind::Baseline, target, legitimateOrigin));
    }
    originProbe(FindingClass::ReflectedOrigin, foreignOrigin);
    originProbe(FindingClass::NullOrigin, "null");
    for (const auto &[kind, origin] : derivedOrigins(target.scheme(), target.host())) {
        originProbe(kind, origin);
    }
    // The plain-http twin of an https frontend, port included, whatever the API's own scheme.
    if (legitimateOrigin.startsWith("https://")) {
        originProbe(FindingClass::HttpOriginTrusted, "http://" + legitimateOrigin.sliced(8));
    }
    const QUrl frontend(QString::fromLatin1(legitimateOrigin));
    if (frontend.isValid() && !frontend.host().isEmpty() && frontend.host() != target.host()) {
        for (const auto &[kind, origin] : derivedOrigins(frontend.scheme(), frontend.host())) {
            originProbe(kind, origin);
        }
    }
    for (const QByteArray &origin : thirdPartyOrigins) {
        originProbe(FindingClass::ThirdPartyOrigin, origin);
    }

    probes.append(
        preflight(Probe::Kind::PreflightEcho, target,
                  legitimateOrigin.isEmpty() ? QByteArray(foreignOrigin) : legitimateOrigin,
                  probeMethod, probeHeader));
    probes.append(preflight(Probe::Kind::PreflightAuthorization, target, foreignOrigin, "GET",
                            "authorization"));

    if (!legitimateOrigin.isEmpty()) {
        QUrl missing = target;
        QString path = target.path();
        if (!path.endsWith(u'/')) {
            path += u'/';
        }
        missing.setPath(path + u"corscfg-probe-does-not-exist"_s);
        missing.setQuery(QString());
        probes.append(request(Probe::Kind::Error, missing, legitimateOrigin));
    }
    for (qsizetype i = 2; i < probes.size(); ++i) {
        if (probes[i].after < 0) {
            probes[i].after = 0;
        }
    }
    return probes;
}

} // namespace cors::scan
