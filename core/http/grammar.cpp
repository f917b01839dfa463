// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "grammar.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace cors::http {

namespace {
class CharacterNames
{
    Q_DECLARE_TR_FUNCTIONS(CharacterNames)

public:
    static QString name(char16_t c)
    {
        switch (c) {
        case 0x00:
            return tr("NUL");
        case 0x09:
            return tr("tab");
        case 0x0A:
            return tr("line feed");
        case 0x0D:
            return tr("carriage return");
        case 0x1B:
            return tr("escape");
        case 0x7F:
            return tr("delete");
        default:
            return tr("control character");
        }
    }
};

bool equalsIgnoringAsciiCase(QStringView a, QStringView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}
} // namespace

bool isTokenChar(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')) {
        return true;
    }
    return QStringView(u"!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

qsizetype firstControlCharacter(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (u < 0x20 || u == 0x7F || (u >= 0x80 && u <= 0x9F)) {
            return i;
        }
    }
    return -1;
}

QString describeCharacter(QChar c)
{
    const QString codePoint = QString::number(c.unicode(), 16).rightJustified(4, u'0').toUpper();
    return u"%1 (U+%2)"_s.arg(CharacterNames::name(c.unicode()), codePoint);
}

bool isForbiddenMethod(QStringView method)
{
    static constexpr std::array<QStringView, 3> forbidden{u"CONNECT", u"TRACE", u"TRACK"};
    return std::any_of(forbidden.begin(), forbidden.end(),
                       [method](QStringView f) { return equalsIgnoringAsciiCase(method, f); });
}

bool isNormalizedMethod(QStringView method)
{
    static constexpr std::array<QStringView, 6> normalized{u"DELETE",  u"GET",  u"HEAD",
                                                           u"OPTIONS", u"POST", u"PUT"};
    return std::any_of(normalized.begin(), normalized.end(),
                       [method](QStringView n) { return equalsIgnoringAsciiCase(method, n); });
}

bool isForbiddenRequestHeaderName(QStringView name)
{
    // Fetch §2.2.2, "forbidden request-header", the fixed list.
    static constexpr std::array<QStringView, 21> forbidden{
        u"Accept-Charset",
        u"Accept-Encoding",
        u"Access-Control-Request-Headers",
        u"Access-Control-Request-Method",
        u"Connection",
        u"Content-Length",
        u"Cookie",
        u"Cookie2",
        u"Date",
        u"DNT",
        u"Expect",
        u"Host",
        u"Keep-Alive",
        u"Origin",
        u"Referer",
        u"Set-Cookie",
        u"TE",
        u"Trailer",
        u"Transfer-Encoding",
        u"Upgrade",
        u"Via",
    };
    if (std::any_of(forbidden.begin(), forbidden.end(),
                    [name](QStringView f) { return equalsIgnoringAsciiCase(name, f); })) {
        return true;
    }
    // ... and any name that starts with `Proxy-` or `Sec-`, byte-case-insensitively.
    return name.startsWith(u"Proxy-", Qt::CaseInsensitive) ||
           name.startsWith(u"Sec-", Qt::CaseInsensitive);
}

bool isForbiddenResponseHeaderName(QStringView name)
{
    return equalsIgnoringAsciiCase(name, u"Set-Cookie") ||
           equalsIgnoringAsciiCase(name, u"Set-Cookie2");
}

} // namespace cors::http
