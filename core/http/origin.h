// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace cors::http {

enum class OriginForm
{
    Wildcard,       ///< "*"
    SchemeWildcard, ///< "https://*" or "http://*" (HTTP API only)
    Null,           ///< "null", the opaque origin
    Tuple,          ///< scheme://host[:port], possibly written in a form a browser never sends
    Invalid,        ///< no origin can be derived from the text
};

/// Ways in which written text differs from the origin a browser puts in its Origin header
/// (HTML "ASCII serialization of an origin", URL Standard host and port parsing).
enum class OriginProblem
{
    NoScheme,
    UnsupportedScheme,
    UppercaseScheme,
    UppercaseHost,
    UnicodeHost,      ///< an internationalised name; browsers send its xn-- (Punycode) form
    NonCanonicalHost, ///< e.g. IPv4 shorthand 127.1, percent-encoding, uncompressed IPv6
    InvalidHost,
    MissingHost,
    WildcardHost, ///< https://*.example.com: a pattern, never an origin
    Userinfo,
    TrailingSlash,
    Path,
    Query,
    Fragment,
    InvalidPort,
    DefaultPort,
    NonCanonicalPort, ///< leading zeros or an empty port
};

struct ParsedOrigin
{
    OriginForm form = OriginForm::Invalid;
    QString scheme;          ///< lower case
    QString host;            ///< serialized host (ASCII, lower case, canonical IP forms)
    std::optional<int> port; ///< only a non-default port
    QList<OriginProblem> problems;

    bool hasProblem(OriginProblem problem) const { return problems.contains(problem); }
    /// What a browser would send for this origin: "*", "null", "https://*" or
    /// "scheme://host[:port]"; empty when the form is Invalid.
    QString serialization() const;
};

/// Parses text the way a browser would parse a URL and serialize its origin, recording every way
/// in which the text differs from that serialization.
ParsedOrigin parseOrigin(QStringView text);

/// The serialized origin of an http(s) URL (HTML "ASCII serialization of an origin"):
/// scheme://host[:port], the port only when it is not the scheme's default.
QString serializeOrigin(const QUrl &url);

/// The URL Standard's host parser for http(s) URLs: the serialized host, or nothing when a
/// browser would refuse the URL.
std::optional<QString> canonicalHost(QStringView host);

/// Splits text pasted into a list field: commas, spaces, tabs and newlines separate entries;
/// entries are trimmed and empty ones dropped.
QStringList splitEntries(QStringView pasted);

} // namespace cors::http
