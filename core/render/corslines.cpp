// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corslines.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace cors::render {

namespace {

struct Markers
{
    QList<QStringView> blocks;
    QList<QStringView> lines;
};

/// The names our renders give CORS settings and resources, per language family. What they mean
/// is documented where each render writes them (AWS SAM Api Cors, CloudFormation
/// AWS::ApiGateway::Method/GatewayResponse, Terraform aws_api_gateway_*, OpenAPI
/// x-amazon-apigateway-* extensions, Fetch §3.2.3 for the headers).
const Markers &markersFor(Format format)
{
    static const Markers templates{
        {u"Cors:", u"CorsConfiguration:", u"GatewayResponses:", u"OptionsMethod:",
         u"GatewayResponseDefault", u"StageCors:", u"options:", u"\"options\":",
         u"x-amazon-apigateway-gateway-responses", u"x-amazon-apigateway-cors"},
        {u"Access-Control-", u"Vary", u"AddDefaultAuthorizerToCorsPreflight",
         u"AddApiKeyRequiredToCorsPreflight", u"ALLOWED_ORIGINS", u"AllowOrigin", u"AllowMethods",
         u"AllowHeaders", u"AllowCredentials", u"ExposeHeaders", u"MaxAge", u"StageCors"}};
    static const Markers terraform{{u"cors_configuration {",
                                    u"resource \"aws_api_gateway_gateway_response\"",
                                    u"\"cors_options\" {", u"stage_cors = {"},
                                   {u"Access-Control-", u"Vary", u"allow_origins", u"allow_methods",
                                    u"allow_headers", u"allow_credentials", u"expose_headers",
                                    u"max_age", u"ALLOWED_ORIGINS", u"stage_cors", u"local.cors"}};
    static const Markers handlers{{},
                                  {u"Access-Control-", u"Vary", u"ALLOWED_ORIGINS",
                                   u"ALLOW_ANY_ORIGIN", u"ALLOW_CREDENTIALS", u"ALLOW_METHODS",
                                   u"ALLOW_HEADERS", u"EXPOSE_HEADERS", u"MAX_AGE"}};
    static const Markers cdk{{u"corsPreflight", u"cors_preflight", u"MockIntegration("},
                             {u"Access-Control-", u"Vary", u"ALLOWED_ORIGINS", u"STAGE_",
                              u"\"OPTIONS\"", u"addGatewayResponse", u"add_gateway_response",
                              u"methodResponses", u"method_responses"}};
    static const Markers serverless{
        {u"cors:", u"extensions:", u"GatewayResponseDefault", u"stageCors:"},
        {u"Access-Control-", u"Vary", u"ALLOWED_ORIGINS"}};
    switch (format) {
    case Format::Terraform:
        return terraform;
    case Format::LambdaNode:
    case Format::LambdaPython:
        return handlers;
    case Format::CdkTypeScript:
    case Format::CdkPython:
        return cdk;
    case Format::Serverless:
        return serverless;
    default:
        return templates;
    }
}

int indentOf(QStringView line)
{
    int indent = 0;
    while (indent < line.size() && line[indent] == u' ') {
        ++indent;
    }
    return indent;
}

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

bool isCloser(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    return !trimmed.isEmpty() &&
           (trimmed.front() == u'}' || trimmed.front() == u']' || trimmed.front() == u')');
}

bool isComment(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    return trimmed.startsWith(u'#') || trimmed.startsWith(u"//");
}

QList<QStringView> splitLines(QStringView text)
{
    QList<QStringView> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == u'\n') {
            lines.append(text.mid(start, i - start));
            start = i + 1;
        }
    }
    return lines;
}

QString elision(Format format, int indent)
{
    const QString pad(indent, u' ');
    switch (format) {
    case Format::Swagger:
        return pad + u"…"_s; // JSON has no comments
    case Format::LambdaNode:
    case Format::CdkTypeScript:
        return pad + u"// …"_s;
    default:
        return pad + u"# …"_s;
    }
}

} // namespace

