// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/origin.h"
#include "rules.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace cors::rules {

namespace {

using http::OriginForm;
using http::OriginProblem;

struct ProblemText
{
    const char *rule;
    QString message;
};

// One sentence per way written text can differ from what a browser sends in Origin (HTML
// "serialization of an origin": lower-case scheme and host, no default port, nothing after it).
ProblemText describe(OriginProblem problem)
{
    switch (problem) {
    case OriginProblem::NoScheme:
        return {"origin-no-scheme", Validation::tr("has no scheme; an origin starts with "
                                                   "https:// or http://.")};
    case OriginProblem::UnsupportedScheme:
        return {"origin-scheme", Validation::tr("uses a scheme other than http or https; API "
                                                "Gateway serves CORS only to web origins.")};
    case OriginProblem::UppercaseScheme:
        return {"origin-uppercase", Validation::tr("has an upper-case scheme; browsers send it in "
                                                   "lower case and the header never matches.")};
    case OriginProblem::UppercaseHost:
        return {"origin-uppercase", Validation::tr("has upper-case letters in the host; browsers "
                                                   "send it in lower case and the header never "
                                                   "matches.")};
    case OriginProblem::UnicodeHost:
        return {"origin-unicode-host",
                Validation::tr("has a non-ASCII host; browsers send its xn-- (Punycode) form.")};
    case OriginProblem::NonCanonicalHost:
        return {"origin-non-canonical-host",
                Validation::tr("writes the host in a form browsers rewrite before sending it.")};
    case OriginProblem::InvalidHost:
        return {"origin-invalid-host",
                Validation::tr("has a host that browsers refuse as invalid.")};
    case OriginProblem::MissingHost:
        return {"origin-missing-host", Validation::tr("has no host.")};
    case OriginProblem::WildcardHost:
        return {"origin-wildcard-subdomain",
                Validation::tr("is a pattern; API Gateway compares origins literally, so no "
                               "browser's Origin ever matches it. Only '*', 'https://*' and "
                               "'http://*' (HTTP API) are wildcards.")};
    case OriginProblem::Userinfo:
        return {"origin-userinfo", Validation::tr("contains a user name or password; an origin "
                                                  "never carries credentials.")};
    case OriginProblem::TrailingSlash:
        return {"origin-trailing-slash", Validation::tr("ends with a slash; browsers send the "
                                                        "origin without one and the header "
                                                        "never matches.")};
    case OriginProblem::Path:
        return {"origin-path", Validation::tr("contains a path; an origin is only scheme, host "
                                              "and port.")};
    case OriginProblem::Query:
        return {"origin-query", Validation::tr("contains a query; an origin is only scheme, host "
                                               "and port.")};
    case OriginProblem::Fragment:
        return {"origin-fragment", Validation::tr("contains a fragment; an origin is only scheme, "
                                                  "host and port.")};
    case OriginProblem::InvalidPort:
        return {"origin-invalid-port",
                Validation::tr("has a port that is not a number from 0 to 65535.")};
    case OriginProblem::DefaultPort:
        return {"origin-default-port",
                Validation::tr("names the scheme's default port; browsers leave it out of the "
                               "Origin header and the header never matches.")};
    case OriginProblem::NonCanonicalPort:
        return {"origin-non-canonical-port",
                Validation::tr("writes the port in a form browsers rewrite (leading zeros or an "
                               "empty port).")};
    }
    return {"origin-invalid", Validation::tr("is not an origin.")};
}

QString fixFor(const http::ParsedOrigin &origin)
{
    if (origin.form == OriginForm::Tuple) {
        return Validation::tr("Write it as the browser sends it: %1.")
            .arg(quoted(origin.serialization()));
    }
    return Validation::tr("Write the origin your page is served from, e.g. "
                          "'https://app.example.com' (scheme, host and port only).");
}

void reportProblems(FindingSink &sink, int index, const QString &entry,
                    const http::ParsedOrigin &origin)
{
    // Compared by text: equal string literals need not share an address.
    QList<QByteArrayView> reported;
    for (const OriginProblem problem : origin.problems) {
        const ProblemText text = describe(problem);
        if (reported.contains(QByteArrayView(text.rule))) {
            continue; // upper-case scheme and host: one finding
        }
        reported.append(QByteArrayView(text.rule));
        sink.add(text.rule, Field::AllowOrigins, index, Severity::Error,
                 quoted(entry) + u' ' + text.message, fixFor(origin));
    }
}

} // namespace

qsizetype originTemplateBytes(const QStringList &origins)
{
    // The fixed text of render::originSelectionTemplate() and, per origin, the literal
    // ('...' with quotes doubled) and its ", " separator; tst_render compares the two.
    constexpr qsizetype fixedBytes = 421;
    qsizetype bytes = fixedBytes - 2;
    for (const QString &origin : origins) {
        bytes += origin.toUtf8().size() + origin.count(u'\'') + 2 + 2;
    }
    return bytes;
}

