// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How a REST API's MOCK preflight answers several origins: a mapping template (Apache Velocity
// 1.7, as API Gateway runs it) that echoes the request's Origin only when it is exactly one of
// the allowed origins. The emulator answers with selectedOrigin(), the same rule in C++.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace cors::render {

/// The integration response's mapping template for `origins`: two or more exact origins, or
/// a stage's list (one origin, or '*', which the template answers with '*' whatever the Origin).
///
/// - Origin is read from the request's headers only ($input.params().header), never from a
///   query string or path parameter as $input.params('Origin') would (CDK #19104), and whatever
///   the case of its name: HTTP/2 clients send "origin".
/// - It is compared as a whole string with each allowed origin (List.contains, Java equals):
///   no pattern or regular expression (CDK #26623), no fallback origin (CDK #30453).
/// - It never relies on how Velocity 1.7 compares a missing map entry with "": the header is
///   found by walking the map's keys, and $origin starts as "" which no allowed origin equals.
/// - Access-Control-Allow-Origin is overridden at most once (AWS: "Override your API's request
///   and response parameters and status codes": a second override is a 5XX).
/// - It writes no body: every line ends in a Velocity comment (##), which eats the line break.
QString originSelectionTemplate(const QStringList &origins);

/// The allowed origins of a template originSelectionTemplate() wrote (line breaks may be CRLF),
/// or nullopt for any other text: import reads only what it can vouch for.
std::optional<QStringList> originsOfSelectionTemplate(const QString &text);

/// The largest mapping template API Gateway accepts (AWS: "Quotas for configuring and running
/// a REST API": mapping template size, 300 KB).
constexpr qsizetype maxMappingTemplateBytes = 300 * 1024;

/// What the template above sets Access-Control-Allow-Origin to for a request with `headers`:
/// the value of the last header named Origin in any case, when it equals an allowed origin.
std::optional<QString> selectedOrigin(const QStringList &origins,
                                      const QList<std::pair<QByteArray, QByteArray>> &headers);

} // namespace cors::render
