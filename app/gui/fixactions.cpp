// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixactions.h"

#include "appicons.h"
#include "findingmarks.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QMenu>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace cors::gui {

int addFixActions(QMenu *menu, const CorsConfig &config, const Findings &findings, Field field,
                  int entry, const ApplyFix &apply)
{
    int added = 0;
    for (const Finding &finding : findings) {
        if (finding.field != field || finding.index != entry) {
            continue;
        }
        const QList<advisor::QuickFix> fixes = advisor::quickFixes(config, finding);
        if (fixes.isEmpty()) {
            continue;
        }
        if (added == 0 && !menu->isEmpty()) {
            menu->addSeparator();
        }
        // The finding heads its fixes, shortened to a menu's width.
        const QString message =
            QFontMetrics(menu->font()).elidedText(formText(finding.message), Qt::ElideRight, 420);
        menu->addSection(findingIcon(finding), message);
        for (const advisor::QuickFix &fix : fixes) {
            QAction *action = menu->addAction(appIcon(u"quick-fix"_s), fix.label);
            QObject::connect(action, &QAction::triggered, menu, [apply, fix] { apply(fix); });
            ++added;
        }
    }
    return added;
}

QToolButton *createFixButton(const QList<advisor::QuickFix> &fixes, const ApplyFix &apply,
                             QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setIcon(appIcon(u"quick-fix"_s));
    const auto label = [button](const advisor::QuickFix &fix) {
        return QFontMetrics(button->font())
            .elidedText(QCoreApplication::translate("FixActions", "Apply: %1").arg(fix.label),
                        Qt::ElideMiddle, 300);
    };
    QStringList whole;
    for (const advisor::QuickFix &fix : fixes) {
        whole.append(fix.label);
    }
    button->setText(label(fixes.first()));
    button->setAccessibleName(button->text());
    button->setToolTip(
        QCoreApplication::translate("FixActions", "%1 — one step; Edit → Undo takes it back.")
            .arg(whole.join(u" · "_s)));
    const advisor::QuickFix first = fixes.first();
    QObject::connect(button, &QToolButton::clicked, button, [apply, first] { apply(first); });
    if (fixes.size() > 1) {
        auto *menu = new QMenu(button);
        for (const advisor::QuickFix &fix : fixes) {
            QAction *action = menu->addAction(appIcon(u"quick-fix"_s), fix.label);
            QObject::connect(action, &QAction::triggered, button, [apply, fix] { apply(fix); });
        }
        button->setMenu(menu);
        button->setPopupMode(QToolButton::MenuButtonPopup);
    }
    return button;
}

} // namespace cors::gui
