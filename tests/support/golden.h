// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace cors::test {

/// Compares `actual` with the golden file tests/data/`relativePath`. On a mismatch writes
/// `relativePath`.actual beside it and returns the message with `diff -u`; empty when equal.
/// With CORS_UPDATE_GOLDEN set, (re)writes the golden file instead.
QString compareWithGolden(const QString &relativePath, const QByteArray &actual);

} // namespace cors::test
