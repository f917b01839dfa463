// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixbar.h"

#include <QHBoxLayout>
#include <QToolButton>

namespace cors::gui {

FixBar::FixBar(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch();
    hide();
}

void FixBar::setFixes(const QList<advisor::QuickFix> &fixes)
{
    delete m_button;
    m_button = nullptr;
    if (!fixes.isEmpty()) {
        // The function is looked up when clicked: it may be set after the fixes.
        m_button = createFixButton(
            fixes,
            [this](const advisor::QuickFix &fix) {
                if (m_apply) {
                    m_apply(fix);
                }
            },
            this);
        static_cast<QHBoxLayout *>(layout())->insertWidget(0, m_button);
    }
    setVisible(m_button != nullptr);
}

QList<QToolButton *> FixBar::buttons() const
{
    return m_button != nullptr ? QList<QToolButton *>{m_button} : QList<QToolButton *>{};
}

} // namespace cors::gui
