// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/format.h"

#include <QPlainTextEdit>

class QVariantAnimation;

namespace cors::gui {

/// A read-only snippet: syntax colours, the CORS lines tinted across the whole width (as the
/// AWS console tints them), and the lines an edit changed flashing briefly.
class SnippetView final : public QPlainTextEdit
{
    Q_OBJECT

public:
    SnippetView(render::Format format, QWidget *parent = nullptr);

    /// Replaces the text with `text`, changing only the lines that differ (the reader's place
    /// stays, and re-colouring thousands of lines would cost more than a frame). With `flash`,
    /// the changed lines light up for a moment.
    void replaceText(const QString &text, bool flash);
    /// The first and last block the last flash covered; -1 when none.
    std::pair<int, int> flashedBlocks() const { return {m_flashFirst, m_flashLast}; }
    /// How many lines are tinted as CORS (for tests).
    int corsLineCount() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QVariantAnimation *m_flash;
    int m_flashFirst = -1;
    int m_flashLast = -1;
};

} // namespace cors::gui
