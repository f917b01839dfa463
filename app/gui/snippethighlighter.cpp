// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snippethighlighter.h"

#include "render/corslines.h"
#include "verdictcolours.h"

#include <QGuiApplication>
#include <QPalette>
#include <QTextBlock>

using namespace Qt::StringLiterals;

namespace cors::gui {

namespace {

enum class Language
{
    Yaml,
    Json,
    Hcl,
    JavaScript,
    Python,
};

Language languageOf(render::Format format)
{
    switch (format) {
    case render::Format::Sam:
    case render::Format::CloudFormation:
    case render::Format::OpenApi:
    case render::Format::Serverless:
        return Language::Yaml;
    case render::Format::Swagger:
        return Language::Json;
    case render::Format::Terraform:
        return Language::Hcl;
    case render::Format::LambdaNode:
    case render::Format::CdkTypeScript:
        return Language::JavaScript;
    case render::Format::LambdaPython:
    case render::Format::CdkPython:
        return Language::Python;
    }
    return Language::Yaml;
}

QTextCharFormat colour(const QColor &light, const QColor &dark, bool bold = false,
                       bool italic = false)
{
    QTextCharFormat format;
    format.setForeground(isDarkPalette(QGuiApplication::palette()) ? dark : light);
    if (bold) {
        format.setFontWeight(QFont::Bold);
    }
    format.setFontItalic(italic);
    return format;
}

} // namespace

SnippetHighlighter::SnippetHighlighter(render::Format format, QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_format(format)
{
    const QTextCharFormat key = colour(QColor(0x00, 0x4e, 0x8a), QColor(0x7c, 0xc4, 0xff));
    const QTextCharFormat string = colour(QColor(0x0a, 0x7a, 0x2f), QColor(0x9a, 0xe6, 0x9a));
    const QTextCharFormat number = colour(QColor(0x9a, 0x4d, 0x00), QColor(0xff, 0xc0, 0x7a));
    const QTextCharFormat keyword =
        colour(QColor(0x7a, 0x1f, 0x8a), QColor(0xe0, 0xa0, 0xff), true);
    const QTextCharFormat comment =
        colour(QColor(0x6a, 0x6a, 0x6a), QColor(0x9a, 0x9a, 0x9a), false, true);

    const auto add = [this](const QString &pattern, const QTextCharFormat &look, int group = 0) {
        m_rules.append({QRegularExpression(pattern), look, group});
    };
    const QString doubleQuoted = uR"("(?:[^"\\]|\\.)*")"_s;
    const QString singleQuoted = uR"('(?:[^'\\]|\\.)*')"_s;
    const QString numberPattern = uR"(\b-?\d+(?:\.\d+)?\b)"_s;

    switch (languageOf(format)) {
    case Language::Yaml:
        add(uR"(^\s*(?:-\s+)?([^\s:'"#][^:#]*?|"[^"]*"|'[^']*')\s*:(?=\s|$))"_s, key, 1);
        add(uR"(![A-Za-z]+)"_s, keyword);
        add(uR"(:\s+(-?\d+(?:\.\d+)?|true|false|null|~)\s*$)"_s, number, 1);
        add(doubleQuoted, string);
        add(singleQuoted, string);
        add(uR"((?:^|\s)(#.*)$)"_s, comment, 1);
        break;
    case Language::Json:
        add(numberPattern, number);
        add(uR"(\b(true|false|null)\b)"_s, keyword);
        add(doubleQuoted, string);
        add(uR"(("(?:[^"\\]|\\.)*")\s*:)"_s, key, 1);
        break;
    case Language::Hcl:
        add(uR"(^\s*(resource|data|variable|output|locals|provider|terraform|module|lifecycle)\b)"_s,
            keyword, 1);
        add(uR"(^\s*([A-Za-z_][\w-]*)\s*=)"_s, key, 1);
        add(uR"(\b(true|false|null|for|in|if)\b)"_s, keyword);
        add(numberPattern, number);
        add(doubleQuoted, string);
        add(uR"((?:^|\s)((?:#|//).*)$)"_s, comment, 1);
        break;
    case Language::JavaScript:
        add(uR"(\b(const|let|var|function|async|await|return|if|else|export|import|from|new|of|for|true|false|null|undefined|typeof)\b)"_s,
            keyword);
        add(numberPattern, number);
        add(doubleQuoted, string);
        add(singleQuoted, string);
        add(uR"((?:^|\s)(//.*)$)"_s, comment, 1);
        break;
    case Language::Python:
        add(uR"(\b(def|return|if|elif|else|import|from|in|not|and|or|for|None|True|False|lambda|is)\b)"_s,
            keyword);
        add(numberPattern, number);
        add(doubleQuoted, string);
        add(singleQuoted, string);
        add(uR"((?:^|\s)(#.*)$)"_s, comment, 1);
        break;
    }
}

bool SnippetHighlighter::isCorsBlock(const QTextBlock &block)
{
    return block.userState() > 0 && (block.userState() & 1) != 0;
}

void SnippetHighlighter::highlightBlock(const QString &text)
{
    // The block state carries the CORS tracker from line to line: bit 0 says this line is CORS,
    // the rest the open CORS block's indentation + 1. A change propagates to the next lines.
    const int previous = previousBlockState();
    render::CorsLineTracker tracker(previous < 0 ? -1 : (previous >> 1) - 1);
    const bool cors = tracker.next(m_format, text);
    setCurrentBlockState(((tracker.openIndent() + 1) << 1) | (cors ? 1 : 0));

    for (const Rule &rule : std::as_const(m_rules)) {
        for (auto it = rule.pattern.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            if (match.capturedStart(rule.group) >= 0) {
                setFormat(int(match.capturedStart(rule.group)),
                          int(match.capturedLength(rule.group)), rule.format);
            }
        }
    }
}

} // namespace cors::gui