void checkOrigins(const CorsConfig &config, FindingSink &sink)
{
    const QStringList &origins = config.allowOrigins;
    if (origins.isEmpty()) {
        sink.add("origins-empty", Field::AllowOrigins, -1, Severity::Warning,
                 Validation::tr("no origin is allowed, so browsers block every cross-origin "
                                "request."),
                 Validation::tr("Add the origin of your web page, e.g. "
                                "'https://app.example.com'."));
        return;
    }

    QHash<QString, int> firstIndexOf;
    int wildcardIndex = -1;
    for (int i = 0; i < origins.size(); ++i) {
        const QString &entry = origins.at(i);
        if (!checkEntryText(sink, Field::AllowOrigins, i, entry)) {
            continue;
        }
        // RFC 1035 §2.3.4: a host name is at most 253 characters (255 octets on the wire), so
        // no browser sends a longer origin (nor one that fits no request: API Gateway takes
        // 10,240 bytes of request line and headers in all).
        constexpr qsizetype longestOrigin = 253 + 32; // host, scheme, "://" and a port
        if (entry.size() > longestOrigin) {
            sink.add("origin-too-long", Field::AllowOrigins, i, Severity::Error,
                     Validation::tr("entry %1 is %2 characters long; an origin's host is at most "
                                    "253 characters, so no browser sends it.")
                         .arg(i + 1)
                         .arg(entry.size()),
                     Validation::tr("Write the origin your page is served from, e.g. "
                                    "'https://app.example.com'."));
            continue;
        }
        const http::ParsedOrigin origin = http::parseOrigin(entry);
        switch (origin.form) {
        case OriginForm::Wildcard:
            wildcardIndex = i;
            break;
        case OriginForm::Null:
            sink.add("origin-null", Field::AllowOrigins, i, Severity::Error,
                     Validation::tr("%1 is the origin of sandboxed iframes, file:// pages and "
                                    "redirected requests; allowing it lets any site's sandboxed "
                                    "page call your API.")
                         .arg(quoted(entry)),
                     Validation::tr("Remove it and list the real origins of your pages."));
            continue;
        case OriginForm::SchemeWildcard:
            if (config.apiType == ApiType::Rest) {
                sink.add("origin-scheme-wildcard-rest", Field::AllowOrigins, i, Severity::Error,
                         Validation::tr("%1 is an HTTP API wildcard; a REST API sends "
                                        "Access-Control-Allow-Origin as a literal value, which "
                                        "no browser's Origin matches.")
                             .arg(quoted(entry)),
                         Validation::tr("List the exact origins, or use '*' if the API is "
                                        "public and takes no credentials."));
            } else if (wildcardIndex < 0) {
                wildcardIndex = i;
            }
            break;
        case OriginForm::Tuple:
        case OriginForm::Invalid:
            reportProblems(sink, i, entry, origin);
            if (config.apiType == ApiType::Rest && entry.contains(u'\'')) {
                sink.add("origin-quote-rest", Field::AllowOrigins, i, Severity::Error,
                         Validation::tr("%1 contains a single quote; a REST API sends "
                                        "Access-Control-Allow-Origin as a static value in "
                                        "single quotes, which cannot contain one.")
                             .arg(quoted(entry)),
                         Validation::tr("Use an HTTP API for this origin, or select it in your "
                                        "Lambda."));
            }
            break;
        }

        const QString key = origin.serialization().isEmpty() ? entry : origin.serialization();
        if (const auto it = firstIndexOf.constFind(key); it != firstIndexOf.cend()) {
            sink.add("origin-duplicate", Field::AllowOrigins, i, Severity::Warning,
                     Validation::tr("%1 is the same origin as entry %2.")
                         .arg(quoted(entry), QString::number(*it + 1)),
                     Validation::tr("Remove the duplicate."));
        } else {
            firstIndexOf.insert(key, i);
        }
    }

    if (wildcardIndex >= 0 && origins.size() > 1) {
        sink.add("origin-wildcard-with-others", Field::AllowOrigins, wildcardIndex,
                 Severity::Warning,
                 Validation::tr("%1 already allows every origin it covers; the other entries "
                                "have no effect.")
                     .arg(quoted(origins.at(wildcardIndex))),
                 Validation::tr("Keep either the wildcard or the list of exact origins (the "
                                "list is the least-privilege choice)."));
    }
    if (config.apiType == ApiType::Rest && origins.size() > 1 && !origins.contains(u"*"_s)) {
        // AWS: "Quotas for configuring and running a REST API": a mapping template is at most
        // 300 KB; the preflight's template lists every origin.
        const qsizetype bytes = originTemplateBytes(origins);
        if (bytes > 300 * 1024) {
            sink.add("origin-rest-template-size", Field::AllowOrigins, -1, Severity::Error,
                     Validation::tr("%1 origins make the REST preflight's mapping template %2 "
                                    "KB, and API Gateway accepts at most 300 KB.")
                         .arg(origins.size())
                         .arg((bytes + 1023) / 1024),
                     Validation::tr("Allow fewer origins (a few hundred fit), or serve the sites "
                                    "from fewer origins (one domain with paths)."));
        }
    }
}

} // namespace cors::rules
