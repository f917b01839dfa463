// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "origin.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cors::http {

namespace {

int defaultPort(QStringView scheme)
{
    return scheme == u"https" ? 443 : 80;
}

bool isAsciiDigits(QStringView text, int base)
{
    return std::all_of(text.begin(), text.end(), [base](QChar c) {
        const char16_t u = c.unicode();
        if (base == 16) {
            return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
        }
        return u >= u'0' && u < u'0' + base;
    });
}

// URL Standard §3.5 "IPv4 number parser".
std::optional<quint64> parseIpv4Number(QStringView part)
{
    if (part.isEmpty()) {
        return std::nullopt;
    }
    int base = 10;
    if (part.size() >= 2 && (part.startsWith(u"0x") || part.startsWith(u"0X"))) {
        part = part.mid(2);
        base = 16;
    } else if (part.size() >= 2 && part.startsWith(u'0')) {
        part = part.mid(1);
        base = 8;
    }
    if (part.isEmpty()) {
        return 0;
    }
    if (!isAsciiDigits(part, base) || part.size() > 20) {
        return std::nullopt;
    }
    bool ok = false;
    const quint64 value = part.toULongLong(&ok, base);
    return ok ? std::optional(value) : std::nullopt;
}

// URL Standard §3.5 "ends in a number checker".
bool endsInANumber(QStringView host)
{
    QList<QStringView> parts = host.split(u'.');
    if (parts.last().isEmpty()) {
        if (parts.size() == 1) {
            return false;
        }
        parts.removeLast();
    }
    const QStringView last = parts.last();
    if (!last.isEmpty() && isAsciiDigits(last, 10)) {
        return true;
    }
    return (last.startsWith(u"0x") || last.startsWith(u"0X")) && isAsciiDigits(last.mid(2), 16);
}

// URL Standard §3.5 "IPv4 parser" followed by §3.6 "IPv4 serializer".
std::optional<QString> parseIpv4(QStringView host)
{
    QList<QStringView> parts = host.split(u'.');
    if (parts.last().isEmpty() && parts.size() > 1) {
        parts.removeLast();
    }
    if (parts.size() > 4) {
        return std::nullopt;
    }
    QList<quint64> numbers;
    for (const QStringView part : parts) {
        const auto number = parseIpv4Number(part);
        if (!number) {
            return std::nullopt;
        }
        numbers.append(*number);
    }
    for (qsizetype i = 0; i + 1 < numbers.size(); ++i) {
        if (numbers[i] > 255) {
            return std::nullopt;
        }
    }
    const qsizetype n = numbers.size();
    if (numbers.last() >= (quint64(1) << (8 * (5 - n)))) {
        return std::nullopt;
    }
    quint64 address = numbers.last();
    for (qsizetype i = 0; i + 1 < n; ++i) {
        address += numbers[i] << (8 * (3 - i));
    }
    return u"%1.%2.%3.%4"_s.arg((address >> 24) & 0xFF)
        .arg((address >> 16) & 0xFF)
        .arg((address >> 8) & 0xFF)
        .arg(address & 0xFF);
}

// URL Standard §3.6 "IPv6 serializer": lower-case hex, the first longest run of two or more
// zero pieces compressed to "::".
QString serializeIpv6(const Q_IPV6ADDR &address)
{
    quint16 pieces[8];
    for (int i = 0; i < 8; ++i) {
        pieces[i] = quint16(address[2 * i] << 8 | address[2 * i + 1]);
    }
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8;) {
        if (pieces[i] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && pieces[j] == 0) {
            ++j;
        }
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }
    QString out = u"["_s;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out += i == 0 ? u"::"_s : u":"_s;
            i += bestLength - 1;
            continue;
        }
        out += QString::number(pieces[i], 16);
        if (i != 7) {
            out += u':';
        }
    }
    return out + u']';
}

std::optional<QString> parseIpv6(QStringView bracketed)
{
    if (!bracketed.endsWith(u']')) {
        return std::nullopt;
    }
    const QStringView inside = bracketed.mid(1, bracketed.size() - 2);
    // QHostAddress accepts scope ids ("fe80::1%eth0"), which the URL Standard does not.
    if (inside.contains(u'%') || inside.isEmpty()) {
        return std::nullopt;
    }
    QHostAddress address;
    if (!address.setAddress(inside.toString()) ||
        address.protocol() != QAbstractSocket::IPv6Protocol) {
        return std::nullopt;
    }
    return serializeIpv6(address.toIPv6Address());
}

