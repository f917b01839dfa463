// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fetch/headerlist.h"

/// Header lines written in tests as "Name: value" separated by '\n'. Values keep their
/// whitespace unless `trimValues`, so tests can check that the code under test normalizes.
cors::fetch::HeaderList parseHeaderText(const QByteArray &text, bool trimValues);
