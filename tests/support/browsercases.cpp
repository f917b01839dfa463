// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "browsercases.h"

#include <functional>

using namespace Qt::StringLiterals;
using cors::fetch::Header;

namespace {

const QByteArray acao = "Access-Control-Allow-Origin: ";
const QByteArray acac = "Access-Control-Allow-Credentials: ";
const QByteArray acam = "Access-Control-Allow-Methods: ";
const QByteArray acah = "Access-Control-Allow-Headers: ";
const QByteArray aceh = "Access-Control-Expose-Headers: ";

QByteArray script(int status, const QList<QByteArray> &lines)
{
    QByteArray text = QByteArray::number(status);
    for (const QByteArray &line : lines) {
        text += '\n' + line;
    }
    return text;
}

/// A request kind of the matrix.
struct RequestKind
{
    const char *name;
    QByteArray method;
    QList<Header> headers;
    bool credentials;
    std::optional<QByteArray> body;
};

QList<RequestKind> requestKinds()
{
    return {
        {"simple GET", "GET", {}, false, {}},
        {"GET with credentials", "GET", {}, true, {}},
        {"POST text/plain", "POST", {}, false, "hello"_ba},
        {"POST json", "POST", {{"Content-Type", "application/json"}}, false, "{}"_ba},
        {"PUT", "PUT", {}, false, "{}"_ba},
        {"patch", "patch", {}, false, "{}"_ba},
        {"PATCH with credentials", "PATCH", {}, true, "{}"_ba},
        {"DELETE with credentials", "DELETE", {}, true, {}},
        {"GET X-Api-Key", "GET", {{"X-Api-Key", "k1"}}, false, {}},
        {"GET Authorization", "GET", {{"Authorization", "Bearer t"}}, false, {}},
        {"GET Range", "GET", {{"Range", "bytes=0-"}}, false, {}},
        {"GET two ranges", "GET", {{"Range", "bytes=0-1,3-4"}}, false, {}},
        {"GET 129-byte Accept", "GET", {{"Accept", QByteArray(129, 'a')}}, false, {}},
    };
}

QByteArray listedMethod(const RequestKind &kind)
{
    return kind.method;
}

QByteArray listedHeaders(const RequestKind &kind)
{
    QList<QByteArray> names;
    for (const Header &header : kind.headers) {
        names.append(header.name);
    }
    return names.join(", ");
}

/// A server behaviour of the matrix: preflight and actual answers for a request kind.
struct Behaviour
{
    const char *name;
    std::function<QByteArray(const RequestKind &)> preflight;
    std::function<QByteArray(const RequestKind &)> actual;
};

QList<Behaviour> behaviours()
{
    return {
        {"exact",
         [](const RequestKind &k) {
             return script(204, {acao + "{origin}", acac + "true", acam + listedMethod(k),
                                 acah + listedHeaders(k)});
         },
         [](const RequestKind &) {
             return script(200, {acao + "{origin}", acac + "true"});
         }},
        {"wildcards",
         [](const RequestKind &) {
             return script(204, {acao + "*", acam + "*", acah + "*"});
         },
         [](const RequestKind &) { return script(200, {acao + "*"}); }},
        {"wildcards with credentials flag",
         [](const RequestKind &) {
             return script(204, {acao + "*", acac + "true", acam + "*", acah + "*"});
         },
         [](const RequestKind &) {
             return script(200, {acao + "*", acac + "true"});
         }},
        {"no CORS headers", [](const RequestKind &) { return script(204, {}); },
         [](const RequestKind &) { return script(200, {"Content-Type: application/json"}); }},
        {"authorizer on OPTIONS",
         [](const RequestKind &) {
             return script(403, {"x-amzn-ErrorType: MissingAuthenticationTokenException"});
         },
         [](const RequestKind &) {
             return script(200, {acao + "{origin}", acac + "true"});
         }},
        {"origin with trailing slash",
         [](const RequestKind &k) {
             return script(200, {acao + "{origin}/", acac + "true", acam + listedMethod(k),
                                 acah + listedHeaders(k)});
         },
         [](const RequestKind &) {
             return script(200, {acao + "{origin}/", acac + "true"});
         }},
        {"upper-case methods, credentials True",
         [](const RequestKind &k) {
             return script(200, {acao + "{origin}", acac + "True", acam + "GET, PATCH, PUT, DELETE",
                                 acah + listedHeaders(k)});
         },
         [](const RequestKind &) {
             return script(200, {acao + "{origin}", acac + "True"});
         }},
        {"lambda forgot the actual response",
         [](const RequestKind &k) {
             return script(204, {acao + "{origin}", acac + "true", acam + listedMethod(k),
                                 acah + listedHeaders(k)});
         },
         [](const RequestKind &) { return script(502, {"Content-Type: application/json"}); }},
        {"error response with CORS",
         [](const RequestKind &k) {
             return script(204, {acao + "*", acam + listedMethod(k), acah + listedHeaders(k)});
         },
         [](const RequestKind &) { return script(500, {acao + "*"}); }},
    };
}

QList<BrowserCase> handWritten()
{
    QList<BrowserCase> cases;
    auto add = [&cases](const char *name, QByteArray method, QList<Header> headers,
                        bool credentials, std::optional<QByteArray> body, QByteArray preflight,
                        QList<QByteArray> actual) {
        cases.append({QString::fromLatin1(name), std::move(method), std::move(headers), credentials,
                      std::move(body), std::move(preflight), std::move(actual)});
    };
    const QByteArray okOrigin = script(200, {acao + "{origin}"});
    const QByteArray okStar = script(200, {acao + "*"});
    const QByteArray noPreflight = script(500, {});

    // Access-Control-Allow-Origin spelling.
    add("star padded with spaces", "GET", {}, false, {}, noPreflight,
        {script(200, {"Access-Control-Allow-Origin:    *   "})});
    add("origin padded with a tab", "GET", {}, false, {}, noPreflight,
        {script(200, {"Access-Control-Allow-Origin:\t{origin}\t"})});
    add("two identical ACAO lines", "GET", {}, false, {}, noPreflight,
        {script(200, {acao + "{origin}", acao + "{origin}"})});
    add("ACAO star and origin lines", "GET", {}, false, {}, noPreflight,
        {script(200, {acao + "*", acao + "{origin}"})});
    add("ACAO two origins in one line", "GET", {}, false, {}, noPreflight,
        {script(200, {acao + "{origin}, http://example.com"})});
    add("ACAO null", "GET", {}, false, {}, noPreflight, {script(200, {acao + "null"})});
    add("ACAO upper-case host", "GET", {}, false, {}, noPreflight,
        {script(200, {acao + "HTTP://127.0.0.1"})});
    add("ACAO without scheme", "GET", {}, false, {}, noPreflight,
        {script(200, {acao + "127.0.0.1"})});
    add("ACAO empty", "GET", {}, false, {}, noPreflight,
        {script(200, {"Access-Control-Allow-Origin:"})});
    add("ACAO lower-case header name", "GET", {}, false, {}, noPreflight,
        {script(200, {"access-control-allow-origin: {origin}"})});

    // Credentials.
    add("ACAC TRUE", "GET", {}, true, {}, noPreflight,
        {script(200, {acao + "{origin}", acac + "TRUE"})});
    add("ACAC padded true", "GET", {}, true, {}, noPreflight,
        {script(200, {acao + "{origin}", "Access-Control-Allow-Credentials:   true "})});
    add("ACAC two lines", "GET", {}, true, {}, noPreflight,
        {script(200, {acao + "{origin}", acac + "true", acac + "true"})});
    add("ACAC missing on the preflight", "PUT", {}, true, "x"_ba,
        script(204, {acao + "{origin}", acam + "PUT"}),
        {script(200, {acao + "{origin}", acac + "true"})});
    add("credentials, ACAO star on preflight", "PUT", {}, true, "x"_ba,
        script(204, {acao + "*", acac + "true", acam + "PUT"}),
        {script(200, {acao + "{origin}", acac + "true"})});

    // Preflight status and redirects.
    add("preflight 302 with Location", "PUT", {}, false, "x"_ba,
        script(302, {"Location: {next}", acao + "*", acam + "PUT"}), {okStar});
    add("preflight 307 with Location", "DELETE", {}, false, {},
        script(307, {"Location: {next}", acao + "*", acam + "DELETE"}), {okStar});
    add("preflight 302 without Location", "PUT", {}, false, "x"_ba,
        script(302, {acao + "*", acam + "PUT"}), {okStar});
    add("preflight 200", "PUT", {}, false, "x"_ba, script(200, {acao + "*", acam + "PUT"}),
        {okStar});
    add("preflight 299", "PUT", {}, false, "x"_ba, script(299, {acao + "*", acam + "PUT"}),
        {okStar});
    add("preflight 401 with ACAO", "PUT", {}, false, "x"_ba,
        script(401, {acao + "*", acam + "PUT"}), {okStar});
    add("preflight 404", "PUT", {}, false, "x"_ba, script(404, {}), {okStar});

    // Methods.
    add("patch vs ACAM PATCH", "patch", {}, false, "x"_ba,
        script(204, {acao + "*", acam + "PATCH"}), {okStar});
    add("patch vs ACAM patch", "patch", {}, false, "x"_ba,
        script(204, {acao + "*", acam + "patch"}), {okStar});
    add("PATCH vs ACAM patch", "PATCH", {}, false, "x"_ba,
        script(204, {acao + "*", acam + "patch"}), {okStar});
    add("put normalized vs ACAM PUT", "put", {}, false, "x"_ba,
        script(204, {acao + "*", acam + "PUT"}), {okStar});
    add("custom verb", "chicken", {}, false, {}, script(204, {acao + "*", acam + "chicken"}),
        {okStar});
    add("ACAM list with empty elements", "DELETE", {}, false, {},
        script(204, {acao + "*", acam + ",GET,, DELETE ,"}), {okStar});
    add("ACAM over two lines", "DELETE", {}, false, {},
        script(204, {acao + "*", acam + "GET", acam + "DELETE"}), {okStar});
    add("ACAM invalid token", "DELETE", {}, false, {}, script(204, {acao + "*", acam + "DELETE;"}),
        {okStar});
    add("ACAM quoted", "DELETE", {}, false, {}, script(204, {acao + "*", acam + "\"DELETE\""}),
        {okStar});
    add("ACAM star with credentials", "DELETE", {}, true, {},
        script(204, {acao + "{origin}", acac + "true", acam + "*"}),
        {script(200, {acao + "{origin}", acac + "true"})});
    add("invalid ACAM for a safelisted method", "GET", {{"X-A", "1"}}, false, {},
        script(204, {acao + "*", acam + "GET/POST", acah + "x-a"}), {okStar});

    // Headers.
    add("Authorization under star", "GET", {{"Authorization", "Bearer t"}}, false, {},
        script(204, {acao + "*", acah + "*"}), {okStar});
    add("Authorization listed beside star", "GET", {{"Authorization", "Bearer t"}}, false, {},
        script(204, {acao + "*", acah + "*, Authorization"}), {okStar});
    add("ACAH case-insensitive", "GET", {{"x-api-key", "k"}}, false, {},
        script(204, {acao + "*", acah + "X-API-KEY"}), {okStar});
    add("ACAH star with credentials", "GET", {{"X-Api-Key", "k"}}, true, {},
        script(204, {acao + "{origin}", acac + "true", acah + "*"}),
        {script(200, {acao + "{origin}", acac + "true"})});
    add("ACAH invalid", "GET", {{"X-Api-Key", "k"}}, false, {},
        script(204, {acao + "*", acah + "X-Api-Key:"}), {okStar});
    add("ACAH lists only one of two", "POST", {{"Content-Type", "application/json"}, {"X-B", "1"}},
        false, "{}"_ba, script(204, {acao + "*", acah + "content-type"}), {okStar});
    add("content-type with space before ;", "POST", {{"Content-Type", "text/plain ;charset=utf-8"}},
        false, "x"_ba, noPreflight, {okStar});
    add("content-type quoted charset", "POST", {{"Content-Type", "text/plain; charset=\"utf-8\""}},
        false, "x"_ba, script(204, {acao + "*"}), {okStar});
    add("content-type multipart", "POST", {{"Content-Type", "multipart/form-data; boundary=x"}},
        false, "x"_ba, noPreflight, {okStar});
    add("accept-language underscore", "GET", {{"Accept-Language", "en_US"}}, false, {},
        script(204, {acao + "*"}), {okStar});
    add("accept 128 bytes", "GET", {{"Accept", QByteArray(128, 'a')}}, false, {}, noPreflight,
        {okStar});
    add("range suffix", "GET", {{"Range", "bytes=-5"}}, false, {}, script(204, {acao + "*"}),
        {okStar});
    add("cookie is dropped", "GET", {{"Cookie", "a=b"}}, false, {}, noPreflight, {okStar});
    add("method override TRACE is dropped", "GET", {{"X-HTTP-Method-Override", "TRACE"}}, false, {},
        noPreflight, {okStar});
    add("save-data on", "GET", {{"Save-Data", "on"}}, false, {}, noPreflight, {okStar});
    // 8 safelisted headers of 128 bytes: 1024 bytes, the most that stays safelisted ...
    const QList<Header> limit{{"Accept", QByteArray(128, 'a')},
                              {"Accept-Language", QByteArray(128, 'b')},
                              {"Content-Language", QByteArray(128, 'c')},
                              {"Width", QByteArray(128, '1')},
                              {"Viewport-Width", QByteArray(128, '2')},
                              {"Device-Memory", QByteArray(128, '3')},
                              {"DPR", QByteArray(128, '4')},
                              {"Intervention", QByteArray(128, 'd')}};
    add("safelisted values total 1024 bytes", "GET", limit, false, {}, noPreflight, {okStar});
    // ... and two more bytes make every one of them unsafe.
    add("safelisted values total 1026 bytes", "GET", limit + QList<Header>{{"Save-Data", "on"}},
        false, {}, script(204, {acao + "*", acah + "accept, accept-language"}), {okStar});

    // Redirects of the actual request.
    add("same-origin redirect with ACAO", "GET", {}, false, {}, noPreflight,
        {script(302, {"Location: {next}", acao + "{origin}"}), okOrigin});
    add("redirect without ACAO", "GET", {}, false, {}, noPreflight,
        {script(302, {"Location: {next}"}), okOrigin});
    add("cross-origin redirect, final ACAO origin", "GET", {}, false, {}, noPreflight,
        {script(302, {"Location: {other-next}", acao + "{origin}"}), okOrigin});
    add("cross-origin redirect, final ACAO null", "GET", {}, false, {}, noPreflight,
        {script(302, {"Location: {other-next}", acao + "{origin}"}), script(200, {acao + "null"})});
    add("cross-origin redirect, final ACAO star", "GET", {}, false, {}, noPreflight,
        {script(307, {"Location: {other-next}", acao + "*"}), okStar});
    add("303 turns json POST into simple GET", "POST", {{"Content-Type", "application/json"}},
        false, "{}"_ba, script(204, {acao + "*", acah + "content-type"}),
        {script(303, {"Location: {next}", acao + "*"}), okStar});
    add("307 keeps PUT and preflights again", "PUT", {}, false, "x"_ba,
        script(204, {acao + "*", acam + "PUT"}),
        {script(307, {"Location: {next}", acao + "*"}), okStar});
    add("redirect to credentials URL", "GET", {}, false, {}, noPreflight,
        {script(302, {"Location: http://user:pw@127.0.0.1:1/x", acao + "*"})});
    QList<QByteArray> twenty;
    for (int i = 0; i < 20; ++i) {
        twenty.append(script(302, {"Location: {next}", acao + "*"}));
    }
    add("20 redirects", "GET", {}, false, {}, noPreflight, twenty + QList<QByteArray>{okStar});
    add("21 redirects", "GET", {}, false, {}, noPreflight,
        twenty + QList<QByteArray>{script(302, {"Location: {next}", acao + "*"}), okStar});

    // Exposure (compared header by header).
    const QByteArray exposing = "200\n" + acao +
                                "*\nX-Request-Id: 7\nETag: \"e\"\n"
                                "Content-Language: de\nSet-Cookie: a=b";
    add("expose listed", "GET", {}, false, {}, noPreflight,
        {exposing + "\n" + aceh + "X-Request-Id"});
    add("expose star", "GET", {}, false, {}, noPreflight, {exposing + "\n" + aceh + "*"});
    add("expose star with credentials", "GET", {}, true, {}, noPreflight,
        {"200\n" + acao + "{origin}\n" + acac + "true\nX-Request-Id: 7\n" + aceh + "*"});
    add("expose set-cookie", "GET", {}, false, {}, noPreflight,
        {exposing + "\n" + aceh + "Set-Cookie, etag"});
    add("expose invalid list", "GET", {}, false, {}, noPreflight,
        {exposing + "\n" + aceh + "X-Request-Id;"});
    return cases;
}

} // namespace

