// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "verdictbar.h"

#include "fixbar.h"
#include "verdictcolours.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cors::gui {

VerdictBar::VerdictBar(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_fixBar(new FixBar(this))
{
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setAccessibleName(tr("Verdict"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_fixBar);
}

void VerdictBar::showVerdict(const advisor::CheckVerdict &verdict, const QString &errorKey)
{
    using advisor::CheckOutcome;
    QColor colour;
    switch (verdict.outcome) {
    case CheckOutcome::Allowed:
        colour = passedColour(palette());
        break;
    case CheckOutcome::ApiRefused:
        colour = cautionColour(palette());
        break;
    case CheckOutcome::BlockedAsConfigured:
        colour = palette().color(QPalette::WindowText);
        break;
    case CheckOutcome::Blocked:
    case CheckOutcome::NoResponse:
        colour = failedColour(palette());
        break;
    }
    QString html =
        u"<b style='color:%1'>%2</b>"_s.arg(colour.name(), verdict.headline.toHtmlEscaped());
    if (!errorKey.isEmpty()) {
        html += u" <code>%1</code>"_s.arg(errorKey.toHtmlEscaped());
    }
    if (!verdict.explanation.isEmpty()) {
        html += u"<br>"_s + verdict.explanation.toHtmlEscaped();
    }
    if (!verdict.fix.isEmpty()) {
        html += u"<br><i>%1</i> %2"_s.arg(tr("Fix:"), verdict.fix.toHtmlEscaped());
    }
    m_label->setText(html);
    m_fixBar->setFixes(verdict.fixes);
}

void VerdictBar::setApplyFix(ApplyFix apply)
{
    m_fixBar->setApplyFix(std::move(apply));
}

QList<QToolButton *> VerdictBar::fixButtons() const
{
    return m_fixBar->buttons();
}

QString VerdictBar::outcomeWord(advisor::CheckOutcome outcome, int status)
{
    switch (outcome) {
    case advisor::CheckOutcome::Allowed:
        return tr("allowed");
    case advisor::CheckOutcome::ApiRefused:
        return tr("CORS passed, API answered %1").arg(status);
    case advisor::CheckOutcome::BlockedAsConfigured:
        return tr("blocked as configured");
    case advisor::CheckOutcome::Blocked:
        return tr("blocked");
    case advisor::CheckOutcome::NoResponse:
        return tr("no response");
    }
    return {};
}

void VerdictBar::showText(const QString &html)
{
    m_label->setText(html);
    m_fixBar->setFixes({});
}

} // namespace cors::gui
