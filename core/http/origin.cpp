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
QString serialiseIpv6(const Q_IPV6ADDR &address)
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
    return serialiseIpv6(address.toIPv6Address());
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

QString ParsedOrigin::serialisation() const
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
        origin.problems.append(OriginProblem::NoScheme);
        // "https:/x" or "mailto:x" name a scheme: nothing to salvage. "app.example.com" and
        // "localhost:3000" are a host without one: suggest the origin they most likely mean.
        static const QRegularExpression schemeLike(u"^[A-Za-z][A-Za-z0-9+.-]*:(?![0-9])"_s);
        if (schemeLike.match(text).hasMatch()) {
            return origin;
        }
        static const QRegularExpression loopback(u"^(localhost|127\\.|\\[::1\\])"_s);
        const QString scheme = loopback.match(text).hasMatch() ? u"http://"_s : u"https://"_s;
        ParsedOrigin guess = parseOrigin(QString(scheme + text.toString()));
        if (guess.form == OriginForm::Tuple) {
            guess.problems.prepend(OriginProblem::NoScheme);
            return guess;
        }
        return origin;
    }

    const QStringView writtenScheme = text.left(schemeEnd);
    origin.scheme = writtenScheme.toString().toLower();
    if (origin.scheme != u"http" && origin.scheme != u"https") {
        origin.problems.append(OriginProblem::UnsupportedScheme);
        return origin;
    }
    if (writtenScheme != origin.scheme) {
        origin.problems.append(OriginProblem::UppercaseScheme);
    }

    QStringView rest = text.mid(schemeEnd + 3);
    if (rest == u"*") {
        origin.form = OriginForm::SchemeWildcard;
        return origin;
    }

    // Split off path, query and fragment (a backslash acts as a slash in http(s) URLs).
    static const QRegularExpression authorityEnd(u"[/\\\\?#]"_s);
    const qsizetype end = rest.toString().indexOf(authorityEnd);
    if (end >= 0) {
        const QStringView tail = rest.mid(end);
        const qsizetype fragmentAt = tail.indexOf(u'#');
        const QStringView beforeFragment = fragmentAt >= 0 ? tail.left(fragmentAt) : tail;
        const qsizetype queryAt = beforeFragment.indexOf(u'?');
        const QStringView path = queryAt >= 0 ? beforeFragment.left(queryAt) : beforeFragment;
        if (path == u"/" || path == u"\\") {
            origin.problems.append(OriginProblem::TrailingSlash);
        } else if (!path.isEmpty()) {
            origin.problems.append(OriginProblem::Path);
        }
        if (queryAt >= 0) {
            origin.problems.append(OriginProblem::Query);
        }
        if (fragmentAt >= 0) {
            origin.problems.append(OriginProblem::Fragment);
        }
        rest = rest.left(end);
    }

    const qsizetype at = rest.lastIndexOf(u'@');
    if (at >= 0) {
        origin.problems.append(OriginProblem::Userinfo);
        rest = rest.mid(at + 1);
    }

    QStringView hostText = rest;
    std::optional<QStringView> portText;
    if (rest.startsWith(u'[')) {
        const qsizetype close = rest.indexOf(u']');
        if (close >= 0) {
            hostText = rest.left(close + 1);
            const QStringView after = rest.mid(close + 1);
            if (after.startsWith(u':')) {
                portText = after.mid(1);
            } else if (!after.isEmpty()) {
                origin.problems.append(OriginProblem::InvalidHost);
                return origin;
            }
        }
    } else if (const qsizetype colon = rest.lastIndexOf(u':'); colon >= 0) {
        hostText = rest.left(colon);
        portText = rest.mid(colon + 1);
    }

    bool usable = true;
    if (portText) {
        if (portText->isEmpty()) {
            origin.problems.append(OriginProblem::NonCanonicalPort);
        } else if (!isAsciiDigits(*portText, 10) || portText->size() > 10 ||
                   portText->toLongLong() > 65535) {
            origin.problems.append(OriginProblem::InvalidPort);
            usable = false;
        } else {
            const int port = portText->toInt();
            if (port == defaultPort(origin.scheme)) {
                origin.problems.append(OriginProblem::DefaultPort);
            } else {
                if (portText->size() > 1 && portText->startsWith(u'0')) {
                    origin.problems.append(OriginProblem::NonCanonicalPort);
                }
                origin.port = port;
            }
        }
    }

    if (hostText.isEmpty()) {
        origin.problems.append(OriginProblem::MissingHost);
        return origin;
    }
    if (hostText.contains(u'*')) {
        origin.problems.append(OriginProblem::WildcardHost);
        return origin;
    }
    const std::optional<QString> host = canonicalHost(hostText);
    if (!host) {
        origin.problems.append(OriginProblem::InvalidHost);
        return origin;
    }
    origin.host = *host;
    if (origin.host != hostText) {
        const bool ascii = std::all_of(hostText.begin(), hostText.end(),
                                       [](QChar c) { return c.unicode() < 0x80; });
        if (!ascii) {
            origin.problems.append(OriginProblem::UnicodeHost);
        } else if (origin.host == hostText.toString().toLower()) {
            origin.problems.append(OriginProblem::UppercaseHost);
        } else {
            origin.problems.append(OriginProblem::NonCanonicalHost);
        }
    }
    if (usable) {
        origin.form = OriginForm::Tuple;
    }
    return origin;
}

QStringList splitEntries(QStringView pasted)
{
    static const QRegularExpression separators(u"[\\s,]+"_s);
    return pasted.toString().split(separators, Qt::SkipEmptyParts);
}

} // namespace cors::http
