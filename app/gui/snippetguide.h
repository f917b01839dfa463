// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/corsconfig.h"
#include "render/format.h"

#include <QString>

namespace cors::gui {

/// The paragraph above a snippet: what it is, which file or section it goes into, what to merge
/// into an existing API, and how it deploys. Rich text.
QString snippetGuide(render::Format format, ApiType apiType);

} // namespace cors::gui
