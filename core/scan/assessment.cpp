// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace cors::scan {

namespace {

class ScanText
{
    Q_DECLARE_TR_FUNCTIONS(ScanText)
};

} // namespace

FindingText findingText(FindingClass kind)
{
    switch (kind) {
    case FindingClass::ReflectedOrigin:
        return {ScanText::tr("Any origin is echoed in Access-Control-Allow-Origin: every website "
                             "can read this API's responses from its visitors' browsers."),
                ScanText::tr("Compare the Origin header with an exact allow-list and send "
                             "Access-Control-Allow-Origin only for listed origins.")};
    case FindingClass::NullOrigin:
        return {ScanText::tr("Origin 'null' is trusted: sandboxed iframes, data: URLs and local "
                             "files all send it, so any page can obtain it."),
                ScanText::tr("Never allow 'null'; remove it from the allow-list.")};
    case FindingClass::PrefixMatch:
        return {ScanText::tr("The origin check only looks at how the origin begins: a domain "
                             "such as TARGET.attacker.test passes."),
                ScanText::tr("Compare whole origins (scheme, host and port), not prefixes.")};
    case FindingClass::SuffixMatch:
        return {ScanText::tr("The origin check only looks at how the origin ends: anyone can "
                             "register a domain that ends with the allowed name."),
                ScanText::tr("Compare whole origins; to allow subdomains, require a '.' before "
                             "the allowed domain and list them explicitly where possible.")};
    case FindingClass::UnescapedDot:
        return {ScanText::tr("A '.' in the allow-list pattern matches any character, so a "
                             "look-alike domain passes (a regular expression without escaped "
                             "dots)."),
                ScanText::tr("Escape dots in regular expressions (\\.) and anchor them (^...$), "
                             "or compare exact strings.")};
    case FindingClass::SubstringMatch:
        return {ScanText::tr("The origin check accepts a part of the allowed name (a substring "
                             "test), so other domains pass."),
                ScanText::tr("Compare whole origins instead of testing for substrings.")};
    case FindingClass::AnySubdomain:
        return {ScanText::tr("Every subdomain is trusted: one vulnerable or taken-over "
                             "subdomain can read this API's responses."),
                ScanText::tr("List the subdomains that need access instead of a wildcard.")};
    case FindingClass::HttpOriginTrusted:
        return {ScanText::tr("An http:// origin is trusted by an https API: anyone on the "
                             "network path can inject script into that origin's pages."),
                ScanText::tr("Allow only https:// origins (keep http://localhost for "
                             "development configurations only).")};
    case FindingClass::ThirdPartyOrigin:
        return {ScanText::tr("A code host where anyone can publish pages is trusted, so anyone "
                             "can call this API with the visitor's rights."),
                ScanText::tr("Remove shared hosting origins from the allow-list; use your own "
                             "domain.")};
    case FindingClass::SpecialCharacters:
        return {ScanText::tr("Origins with special characters after the allowed host (e.g. "
                             "'_' or '`') are trusted; some browsers accept such hosts, so an "
                             "attacker's domain passes a check that stops at them."),
                ScanText::tr("Parse the origin and compare its host exactly instead of "
                             "matching text.")};
    case FindingClass::WildcardOrigin:
        return {ScanText::tr("Access-Control-Allow-Origin: * lets every website read this "
                             "API's responses from its visitors' browsers (without cookies). "
                             "Right for public data; wrong for an API meant for one frontend."),
                ScanText::tr("Answer with the frontend's exact origin (an allow-list) unless "
                             "the API is public.")};
    case FindingClass::WildcardWithCredentials:
        return {ScanText::tr("Access-Control-Allow-Origin: * together with "
                             "Access-Control-Allow-Credentials: true: browsers refuse it, and "
                             "it shows an intent to share credentialed responses with anyone."),
                ScanText::tr("Return the exact allowed origin when credentials are needed, or "
                             "drop Access-Control-Allow-Credentials.")};
    case FindingClass::InvalidAllowOrigin:
        return {ScanText::tr("Access-Control-Allow-Origin is a list, a pattern or repeated; "
                             "browsers accept exactly one origin or '*', so every request "
                             "fails."),
                ScanText::tr("Send one header with the request's origin when it is allowed "
                             "(and Vary: Origin).")};
    case FindingClass::PreflightReflectsMethods:
        return {ScanText::tr("The preflight answer allows whatever method is asked for, "
                             "including made-up ones."),
                ScanText::tr("Answer with the fixed list of methods the API serves.")};
    case FindingClass::PreflightReflectsHeaders:
        return {ScanText::tr("The preflight answer allows whatever request headers are asked "
                             "for, including made-up ones."),
                ScanText::tr("Answer with the fixed list of request headers the API reads.")};
    case FindingClass::WildcardPreflightWithCredentials:
        return {ScanText::tr("'*' in Access-Control-Allow-Methods or -Headers together with "
                             "credentials: browsers read it as a literal name, so credentialed "
                             "requests fail, and it shows an intent to allow everything."),
                ScanText::tr("List the methods and headers explicitly.")};
    case FindingClass::AuthorizationForAnyOrigin:
        return {ScanText::tr("A foreign origin's preflight asking to send Authorization is "
                             "allowed: any website may call this API with a token."),
                ScanText::tr("Allow Authorization only in answers to allowed origins.")};
    case FindingClass::MissingVary:
        return {ScanText::tr("Access-Control-Allow-Origin depends on the request's origin but "
                             "the response has no Vary: Origin, so a cache can serve one "
                             "origin's answer to another."),
                ScanText::tr("Send Vary: Origin with every response whose CORS headers depend "
                             "on Origin.")};
    case FindingClass::CachedOrigin:
        return {ScanText::tr("A cache in front of the API serves the Access-Control-Allow-Origin "
                             "meant for one origin to requests from another: browsers then "
                             "block the legitimate frontend at random, or let the wrong one in."),
                ScanText::tr("Send Vary: Origin with every response whose CORS headers depend on "
                             "Origin, or make Origin part of the cache key (CloudFront: an origin "
                             "request policy or cache policy that includes Origin).")};
    case FindingClass::NoCorsOnErrors:
        return {ScanText::tr("Error responses carry no CORS headers although normal ones do: "
                             "the browser hides the real error behind a CORS failure."),
                ScanText::tr("Add the CORS headers to error responses too (API Gateway: "
                             "DEFAULT_4XX and DEFAULT_5XX gateway responses).")};
    }
    return {};
}

