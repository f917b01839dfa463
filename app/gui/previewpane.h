// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/corsconfig.h"
#include "render/format.h"

#include <QMap>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QRadioButton;
class QStackedWidget;
class QToolButton;

namespace cors::gui {

class SnippetView;

/// The snippets, one format at a time (a selector that fits any width), re-rendered on every
/// change of the configuration (the visible one at once, the others when shown). Above each, a
/// paragraph says what it is, where it goes and how it deploys; the CORS lines are tinted, the
/// lines an edit changed flash, and a switch shows either the part to merge or the complete
/// example. A configuration with blocking errors is not rendered: the views keep the project's
/// last good snippets, dimmed, under a banner that says so.
class PreviewPane final : public QWidget
{
    Q_OBJECT

public:
    explicit PreviewPane(QWidget *parent = nullptr);

    /// Shows `config` (whose blocking errors, if any, are `errorCount`): renders the visible
    /// format now, the others when they are shown.
    void showConfig(const CorsConfig &config, int errorCount);
    /// Another project: the snippets of the last one are not shown under it, even dimmed.
    void forgetSnippets();

    render::Format currentFormat() const;
    void setCurrentFormat(render::Format format);
    /// The next or previous format (Ctrl+PgDown/PgUp), wrapping around.
    void stepFormat(int delta);
    /// The complete snippet for `format` (the last good render), rendered first if stale.
    QString text(render::Format format);
    /// What the view of `format` shows: the part to merge or the complete snippet.
    QString shownText(render::Format format);
    /// Whether the shown snippets are for the current configuration (it renders).
    bool isCurrent() const { return m_current; }

    bool showsPartToMerge() const;
    void setShowsPartToMerge(bool part);
    bool wrapsLines() const;
    void setWrapsLines(bool wrap);

    QComboBox *formatSelector() const { return m_selector; }
    SnippetView *view(render::Format format) const { return m_views.value(format); }
    QLabel *guide() const { return m_guide; }
    QLabel *banner() const { return m_banner; }

public Q_SLOTS:
    /// Puts what the current view shows on the clipboard.
    void copyCurrent();

Q_SIGNALS:
    void exportCurrentRequested();
    void exportAllRequested();
    void statusMessage(const QString &message);
    /// The part-to-merge switch or line wrapping changed (to keep them as preferences).
    void viewOptionsChanged();

private:
    QWidget *createToolBar();
    void renderIfStale(render::Format format, bool flash = false);
    void showCurrentFormat();
    void showBanner(int errorCount);

    QComboBox *m_selector;
    QRadioButton *m_partButton;
    QRadioButton *m_completeButton;
    QCheckBox *m_wrap;
    QLabel *m_guide;
    QLabel *m_banner;
    QStackedWidget *m_stack;
    QWidget *m_dim; ///< a veil over stale snippets: every colour dimmed alike
    QToolButton *m_copyButton;
    QToolButton *m_exportButton;

    QMap<render::Format, SnippetView *> m_views;
    QMap<render::Format, QString> m_texts; ///< the complete render of m_config, per format
    CorsConfig m_config;                   ///< the project's last configuration that renders
    bool m_hasConfig = false;              ///< whether m_config belongs to this project
    QSet<render::Format> m_stale;          ///< views not yet showing m_config
    bool m_current = false;
};

} // namespace cors::gui
