// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewpane.h"

#include "appicons.h"
#include "render/corslines.h"
#include "render/renderer.h"
#include "snippetguide.h"
#include "snippetview.h"
#include "verdictcolours.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QRadioButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cors::gui {

namespace {

/// Covers its target with the base colour at 60%: stale snippets dim evenly, whatever their
/// syntax colours and tints. Mouse events pass through, so text can still be selected.
class DimVeil final : public QWidget
{
public:
    explicit DimVeil(QWidget *target)
        : QWidget(target->parentWidget())
        , m_target(target)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        target->installEventFilter(this);
        hide();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_target &&
            (event->type() == QEvent::Resize || event->type() == QEvent::Move)) {
            setGeometry(m_target->geometry());
        }
        return false;
    }
    void showEvent(QShowEvent *) override
    {
        setGeometry(m_target->geometry());
        raise();
    }
    void paintEvent(QPaintEvent *) override
    {
        QColor veil = palette().color(QPalette::Base);
        veil.setAlphaF(0.6f);
        QPainter(this).fillRect(rect(), veil);
    }

private:
    QWidget *m_target;
};

} // namespace

PreviewPane::PreviewPane(QWidget *parent)
    : QWidget(parent)
    , m_selector(new QComboBox(this))
    , m_partButton(new QRadioButton(tr("Part to merge"), this))
    , m_completeButton(new QRadioButton(tr("Complete example"), this))
    , m_wrap(new QCheckBox(tr("Wrap lines"), this))
    , m_guide(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_stack(new QStackedWidget(this))
{
    for (const render::Format format : render::allFormats) {
        auto *view = new SnippetView(format, m_stack);
        view->setAccessibleName(tr("%1 preview").arg(render::formatDisplayName(format)));
        view->setPlaceholderText(tr("Nothing rendered yet: the configuration has blocking "
                                    "errors. The advisor below lists them, most with a "
                                    "one-click fix."));
        m_stack->addWidget(view);
        m_views.insert(format, view);
        m_selector->addItem(
            u"%1 — %2"_s.arg(render::formatDisplayName(format), render::defaultFileName(format)));
    }
    m_selector->setAccessibleName(tr("Snippet format"));
    m_selector->setToolTip(tr("The format to show (Ctrl+PgDown / Ctrl+PgUp)"));
    m_selector->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_selector->setMinimumContentsLength(12);
    m_stack->setAccessibleName(tr("Snippet previews"));

    m_guide->setWordWrap(true);
    m_guide->setTextFormat(Qt::RichText);
    m_guide->setAccessibleName(tr("About this snippet"));
    m_guide->setContentsMargins(2, 2, 2, 4);
    m_banner->setWordWrap(true);
    m_banner->setAutoFillBackground(true);
    m_banner->setContentsMargins(6, 4, 6, 4);
    m_banner->setAccessibleName(tr("Snippets not rendered"));
    m_banner->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createToolBar());
    layout->addWidget(m_guide);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    m_dim = new DimVeil(m_stack);

    connect(m_selector, &QComboBox::currentIndexChanged, this, &PreviewPane::showCurrentFormat);
    showCurrentFormat();
}

QWidget *PreviewPane::createToolBar()
{
    const auto button = [this](const QIcon &icon, const QString &text, const QString &toolTip) {
        auto *b = new QToolButton(this);
        b->setIcon(icon);
        b->setText(text);
        b->setToolTip(toolTip);
        b->setAccessibleName(text);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        return b;
    };
    m_copyButton = button(appIcon(u"edit-copy"_s), tr("Copy"),
                          tr("Copy what is shown to the clipboard (Ctrl+Shift+C)"));
    m_exportButton = button(QIcon::fromTheme(u"document-save-as"_s), tr("Export…"),
                            tr("Save the complete snippet to a file (Ctrl+E)"));
    // Export all is in the Export button's menu: one button fits narrow panes in any language.
    auto *exportMenu = new QMenu(m_exportButton);
    exportMenu->addAction(tr("Export This Snippet…"), this, &PreviewPane::exportCurrentRequested);
    exportMenu->addAction(tr("Export All Snippets…"), this, &PreviewPane::exportAllRequested);
    m_exportButton->setMenu(exportMenu);
    m_exportButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_exportButton->setToolTip(tr("Save the complete snippet to a file (Ctrl+E); the arrow also "
                                  "saves every snippet into a folder (Ctrl+Shift+E)"));
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_partButton);
    modes->addButton(m_completeButton);
    m_partButton->setChecked(true);
    m_partButton->setToolTip(tr("Only the CORS settings and resources, where they go in your "
                                "template (\"…\" marks what is left out)"));
    m_completeButton->setToolTip(tr("A complete, deployable example"));
    m_wrap->setToolTip(tr("Wrap long lines instead of scrolling sideways"));

    auto *bar = new QWidget(this);
    auto *grid = new QVBoxLayout(bar);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(2);
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Snippet:"), bar);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setBuddy(m_selector);
    top->addWidget(title);
    top->addWidget(m_selector, 1);
    top->addWidget(m_copyButton);
    top->addWidget(m_exportButton);
    auto *second = new QHBoxLayout;
    second->addWidget(m_partButton);
    second->addWidget(m_completeButton);
    second->addStretch();
    second->addWidget(m_wrap);
    grid->addLayout(top);
    grid->addLayout(second);

    connect(m_copyButton, &QToolButton::clicked, this, &PreviewPane::copyCurrent);
    connect(m_exportButton, &QToolButton::clicked, this, &PreviewPane::exportCurrentRequested);
    connect(m_partButton, &QRadioButton::toggled, this, [this] {
        setShowsPartToMerge(m_partButton->isChecked());
        Q_EMIT viewOptionsChanged();
    });
    connect(m_wrap, &QCheckBox::toggled, this, [this](bool wrap) {
        setWrapsLines(wrap);
        Q_EMIT viewOptionsChanged();
    });
    return bar;
}