Severity baseSeverity(FindingClass kind)
{
    switch (kind) {
    case FindingClass::AnySubdomain:
    case FindingClass::WildcardOrigin:
    case FindingClass::InvalidAllowOrigin:
    case FindingClass::WildcardPreflightWithCredentials:
    case FindingClass::MissingVary:
    case FindingClass::NoCorsOnErrors:
        return Severity::Low;
    default:
        return Severity::Medium;
    }
}

namespace {

/// Headers a cache in front of the API adds (RFC 9111 §5.1 Age; CloudFront and Fastly's
/// X-Cache; Cloudflare's CF-Cache-Status).
bool isCacheHeader(QByteArrayView name)
{
    return fetch::equalsIgnoringAsciiCase(name, "Age") ||
           fetch::equalsIgnoringAsciiCase(name, "X-Cache") ||
           fetch::equalsIgnoringAsciiCase(name, "CF-Cache-Status");
}

bool hasCacheHeaders(const ProbeResponse &response)
{
    for (const fetch::Header &header : response.headers.headers()) {
        if (isCacheHeader(header.name)) {
            return true;
        }
    }
    return false;
}

std::optional<QByteArray> allowOriginOf(const ProbeResponse &response)
{
    const std::optional<QByteArray> value = response.headers.get("Access-Control-Allow-Origin");
    return value ? std::optional(fetch::normalizeHeaderValue(*value)) : std::nullopt;
}

bool isPlainGet(const Probe &probe)
{
    return probe.kind == Probe::Kind::Baseline || probe.kind == Probe::Kind::Origin ||
           probe.kind == Probe::Kind::CacheFirst || probe.kind == Probe::Kind::CacheSecond ||
           probe.kind == Probe::Kind::CacheBust;
}

/// Whether Access-Control-Allow-Origin depends on the request's Origin: it echoes a foreign
/// origin, or GETs of the target from different origins got different values. A fixed value
/// (API Gateway's MOCK or gateway responses) is not dynamic and needs no Vary.
bool allowOriginIsDynamic(const QList<Probe> &probes, const QList<ProbeResponse> &responses)
{
    std::optional<std::optional<QByteArray>> first;
    int firstStatus = 0;
    for (qsizetype i = 0; i < probes.size() && i < responses.size(); ++i) {
        if (!responses[i].received || !isPlainGet(probes[i])) {
            continue;
        }
        // Like with like: a 400 for the cache-busting query says nothing about origins.
        if (first && responses[i].status != firstStatus) {
            continue;
        }
        const std::optional<QByteArray> value = allowOriginOf(responses[i]);
        if (probes[i].kind == Probe::Kind::Origin && value == probes[i].originHeader) {
            return true;
        }
        if (first && *first != value) {
            return true;
        }
        first = value;
        firstStatus = responses[i].status;
    }
    return false;
}

QStringList evidenceOf(const ProbeResponse &response)
{
    QStringList lines{u"HTTP %1"_s.arg(response.status)};
    for (const fetch::Header &header : response.headers.headers()) {
        if (header.name.toLower().startsWith("access-control-") ||
            fetch::equalsIgnoringAsciiCase(header.name, "Vary") || isCacheHeader(header.name)) {
            lines.append(QString::fromLatin1(header.name + ": " + header.value));
        }
    }
    return lines;
}

class Collector
{
public:
    void add(FindingClass kind, const Probe &probe, const ProbeResponse &response, bool credentials)
    {
        ScanFinding finding;
        finding.kind = kind;
        finding.severity = credentials && kind != FindingClass::WildcardWithCredentials &&
                                   kind != FindingClass::WildcardPreflightWithCredentials
                               ? Severity::High
                               : baseSeverity(kind);
        finding.status = response.status;
        finding.probeOrigin = probe.originHeader;
        finding.evidence = evidenceOf(response);
        const FindingText text = findingText(kind);
        finding.explanation = text.explanation;
        finding.fix = text.fix;
        auto it = m_findings.find(kind);
        if (it == m_findings.end()) {
            m_findings.emplace(kind, finding);
            return;
        }
        ScanFinding &first = it->second;
        first.severity = std::max(first.severity, finding.severity);
        const QString origin = QString::fromLatin1(probe.originHeader);
        if (probe.originHeader != first.probeOrigin && !first.alsoAccepted.contains(origin)) {
            first.alsoAccepted.append(origin);
        }
    }

