// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cors::http {

/// RFC 9110 §5.6.2: token = 1*tchar, tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" /
/// "-" / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA. Header names and methods are tokens.
bool isToken(QStringView text);
bool isTokenChar(QChar c);

/// Index of the first C0 control character, DEL or C1 control in `text`, or -1. Such characters
/// in a header name or value would let one field inject another header into every output.
qsizetype firstControlCharacter(QStringView text);

/// "line feed (U+000A)": how a control character is named in messages.
QString describeCharacter(QChar c);

/// Fetch §2.2.1 "forbidden method": CONNECT, TRACE and TRACK, byte-case-insensitively.
bool isForbiddenMethod(QStringView method);

/// Fetch §2.2.1: the methods whose case a browser normalizes ("normalize a method").
bool isNormalizedMethod(QStringView method);

/// Fetch §2.2.2 "forbidden request-header": a name a page can never set through fetch() or
/// XMLHttpRequest (Cookie, Host, Origin, Sec-*, Proxy-*, ...). The X-HTTP-Method(-Override) and
/// X-Method-Override names are forbidden only with a forbidden method as value, so they are not
/// reported here.
bool isForbiddenRequestHeaderName(QStringView name);

/// Fetch §2.2.2 "forbidden response-header name": Set-Cookie and Set-Cookie2, which a script
/// never sees whatever Access-Control-Expose-Headers says.
bool isForbiddenResponseHeaderName(QStringView name);

} // namespace cors::http
