// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snippetview.h"

#include "snippethighlighter.h"
#include "verdictcolours.h"

#include <QFontDatabase>
#include <QPainter>
#include <QTextBlock>
#include <QVariantAnimation>

namespace cors::gui {

namespace {
constexpr int flashMs = 1200;
} // namespace

SnippetView::SnippetView(render::Format format, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_flash(new QVariantAnimation(this))
{
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    new SnippetHighlighter(format, document());
    m_flash->setStartValue(1.0);
    m_flash->setEndValue(0.0);
    m_flash->setDuration(flashMs);
    connect(m_flash, &QVariantAnimation::valueChanged, viewport(),
            [this] { viewport()->update(); });
    connect(m_flash, &QVariantAnimation::finished, this, [this] {
        m_flashFirst = m_flashLast = -1;
        viewport()->update();
    });
}

void SnippetView::replaceText(const QString &text, bool flash)
{
    const QString shown = toPlainText();
    if (text == shown) {
        return;
    }
    const qsizetype common = std::min(text.size(), shown.size());
    qsizetype prefix = 0;
    while (prefix < common && text.at(prefix) == shown.at(prefix)) {
        ++prefix;
    }
    qsizetype suffix = 0;
    while (suffix < common - prefix &&
           text.at(text.size() - 1 - suffix) == shown.at(shown.size() - 1 - suffix)) {
        ++suffix;
    }
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(shown.size() - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(text.mid(prefix, text.size() - prefix - suffix));
    cursor.endEditBlock();
    if (flash && !shown.isEmpty()) {
        m_flashFirst = document()->findBlock(int(prefix)).blockNumber();
        m_flashLast = document()->findBlock(int(text.size() - suffix)).blockNumber();
        m_flash->stop();
        m_flash->start();
    }
}

int SnippetView::corsLineCount() const
{
    int count = 0;
    for (QTextBlock block = document()->firstBlock(); block.isValid(); block = block.next()) {
        count += SnippetHighlighter::isCorsBlock(block) ? 1 : 0;
    }
    return count;
}

void SnippetView::paintEvent(QPaintEvent *event)
{
    // Under the text: the CORS tint on every visible CORS line, then the flash.
    QPainter painter(viewport());
    const QColor tint = corsLineTint(palette());
    QColor flash = palette().color(QPalette::Highlight);
    flash.setAlphaF(0.45f * m_flash->currentValue().toFloat());
    const int width = viewport()->width();
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF rect = blockBoundingGeometry(block).translated(contentOffset());
        if (rect.top() > event->rect().bottom()) {
            break;
        }
        const QRectF line(0, rect.top(), width, rect.height());
        if (SnippetHighlighter::isCorsBlock(block)) {
            painter.fillRect(line, tint);
        }
        const int number = block.blockNumber();
        if (m_flashFirst >= 0 && number >= m_flashFirst && number <= m_flashLast) {
            painter.fillRect(line, flash);
        }
    }
    painter.end();
    QPlainTextEdit::paintEvent(event);
}

} // namespace cors::gui
