// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/corsconfig.h"
#include "render/format.h"

#include <QMap>
#include <QSet>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QToolButton;

namespace cors::gui {

/// One tab per snippet format, re-rendered on every change of the configuration (the visible
/// one at once, the others when shown), with syntax colouring and a Copy button. A configuration
/// with errors is not rendered: the tabs keep the last good text, greyed out, under a banner that
/// says why.
class PreviewPane final : public QWidget
{
    Q_OBJECT

public:
    explicit PreviewPane(QWidget *parent = nullptr);

    /// Shows `config` (whose validation errors, if any, are `errorCount`): renders the visible
    /// format now, the others when they are shown.
    void showConfig(const CorsConfig &config, int errorCount);

    render::Format currentFormat() const;
    void setCurrentFormat(render::Format format);
    /// The text shown for `format` (the last good render), rendered first if it is stale.
    QString text(render::Format format);
    /// Whether the shown snippets are for the current configuration (it has no errors).
    bool isCurrent() const { return m_current; }

    QTabWidget *tabs() const { return m_tabs; }

public Q_SLOTS:
    /// Puts the current tab's snippet on the clipboard.
    void copyCurrent();

Q_SIGNALS:
    void exportCurrentRequested();
    void exportAllRequested();
    void statusMessage(const QString &message);

private:
    QTabWidget *m_tabs;
    QLabel *m_banner;
    QToolButton *m_copyButton;
    QToolButton *m_exportButton;
    QToolButton *m_exportAllButton;
    void renderIfStale(render::Format format);

    QMap<render::Format, QPlainTextEdit *> m_editors;
    QMap<render::Format, QString> m_texts; ///< what each editor shows
    CorsConfig m_config;                   ///< the last configuration without errors
    QSet<render::Format> m_stale;          ///< formats not yet rendered for m_config
    bool m_current = false;
};

} // namespace cors::gui
