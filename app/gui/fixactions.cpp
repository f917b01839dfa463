// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixactions.h"

#include "appicons.h"
#include "findingmarks.h"

#include <QFontMetrics>
#include <QMenu>

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

} // namespace cors::gui
