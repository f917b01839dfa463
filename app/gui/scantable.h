// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scan/scanner.h"

class QTableWidget;
class QWidget;

namespace cors::gui {

/// A table for a scan's findings: severity, class, probe origin, status, evidence and fix, one
/// row per finding (the explanation as each row's tooltip), most severe first.
QTableWidget *createScanTable(QWidget *parent);
void fillScanTable(QTableWidget *table, const scan::TargetResult &result);

} // namespace cors::gui