// URL Standard §3.5 "forbidden domain code point".
bool hasForbiddenDomainCodePoint(QStringView domain)
{
    return std::any_of(domain.begin(), domain.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return u <= 0x20 || u == 0x7F || QStringView(u"#%/:<>?@[\\]^|").contains(c);
    });
}

} // namespace

std::optional<QString> canonicalHost(QStringView host)
{
    if (host.isEmpty()) {
        return std::nullopt;
    }
    if (host.startsWith(u'[')) {
        return parseIpv6(host);
    }
    const QString domain = QString::fromUtf8(QByteArray::fromPercentEncoding(host.toUtf8()));
    if (domain.contains(QChar::ReplacementCharacter)) {
        return std::nullopt;
    }
    // "domain to ASCII" (UTS #46, non-transitional), which also lower-cases.
    const QString ascii = QString::fromLatin1(QUrl::toAce(domain));
    if (ascii.isEmpty() || hasForbiddenDomainCodePoint(ascii)) {
        return std::nullopt;
    }
    if (endsInANumber(ascii)) {
        return parseIpv4(ascii);
    }
    return ascii;
}

QString ParsedOrigin::serialization() const
{
    switch (form) {
    case OriginForm::Wildcard:
        return u"*"_s;
    case OriginForm::Null:
        return u"null"_s;
    case OriginForm::SchemeWildcard:
        return scheme + u"://*"_s;
    case OriginForm::Tuple:
        return port ? u"%1://%2:%3"_s.arg(scheme, host).arg(*port) : u"%1://%2"_s.arg(scheme, host);
    case OriginForm::Invalid:
        break;
    }
    return {};
}

namespace {

/// Path, query and fragment after the authority: each is a problem, and what is left is the
/// authority (a backslash acts as a slash in http(s) URLs).
QStringView stripAfterAuthority(QStringView rest, QList<OriginProblem> &problems)
{
    static const QRegularExpression authorityEnd(u"[/\\\\?#]"_s);
    const qsizetype end = rest.toString().indexOf(authorityEnd);
    if (end < 0) {
        return rest;
    }
    const QStringView tail = rest.mid(end);
    const qsizetype fragmentAt = tail.indexOf(u'#');
    const QStringView beforeFragment = fragmentAt >= 0 ? tail.left(fragmentAt) : tail;
    const qsizetype queryAt = beforeFragment.indexOf(u'?');
    const QStringView path = queryAt >= 0 ? beforeFragment.left(queryAt) : beforeFragment;
    if (path == u"/" || path == u"\\") {
        problems.append(OriginProblem::TrailingSlash);
    } else if (!path.isEmpty()) {
        problems.append(OriginProblem::Path);
    }
    if (queryAt >= 0) {
        problems.append(OriginProblem::Query);
    }
    if (fragmentAt >= 0) {
        problems.append(OriginProblem::Fragment);
    }
    return rest.left(end);
}

struct HostAndPort
{
    QStringView host;
    std::optional<QStringView> port;
};

/// "host:port" or "[v6]:port"; nothing for text after an IPv6 literal's bracket.
std::optional<HostAndPort> splitHostPort(QStringView authority)
{
    if (authority.startsWith(u'[')) {
        const qsizetype close = authority.indexOf(u']');
        if (close < 0) {
            return HostAndPort{authority, std::nullopt};
        }
        const QStringView after = authority.mid(close + 1);
        if (after.startsWith(u':')) {
            return HostAndPort{authority.left(close + 1), after.mid(1)};
        }
        if (!after.isEmpty()) {
            return std::nullopt;
        }
        return HostAndPort{authority.left(close + 1), std::nullopt};
    }
    if (const qsizetype colon = authority.lastIndexOf(u':'); colon >= 0) {
        return HostAndPort{authority.left(colon), authority.mid(colon + 1)};
    }
    return HostAndPort{authority, std::nullopt};
}

/// Reads the port into `origin` (only a non-default one is kept); false when no browser would
/// accept it.
bool readPort(QStringView text, ParsedOrigin &origin)
{
    if (text.isEmpty()) {
        origin.problems.append(OriginProblem::NonCanonicalPort);
        return true;
    }
    if (!isAsciiDigits(text, 10) || text.size() > 10 || text.toLongLong() > 65535) {
        origin.problems.append(OriginProblem::InvalidPort);
        return false;
    }
    const int port = text.toInt();
    if (port == defaultPort(origin.scheme)) {
        origin.problems.append(OriginProblem::DefaultPort);
        return true;
    }
    if (text.size() > 1 && text.startsWith(u'0')) {
        origin.problems.append(OriginProblem::NonCanonicalPort);
    }
    origin.port = port;
    return true;
}

/// Reads the host into `origin`, noting how the written form differs from the serialized one;
/// false when there is no usable host.
bool readHost(QStringView text, ParsedOrigin &origin)
{
    if (text.isEmpty()) {
        origin.problems.append(OriginProblem::MissingHost);
        return false;
    }
    if (text.contains(u'*')) {
        origin.problems.append(OriginProblem::WildcardHost);
        return false;
    }
    const std::optional<QString> host = canonicalHost(text);
    if (!host) {
        origin.problems.append(OriginProblem::InvalidHost);
        return false;
    }
    origin.host = *host;
    if (origin.host != text) {
        const bool ascii =
            std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
        if (!ascii) {
            origin.problems.append(OriginProblem::UnicodeHost);
        } else if (origin.host == text.toString().toLower()) {
            origin.problems.append(OriginProblem::UppercaseHost);
        } else {
            origin.problems.append(OriginProblem::NonCanonicalHost);
        }
    }
    return true;
}

/// `scheme://rest`, the scheme as written.
ParsedOrigin parseWithScheme(QStringView writtenScheme, QStringView rest)
{
    ParsedOrigin origin;
    origin.scheme = writtenScheme.toString().toLower();
    if (origin.scheme != u"http" && origin.scheme != u"https") {
        origin.problems.append(OriginProblem::UnsupportedScheme);
        return origin;
    }
    if (writtenScheme != origin.scheme) {
        origin.problems.append(OriginProblem::UppercaseScheme);
    }
    if (rest == u"*") {
        origin.form = OriginForm::SchemeWildcard;
        return origin;
    }
    QStringView authority = stripAfterAuthority(rest, origin.problems);
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        origin.problems.append(OriginProblem::Userinfo);
        authority = authority.mid(at + 1);
    }
    const std::optional<HostAndPort> parts = splitHostPort(authority);
    if (!parts) {
        origin.problems.append(OriginProblem::InvalidHost);
        return origin;
    }
    const bool portUsable = !parts->port || readPort(*parts->port, origin);
    if (readHost(parts->host, origin) && portUsable) {
        origin.form = OriginForm::Tuple;
    }
    return origin;
}