CorsLine classifyCorsLine(Format format, QStringView line)
{
    const Markers &markers = markersFor(format);
    const auto contains = [line](QStringView marker) { return line.contains(marker); };
    if (std::any_of(markers.blocks.begin(), markers.blocks.end(), contains)) {
        return CorsLine::Block;
    }
    if (std::any_of(markers.lines.begin(), markers.lines.end(), contains)) {
        return CorsLine::Line;
    }
    return CorsLine::No;
}

bool CorsLineTracker::next(Format format, QStringView line)
{
    if (m_openIndent >= 0) {
        if (isBlank(line)) {
            return true; // a blank line inside the block
        }
        const int indent = indentOf(line);
        if (indent > m_openIndent) {
            return true;
        }
        const bool closer = indent == m_openIndent && isCloser(line);
        m_openIndent = -1;
        if (closer) {
            return true; // the block's closing bracket ends it
        }
    }
    switch (classifyCorsLine(format, line)) {
    case CorsLine::Block:
        m_openIndent = indentOf(line);
        return true;
    case CorsLine::Line:
        return true;
    case CorsLine::No:
        break;
    }
    return false;
}

QList<bool> corsLines(Format format, QStringView text)
{
    const QList<QStringView> lines = splitLines(text);
    QList<bool> cors;
    cors.reserve(lines.size());
    CorsLineTracker tracker;
    for (const QStringView line : lines) {
        cors.append(tracker.next(format, line));
    }
    return cors;
}

CorsOutline corsExcerpt(Format format, QStringView text)
{
    const QList<bool> cors = corsLines(format, text);
    if (format == Format::LambdaNode || format == Format::LambdaPython ||
        format == Format::CdkTypeScript || format == Format::CdkPython) {
        // Code: the whole module is what to take (a stack is not merged line by line).
        return {text.toString(), cors};
    }
    const QList<QStringView> lines = splitLines(text);
    QList<bool> shown = cors;
    // One pass down with the stack of enclosing lines: a CORS line shows its ancestors, and a
    // shown line's closing bracket is shown with it.
    struct Open
    {
        int indent;
        qsizetype line;
    };
    QList<Open> stack;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (isBlank(lines[i])) {
            continue;
        }
        const int indent = indentOf(lines[i]);
        while (!stack.isEmpty() && stack.last().indent >= indent) {
            const Open closed = stack.takeLast();
            if (closed.indent == indent && isCloser(lines[i]) && shown[closed.line]) {
                shown[i] = true;
            }
        }
        if (cors[i]) {
            for (const Open &open : std::as_const(stack)) {
                shown[open.line] = true;
            }
        }
        if (!isCloser(lines[i])) {
            stack.append({indent, i});
        }
    }
    // A blank line between two shown lines still separates them.
    qsizetype lastNonBlank = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (isBlank(lines[i])) {
            continue;
        }
        if (lastNonBlank >= 0 && shown[i] && shown[lastNonBlank]) {
            for (qsizetype blank = lastNonBlank + 1; blank < i; ++blank) {
                shown[blank] = true;
            }
        }
        lastNonBlank = i;
    }
    // The comments right above a shown line explain it.
    for (qsizetype i = lines.size() - 1; i > 0; --i) {
        if (shown[i] && !shown[i - 1] && isComment(lines[i - 1]) &&
            indentOf(lines[i - 1]) == indentOf(lines[i])) {
            shown[i - 1] = true;
        }
    }
    CorsOutline outline;
    bool elided = false; // one "…" per run of left-out lines
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (shown[i]) {
            outline.text += lines[i] + u'\n';
            outline.cors.append(cors[i]);
            elided = false;
            continue;
        }
        if (elided || isBlank(lines[i])) {
            continue;
        }
        qsizetype next = i;
        while (next < lines.size() && !shown[next]) {
            ++next;
        }
        const int indent = next < lines.size() ? indentOf(lines[next]) : indentOf(lines[i]);
        outline.text += elision(format, indent) + u'\n';
        outline.cors.append(false);
        elided = true;
    }
    outline.cors.append(false); // the empty piece after the last line break, as corsLines() has
    return outline;
}

} // namespace cors::render
