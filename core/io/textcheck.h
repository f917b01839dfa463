// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sourcemap.h"

#include <QByteArray>

namespace cors {

/// The offset of the first byte that is not part of well-formed UTF-8 (overlong forms,
/// surrogates and code points past U+10FFFF included), or -1 when all of it is UTF-8.
qsizetype firstInvalidUtf8(const QByteArray &bytes);

/// The 1-based line and column of a byte offset, for errors about raw bytes.
SourcePosition positionOfOffset(const QByteArray &bytes, qsizetype offset);

} // namespace cors