    bool has(FindingClass kind) const { return m_findings.count(kind) > 0; }

    QList<ScanFinding> take(bool reflected)
    {
        QList<ScanFinding> findings;
        if (has(FindingClass::CachedOrigin)) {
            m_findings.erase(FindingClass::MissingVary); // the cache finding says it and more
        }
        for (auto &[kind, finding] : m_findings) {
            // A server that echoes any origin trusts every derived origin too: say it once.
            const bool implied = reflected && kind >= FindingClass::PrefixMatch &&
                                 kind <= FindingClass::SpecialCharacters;
            if (!implied) {
                findings.append(finding);
            }
        }
        return findings;
    }

private:
    std::map<FindingClass, ScanFinding> m_findings;
};

/// The cache pair: the same URL from two origins in a row. The second getting the first's
/// origin in Access-Control-Allow-Origin is a cache's doing when the response says it came
/// from a cache, or when the same request with a unique query (past the cache) is answered
/// differently. Fetch §3.2.5 "CORS protocol and HTTP caches".
void assessCache(const QList<Probe> &probes, const QList<ProbeResponse> &responses,
                 Collector &collector)
{
    const auto find = [&](Probe::Kind kind) -> qsizetype {
        for (qsizetype i = 0; i < probes.size() && i < responses.size(); ++i) {
            if (probes[i].kind == kind && responses[i].received) {
                return i;
            }
        }
        return -1;
    };
    const qsizetype first = find(Probe::Kind::CacheFirst);
    const qsizetype second = find(Probe::Kind::CacheSecond);
    if (first < 0 || second < 0) {
        return;
    }
    const std::optional<QByteArray> served = allowOriginOf(responses[second]);
    if (served != probes[first].originHeader || served == probes[second].originHeader) {
        return;
    }
    // The unique query must get the same kind of answer: a server that refuses unknown query
    // parameters (400 without CORS headers) says nothing about a cache.
    const qsizetype bust = find(Probe::Kind::CacheBust);
    const bool uncachedDiffers = bust >= 0 && responses[bust].status == responses[second].status &&
                                 allowOriginOf(responses[bust]) != served;
    if (hasCacheHeaders(responses[second]) || uncachedDiffers) {
        collector.add(FindingClass::CachedOrigin, probes[second], responses[second], false);
    }
}

} // namespace