void PreviewPane::showConfig(const CorsConfig &config, int errorCount)
{
    m_current = errorCount == 0;
    showBanner(errorCount);
    if (m_current) {
        // Only the visible snippet is rendered now; the others when they are shown (or their
        // text is asked for), so a keystroke costs one render, not seven.
        const bool flash = m_hasConfig;
        m_config = config;
        m_hasConfig = true;
        m_stale = QSet<render::Format>(render::allFormats.begin(), render::allFormats.end());
        renderIfStale(currentFormat(), flash);
    }
    m_guide->setText(
        snippetGuide(currentFormat(), m_hasConfig ? m_config.apiType : config.apiType));
    m_copyButton->setEnabled(m_current);
    m_exportButton->setEnabled(m_current);
}

void PreviewPane::showBanner(int errorCount)
{
    // Stale snippets are dimmed evenly, all colours alike, and the banner says what they are.
    m_dim->setVisible(!m_current);
    m_banner->setVisible(!m_current);
    // While nothing renders the banner says what to do; the paragraph about the snippet waits.
    m_guide->setVisible(m_current);
    if (m_current) {
        return;
    }
    const QString what =
        m_hasConfig ? tr("Below: the last snippets that rendered, for the %1 as it was then.")
                          .arg(apiTypeDisplayName(m_config.apiType))
                    : tr("Nothing of this project has rendered yet.");
    m_banner->setText(tr("<b>Not rendered</b> — blocking errors: %1. Apply a fix in the advisor "
                         "or correct the marked fields. %2")
                          .arg(errorCount)
                          .arg(what));
    QPalette palette = m_banner->palette();
    palette.setColor(QPalette::Window, noteBackground(palette));
    palette.setColor(QPalette::WindowText, palette.color(QPalette::Text));
    m_banner->setPalette(palette);
}

void PreviewPane::forgetSnippets()
{
    m_hasConfig = false;
    m_texts.clear();
    m_stale.clear();
    for (SnippetView *view : std::as_const(m_views)) {
        view->clear();
    }
}

render::Format PreviewPane::currentFormat() const
{
    return render::allFormats[std::size_t(std::max(0, m_selector->currentIndex()))];
}

void PreviewPane::setCurrentFormat(render::Format format)
{
    const auto it = std::find(render::allFormats.begin(), render::allFormats.end(), format);
    m_selector->setCurrentIndex(int(it - render::allFormats.begin()));
}

void PreviewPane::stepFormat(int delta)
{
    const int count = m_selector->count();
    m_selector->setCurrentIndex((m_selector->currentIndex() + delta + count) % count);
}

void PreviewPane::showCurrentFormat()
{
    const render::Format format = currentFormat();
    m_stack->setCurrentWidget(m_views.value(format));
    renderIfStale(format);
    m_guide->setText(snippetGuide(format, m_config.apiType));
}

QString PreviewPane::text(render::Format format)
{
    renderIfStale(format);
    return m_texts.value(format);
}

QString PreviewPane::shownText(render::Format format)
{
    renderIfStale(format);
    return m_views.value(format)->toPlainText();
}

bool PreviewPane::showsPartToMerge() const
{
    return m_partButton->isChecked();
}

void PreviewPane::setShowsPartToMerge(bool part)
{
    (part ? m_partButton : m_completeButton)->setChecked(true);
    if (m_hasConfig) {
        m_stale = QSet<render::Format>(render::allFormats.begin(), render::allFormats.end());
        renderIfStale(currentFormat());
    }
}

bool PreviewPane::wrapsLines() const
{
    return m_wrap->isChecked();
}

void PreviewPane::setWrapsLines(bool wrap)
{
    m_wrap->setChecked(wrap);
    for (SnippetView *view : std::as_const(m_views)) {
        view->setLineWrapMode(wrap ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
    }
}

void PreviewPane::renderIfStale(render::Format format, bool flash)
{
    if (!m_stale.remove(format)) {
        return;
    }
    QString &complete = m_texts[format];
    complete = QString::fromUtf8(render::renderValidated(m_config, format));
    m_views.value(format)->replaceText(
        showsPartToMerge() ? render::corsExcerpt(format, complete).text : complete, flash);
}

void PreviewPane::copyCurrent()
{
    if (!m_current) {
        Q_EMIT statusMessage(tr("Nothing copied: the configuration has blocking errors."));
        return;
    }
    const render::Format format = currentFormat();
    QApplication::clipboard()->setText(shownText(format));
    Q_EMIT statusMessage(
        showsPartToMerge()
            ? tr("Copied the part of the %1 snippet to merge.")
                  .arg(render::formatDisplayName(format))
            : tr("Copied the complete %1 snippet.").arg(render::formatDisplayName(format)));
}

} // namespace cors::gui
