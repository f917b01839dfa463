// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/expected.h"

#include <QByteArray>
#include <QString>

namespace cors {

/// Replaces `path` with `bytes` atomically (QSaveFile): the old file stays untouched unless every
/// byte of the new one was written. The error is the reason, without the path.
Expected<void> writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace cors
