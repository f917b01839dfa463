// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fixactions.h"

#include <QWidget>

class QToolButton;

namespace cors::gui {

/// A row with the one-click fix button of a finding or a verdict (createFixButton()), hidden
/// when there is nothing to fix. The advisor panel and the tester's verdict both use it.
class FixBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FixBar(QWidget *parent = nullptr);

    void setApplyFix(ApplyFix apply) { m_apply = std::move(apply); }
    /// Shows a button for `fixes`, or hides the row when there are none.
    void setFixes(const QList<advisor::QuickFix> &fixes);
    /// The fix button, or none (for tests).
    QList<QToolButton *> buttons() const;

private:
    QToolButton *m_button = nullptr;
    ApplyFix m_apply;
};

} // namespace cors::gui
