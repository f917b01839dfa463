// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "advisor/quickfix.h"

#include <functional>

class QMenu;
class QToolButton;
class QWidget;

namespace cors::gui {

using ApplyFix = std::function<void(const advisor::QuickFix &fix)>;

/// Adds to `menu`, for each finding about `field` and `entry` (-1: the field as a whole) with a
/// one-click fix, the finding's message (as a heading) and an action per fix. Returns how many
/// fixes it added. The same fixes the advisor panel and the tester offer.
int addFixActions(QMenu *menu, const CorsConfig &config, const Findings &findings, Field field,
                  int entry, const ApplyFix &apply);

/// One button for a finding's fixes: the first applies with a click, the others are in its
/// menu. Long labels are elided (the tooltip has them whole), so the button fits narrow panes.
QToolButton *createFixButton(const QList<advisor::QuickFix> &fixes, const ApplyFix &apply,
                             QWidget *parent);

} // namespace cors::gui
