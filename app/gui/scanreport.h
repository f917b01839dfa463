// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scan/scanner.h"

namespace cors::gui {

/// A scan's one-line verdict, rich text: unreachable, clean, or how many findings of each
/// severity (the findings themselves go in the scan table).
QString scanVerdict(const scan::TargetResult &result);

} // namespace cors::gui
