// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "advisor/findingsmodel.h"
#include "fixactions.h"
#include "model/field.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListView;
class QTimer;

namespace cors::gui {
class FixBar;
}
class QToolButton;

namespace cors::gui {

/// The advisor panel: every finding of validation and the advisor, what blocks the snippets
/// first, each with its fix under it, in the form's words. The selected one's one-click fixes
/// are buttons below (and in the context menu); activating one (double-click, Enter) asks to
/// focus the field at fault.
class AdvisorPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit AdvisorPanel(QWidget *parent = nullptr);

    /// Shows `findings` of `config`, whose one-click fixes `apply` applies.
    void setFindings(const CorsConfig &config, const Findings &findings);
    void setApplyFix(ApplyFix apply);
    advisor::FindingsModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    /// "Blocks the snippets: 1 · Fails in browsers: 1 · Warnings: 2 · Notes: 3".
    QString summary() const;
    /// The buttons applying the selected finding's fixes (for tests).
    QList<QToolButton *> fixButtons() const;

Q_SIGNALS:
    void findingActivated(cors::Field field, int entry);

private:
    void showDetails();
    void showFixes();
    void showContextMenu(const QPoint &at);

    advisor::FindingsModel *m_model;
    QListView *m_view;
    QLabel *m_summary;
    QLabel *m_details;
    FixBar *m_fixBar;
    CorsConfig m_config;
    QTimer *m_fixTimer; ///< fixes are worked out just after a burst of keystrokes, not in it
    ApplyFix m_apply;
};

} // namespace cors::gui