QList<ScanFinding> assess(const QList<Probe> &probes, const QList<ProbeResponse> &responses)
{
    Collector collector;
    std::optional<ProbeResponse> baseline;
    const bool dynamic = allowOriginIsDynamic(probes, responses);
    assessCache(probes, responses, collector); // first: the pair is the clearest evidence
    for (qsizetype i = 0; i < probes.size() && i < responses.size(); ++i) {
        const Probe &probe = probes[i];
        const ProbeResponse &response = responses[i];
        if (!response.received) {
            continue;
        }
        const fetch::HeaderList &headers = response.headers;
        const std::optional<QByteArray> allowOrigin = allowOriginOf(response);
        // Fetch §3.2.3: only the exact byte sequence "true" allows credentials.
        const bool credentials =
            fetch::normalizeHeaderValue(
                headers.get("Access-Control-Allow-Credentials").value_or(QByteArray())) == "true";

        if (allowOrigin) {
            // Fetch §3.2.3: one origin or "*"; anything else fails every CORS check.
            const bool list = allowOrigin->contains(',') || allowOrigin->contains(' ');
            const bool pattern = allowOrigin->contains('*') && *allowOrigin != "*";
            if (list || pattern || headers.count("Access-Control-Allow-Origin") > 1) {
                collector.add(FindingClass::InvalidAllowOrigin, probe, response, credentials);
            }
            if (*allowOrigin == "*" && credentials) {
                collector.add(FindingClass::WildcardWithCredentials, probe, response, true);
            } else if (*allowOrigin == "*" && !probe.originHeader.isEmpty()) {
                collector.add(FindingClass::WildcardOrigin, probe, response, false);
            }
        }
        const bool echoed =
            allowOrigin && !probe.originHeader.isEmpty() && *allowOrigin == probe.originHeader;

        switch (probe.kind) {
        case Probe::Kind::Baseline:
            baseline = response;
            break;
        case Probe::Kind::CacheFirst:
        case Probe::Kind::CacheSecond:
        case Probe::Kind::CacheBust:
            break;
        case Probe::Kind::Origin:
            if (echoed) {
                collector.add(probe.origin, probe, response, credentials);
            }
            break;
        case Probe::Kind::PreflightEcho: {
            const QList<QByteArray> methods = fetch::splitListValues(
                headers.get("Access-Control-Allow-Methods").value_or(QByteArray()));
            const QList<QByteArray> names = fetch::splitListValues(
                headers.get("Access-Control-Allow-Headers").value_or(QByteArray()));
            if (fetch::containsIgnoringAsciiCase(methods, probeMethod)) {
                collector.add(FindingClass::PreflightReflectsMethods, probe, response, credentials);
            }
            if (fetch::containsIgnoringAsciiCase(names, probeHeader)) {
                collector.add(FindingClass::PreflightReflectsHeaders, probe, response, credentials);
            }
            if (credentials && (methods.contains("*") || names.contains("*"))) {
                collector.add(FindingClass::WildcardPreflightWithCredentials, probe, response,
                              true);
            }
            break;
        }
        case Probe::Kind::PreflightAuthorization: {
            // Fetch §4.8: a 2xx answer whose origin check passes and whose Allow-Headers names
            // Authorization (Chromium also lets '*' cover it without credentials).
            const bool ok = response.status >= 200 && response.status < 300;
            const bool originPasses = echoed || (allowOrigin == "*" && !credentials);
            const QList<QByteArray> names = fetch::splitListValues(
                headers.get("Access-Control-Allow-Headers").value_or(QByteArray()));
            const bool authorization = fetch::containsIgnoringAsciiCase(names, "authorization") ||
                                       (!credentials && names.contains("*"));
            if (ok && originPasses && authorization) {
                collector.add(FindingClass::AuthorizationForAnyOrigin, probe, response,
                              credentials);
            }
            break;
        }
        case Probe::Kind::Error:
            if (response.status >= 400 && !allowOrigin && baseline &&
                baseline->headers.contains("Access-Control-Allow-Origin")) {
                collector.add(FindingClass::NoCorsOnErrors, probe, response, false);
            }
            break;
        }

        // Fetch §3.2 "CORS protocol and HTTP caches": an answer that depends on Origin must say
        // so with Vary: Origin.
        if (dynamic && echoed && *allowOrigin != "*" && isPlainGet(probe)) {
            const QList<QByteArray> vary =
                fetch::splitListValues(headers.get("Vary").value_or(QByteArray()));
            if (!fetch::containsIgnoringAsciiCase(vary, "origin") && !vary.contains("*")) {
                // Next to cache headers the missing Vary is no longer theoretical.
                collector.add(hasCacheHeaders(response) ? FindingClass::CachedOrigin
                                                        : FindingClass::MissingVary,
                              probe, response, false);
            }
        }
    }
    return collector.take(collector.has(FindingClass::ReflectedOrigin));
}

} // namespace cors::scan
