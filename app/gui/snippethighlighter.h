// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/format.h"

#include <QList>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace cors::gui {

/// Colours the snippets: keys, strings, numbers, keywords, comments and YAML tags, for the
/// language a format is written in, with colours readable on light and dark palettes.
class SnippetHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    SnippetHighlighter(render::Format format, QTextDocument *document);

    /// Whether a block of a highlighted document is a CORS line (render::corsLines()), for the
    /// view to tint.
    static bool isCorsBlock(const QTextBlock &block);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
        int group = 0; ///< the capture group coloured
    };
    QList<Rule> m_rules;
    render::Format m_format;
};

} // namespace cors::gui