/// Text without "://". "https:/x" or "mailto:x" name a scheme: nothing to salvage.
/// "app.example.com" and "localhost:3000" are a host without one: the origin they most likely
/// mean (http:// for loopback, https:// otherwise), with the NoScheme problem.
ParsedOrigin parseWithoutScheme(QStringView text)
{
    ParsedOrigin origin;
    origin.problems.append(OriginProblem::NoScheme);
    static const QRegularExpression schemeLike(u"^[A-Za-z][A-Za-z0-9+.-]*:(?![0-9])"_s);
    if (schemeLike.match(text).hasMatch()) {
        return origin;
    }
    static const QRegularExpression loopback(u"^(localhost|127\\.|\\[::1\\])"_s);
    ParsedOrigin guess =
        parseWithScheme(loopback.match(text).hasMatch() ? u"http" : u"https", text);
    if (guess.form != OriginForm::Tuple) {
        return origin;
    }
    guess.problems.prepend(OriginProblem::NoScheme);
    return guess;
}

} // namespace

QString serializeOrigin(const QUrl &url)
{
    ParsedOrigin origin;
    origin.form = OriginForm::Tuple;
    origin.scheme = url.scheme().toLower();
    const QString host = url.host(QUrl::FullyEncoded);
    origin.host = host.contains(u':') ? u'[' + host + u']' : host;
    if (url.port() != -1 && url.port() != defaultPort(origin.scheme)) {
        origin.port = url.port();
    }
    return origin.serialization();
}

ParsedOrigin parseOrigin(QStringView text)
{
    ParsedOrigin origin;
    if (text == u"*") {
        origin.form = OriginForm::Wildcard;
        return origin;
    }
    if (text.compare(u"null", Qt::CaseInsensitive) == 0) {
        origin.form = OriginForm::Null;
        return origin;
    }
    const qsizetype schemeEnd = text.indexOf(u"://");
    if (schemeEnd < 0) {
        return parseWithoutScheme(text);
    }
    return parseWithScheme(text.left(schemeEnd), text.mid(schemeEnd + 3));
}

QStringList splitEntries(QStringView pasted)
{
    static const QRegularExpression separators(u"[\\s,]+"_s);
    return pasted.toString().split(separators, Qt::SkipEmptyParts);
}

} // namespace cors::http