QList<BrowserCase> browserCases()
{
    QList<BrowserCase> cases = handWritten();
    for (const Behaviour &behaviour : behaviours()) {
        for (const RequestKind &kind : requestKinds()) {
            cases.append(
                {QString::fromLatin1(behaviour.name) + u" / "_s + QString::fromLatin1(kind.name),
                 kind.method,
                 kind.headers,
                 kind.credentials,
                 kind.body,
                 behaviour.preflight(kind),
                 {behaviour.actual(kind)}});
        }
    }
    return cases;
}

QByteArray scriptFor(const BrowserCase &browserCase, bool preflight, int hop,
                     const QByteArray &pageOrigin, const QByteArray &otherServerOrigin,
                     int caseIndex)
{
    QByteArray text = preflight ? browserCase.preflight
                                : browserCase.actual.value(hop, browserCase.actual.constLast());
    const QByteArray nextPath =
        "/c/" + QByteArray::number(caseIndex) + '/' + QByteArray::number(hop + 1);
    text.replace("{origin}", pageOrigin);
    text.replace("{other-next}", QByteArray(otherServerOrigin + nextPath));
    text.replace("{next}", nextPath);
    return text;
}

bool parseCaseTarget(const QByteArray &target, int *caseIndex, int *hop)
{
    const QList<QByteArray> parts = target.split('/');
    if (parts.size() != 4 || parts[1] != "c") {
        return false;
    }
    bool ok1 = false;
    bool ok2 = false;
    *caseIndex = parts[2].toInt(&ok1);
    *hop = parts[3].toInt(&ok2);
    return ok1 && ok2;
}
