// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowdiagram.h"

#include "verdictcolours.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <array>

using namespace Qt::StringLiterals;

namespace cors::gui {

namespace {

enum Lane
{
    ClientLane,
    BrowserLane,
    ServerLane,
};

/// Which lanes each step's arrow joins, in step order.
constexpr std::array<std::pair<Lane, Lane>, fetch::stepCount> arrows{{
    {ClientLane, BrowserLane},
    {BrowserLane, ServerLane},
    {ServerLane, BrowserLane},
    {BrowserLane, ServerLane},
    {ServerLane, BrowserLane},
    {BrowserLane, ClientLane},
}};

} // namespace

FlowDiagram::FlowDiagram(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("CORS flow diagram"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setResult(std::nullopt);
}

void FlowDiagram::setResult(const std::optional<fetch::FlowResult> &result)
{
    m_result = result;
    QStringList description;
    for (int step = 0; step < fetch::stepCount; ++step) {
        description.append(stepLabel(step));
    }
    setAccessibleDescription(description.join(u"; "_s));
    update();
}

void FlowDiagram::setSelectedStep(int step)
{
    step = std::clamp(step, -1, fetch::stepCount - 1);
    if (step == m_selected) {
        return;
    }
    m_selected = step;
    update();
    Q_EMIT stepSelected(step);
}

QSize FlowDiagram::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 80, headerHeight() + rowHeight() * fetch::stepCount};
}

QSize FlowDiagram::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 50, headerHeight() + rowHeight() * fetch::stepCount};
}

int FlowDiagram::rowHeight() const
{
    return fontMetrics().height() * 2 + 12;
}

int FlowDiagram::headerHeight() const
{
    return fontMetrics().height() + 16;
}

QRect FlowDiagram::rowRect(int step) const
{
    return {0, headerHeight() + step * rowHeight(), width(), rowHeight()};
}

QColor FlowDiagram::stateColour(fetch::StepState state) const
{
    switch (state) {
    case fetch::StepState::Passed:
        return passedColour(palette());
    case fetch::StepState::Failed:
        return failedColour(palette());
    case fetch::StepState::Skipped:
    case fetch::StepState::NotNeeded:
        return palette().color(QPalette::Disabled, QPalette::WindowText);
    }
    return palette().color(QPalette::WindowText);
}

QString FlowDiagram::stepLabel(int step) const
{
    const auto kind = static_cast<fetch::StepKind>(step);
    const QString title = u"%1. %2"_s.arg(step + 1).arg(fetch::stepTitle(kind));
    if (!m_result) {
        return title;
    }
    return u"%1 — %2"_s.arg(title, fetch::stepStateName(m_result->step(kind).state));
}

void FlowDiagram::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));

    const std::array<QString, 3> laneNames{tr("Client (page script)"), tr("Browser"),
                                           tr("Server (API Gateway)")};
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    // The outer lanes sit far enough in for their headings to fit.
    const int margin = std::max(boldMetrics.horizontalAdvance(laneNames[ClientLane]),
                                boldMetrics.horizontalAdvance(laneNames[ServerLane])) /
                           2 +
                       8;
    const std::array<int, 3> laneX{margin, width() / 2, width() - margin};
    const int bottom = headerHeight() + rowHeight() * fetch::stepCount;

    // Lanes: a heading and a dashed lifeline each.
    painter.setFont(bold);
    for (std::size_t lane = 0; lane < laneX.size(); ++lane) {
        const QRect heading(laneX[lane] - margin, 4, margin * 2, headerHeight() - 8);
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(heading, Qt::AlignCenter | Qt::TextDontClip, laneNames[lane]);
        painter.setPen(QPen(pal.color(QPalette::Mid), 1, Qt::DashLine));
        painter.drawLine(laneX[lane], headerHeight(), laneX[lane], bottom);
    }
    painter.setFont(font());

    for (int step = 0; step < fetch::stepCount; ++step) {
        const QRect row = rowRect(step);
        const auto kind = static_cast<fetch::StepKind>(step);
        // Before any check every arrow is drawn plain.
        const bool ran = m_result.has_value();
        const fetch::StepState state =
            ran ? m_result->step(kind).state : fetch::StepState::NotNeeded;
        if (step == m_selected) {
            QColor highlight = pal.color(QPalette::Highlight);
            highlight.setAlphaF(0.18F);
            painter.fillRect(row.adjusted(2, 1, -2, -1), highlight);
            if (hasFocus()) {
                painter.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
                painter.drawRect(row.adjusted(2, 1, -3, -2));
            }
        }
        const QColor colour = ran ? stateColour(state) : pal.color(QPalette::Text);
        Qt::PenStyle style = Qt::SolidLine;
        if (ran && state == fetch::StepState::Skipped) {
            style = Qt::DashLine;
        } else if (ran && state == fetch::StepState::NotNeeded) {
            style = Qt::DotLine;
        }
        const int from = laneX[arrows[std::size_t(step)].first];
        const int to = laneX[arrows[std::size_t(step)].second];
        const int y = row.top() + row.height() * 2 / 3;
        const bool strong =
            ran && (state == fetch::StepState::Passed || state == fetch::StepState::Failed);
        painter.setPen(QPen(colour, strong ? 2.5 : 1.5, style, Qt::RoundCap));
        painter.drawLine(from, y, to, y);
        // Arrow head.
        const int direction = to > from ? -1 : 1;
        const int head = 8;
        QPainterPath path;
        path.moveTo(to, y);
        path.lineTo(to + direction * head, y - head / 2);
        path.lineTo(to + direction * head, y + head / 2);
        path.closeSubpath();
        painter.fillPath(path, colour);

        // The label over the arrow, with a symbol so the state does not depend on colour.
        QString symbol;
        if (ran && state == fetch::StepState::Passed) {
            symbol = u"✓ "_s;
        } else if (ran && state == fetch::StepState::Failed) {
            symbol = u"✗ "_s;
        }
        const QRect labelRect(std::min(from, to) + 4, row.top() + 2, std::abs(to - from) - 8,
                              y - row.top() - 4);
        painter.setPen(colour);
        if (strong) {
            painter.setFont(bold);
        }
        painter.drawText(labelRect, Qt::AlignCenter | Qt::TextDontClip,
                         fontMetrics().elidedText(symbol + stepLabel(step), Qt::ElideRight,
                                                  std::max(0, labelRect.width())));
        painter.setFont(font());
    }
}

void FlowDiagram::mousePressEvent(QMouseEvent *event)
{
    for (int step = 0; step < fetch::stepCount; ++step) {
        if (rowRect(step).contains(event->position().toPoint())) {
            setSelectedStep(step);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

void FlowDiagram::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
        setSelectedStep(std::max(0, m_selected - 1));
        return;
    case Qt::Key_Down:
        setSelectedStep(std::min(fetch::stepCount - 1, m_selected + 1));
        return;
    case Qt::Key_Home:
        setSelectedStep(0);
        return;
    case Qt::Key_End:
        setSelectedStep(fetch::stepCount - 1);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace cors::gui
