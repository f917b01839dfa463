// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fetch/flow.h"

#include <QWidget>

#include <optional>

namespace cors::gui {

/// The six steps of the CORS flow as a sequence diagram: client, browser and server lanes,
/// arrows 1–6 between them, each coloured and labelled by its state (passed, failed, skipped,
/// not needed). Click or use the arrow keys to select a step.
class FlowDiagram final : public QWidget
{
    Q_OBJECT

public:
    explicit FlowDiagram(QWidget *parent = nullptr);

    /// Shows a result; nullopt shows the flow with nothing run yet.
    void setResult(const std::optional<fetch::FlowResult> &result);
    int selectedStep() const { return m_selected; }
    void setSelectedStep(int step);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void stepSelected(int step);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    int rowHeight() const;
    int headerHeight() const;
    QRect rowRect(int step) const;
    QColor stateColour(fetch::StepState state) const;
    QString stepLabel(int step) const;

    std::optional<fetch::FlowResult> m_result;
    int m_selected = -1;
};

} // namespace cors::gui
