// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewpane.h"

#include "render/renderer.h"
#include "snippethighlighter.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTabWidget>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cors::gui {

PreviewPane::PreviewPane(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_banner(new QLabel(this))
{
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const render::Format format : render::allFormats) {
        auto *editor = new QPlainTextEdit(m_tabs);
        editor->setReadOnly(true);
        editor->setUndoRedoEnabled(false);
        editor->setFont(mono);
        editor->setLineWrapMode(QPlainTextEdit::NoWrap);
        editor->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        editor->setAccessibleName(tr("%1 preview").arg(render::formatDisplayName(format)));
        new SnippetHighlighter(format, editor->document());
        m_tabs->addTab(editor, render::formatDisplayName(format));
        m_tabs->setTabToolTip(m_tabs->count() - 1, render::defaultFileName(format));
        m_editors.insert(format, editor);
    }
    m_tabs->setAccessibleName(tr("Snippet previews"));

    const auto button = [this](const QString &text, const QString &toolTip) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(toolTip);
        b->setAccessibleName(text);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        return b;
    };
    m_copyButton = button(tr("Copy"), tr("Copy this snippet to the clipboard (Ctrl+Shift+C)"));
    m_copyButton->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    m_exportButton = button(tr("Export…"), tr("Save this snippet to a file (Ctrl+E)"));
    m_exportButton->setIcon(QIcon::fromTheme(u"document-save-as"_s));
    m_exportAllButton =
        button(tr("Export all…"), tr("Save every snippet into a folder (Ctrl+Shift+E)"));
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Snippets"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    buttons->addWidget(title);
    buttons->addStretch();
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_exportAllButton);

    m_banner->setWordWrap(true);
    m_banner->setAutoFillBackground(true);
    m_banner->setContentsMargins(6, 4, 6, 4);
    m_banner->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);

    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { renderIfStale(currentFormat()); });
    connect(m_copyButton, &QToolButton::clicked, this, &PreviewPane::copyCurrent);
    connect(m_exportButton, &QToolButton::clicked, this, &PreviewPane::exportCurrentRequested);
    connect(m_exportAllButton, &QToolButton::clicked, this, &PreviewPane::exportAllRequested);
}

void PreviewPane::showConfig(const CorsConfig &config, int errorCount)
{
    m_current = errorCount == 0;
    m_banner->setVisible(!m_current);
    if (!m_current) {
        m_banner->setText(tr("Not rendered: the configuration has %n error(s). Fix them in the "
                             "form; the advisor panel lists them. The snippets below are the "
                             "last valid ones.",
                             nullptr, errorCount));
        QPalette palette = m_banner->palette();
        palette.setColor(QPalette::Window, palette.color(QPalette::ToolTipBase));
        palette.setColor(QPalette::WindowText, palette.color(QPalette::ToolTipText));
        m_banner->setPalette(palette);
    }
    for (QPlainTextEdit *editor : std::as_const(m_editors)) {
        editor->setEnabled(m_current);
    }
    if (m_current) {
        // Only the visible snippet is rendered now; the others when their tab is shown (or
        // their text is asked for), so a keystroke costs one render, not seven.
        m_config = config;
        m_stale = QSet<render::Format>(render::allFormats.begin(), render::allFormats.end());
        renderIfStale(currentFormat());
    }
    m_copyButton->setEnabled(m_current);
    m_exportButton->setEnabled(m_current);
    m_exportAllButton->setEnabled(m_current);
}

render::Format PreviewPane::currentFormat() const
{
    return render::allFormats[std::size_t(std::max(0, m_tabs->currentIndex()))];
}

void PreviewPane::setCurrentFormat(render::Format format)
{
    m_tabs->setCurrentWidget(m_editors.value(format));
}

QString PreviewPane::text(render::Format format)
{
    renderIfStale(format);
    return m_texts.value(format);
}

void PreviewPane::renderIfStale(render::Format format)
{
    if (!m_stale.remove(format)) {
        return;
    }
    QString text = QString::fromUtf8(render::renderValidated(m_config, format));
    QString &shown = m_texts[format];
    if (text == shown) {
        return;
    }
    // Replace only what changed: a keystroke changes a line or two, and re-laying out and
    // re-colouring thousands of lines would cost more than a frame. The reader's place stays.
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
    QTextCursor cursor(m_editors.value(format)->document());
    cursor.beginEditBlock();
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(shown.size() - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(text.mid(prefix, text.size() - prefix - suffix));
    cursor.endEditBlock();
    shown = std::move(text);
}

void PreviewPane::copyCurrent()
{
    if (!m_current) {
        Q_EMIT statusMessage(tr("Nothing copied: the configuration has errors."));
        return;
    }
    QApplication::clipboard()->setText(text(currentFormat()));
    Q_EMIT statusMessage(tr("Copied the %1 snippet to the clipboard.")
                             .arg(render::formatDisplayName(currentFormat())));
}

} // namespace cors::gui
