// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "examplehint.h"

#include "verdictcolours.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace cors::gui {

ExampleHint::ExampleHint(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
{
    setAutoFillBackground(true);
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, noteBackground(tinted));
    tinted.setColor(QPalette::WindowText, tinted.color(QPalette::Text));
    setPalette(tinted);
    setAccessibleName(tr("Getting started"));
    m_text->setWordWrap(true);
    m_text->setText(tr("<b>This is AWS's least-privilege example</b> (one origin, "
                       "http://localhost:3000). Choose your API type, replace the origin with "
                       "your page's, add your routes, then copy the snippet on the right. "
                       "Help → User Guide (F1) explains the rest."));
    auto *close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Hide this hint"));
    close->setAccessibleName(tr("Hide this hint"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    connect(close, &QToolButton::clicked, this, [this] {
        m_dismissed = true;
        hide();
    });
}

void ExampleHint::update(bool example)
{
    if (!example) {
        m_dismissed = false; // the next example gets its hint again
    }
    setVisible(example && !m_dismissed);
}

} // namespace cors::gui
