// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scan/scanner.h"

namespace cors::gui {

/// A scan result as the tester tab shows it: a one-line verdict and the findings in detail
/// (severity, class, probe origin, explanation, evidence, fix), both rich text.
struct ScanReport
{
    QString verdict;
    QString details;
};

ScanReport scanReport(const scan::TargetResult &result);

} // namespace cors::gui
