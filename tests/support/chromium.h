// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

/// Opens `url` in Debian's headless Chromium (or $CORS_CHROMIUM) with a fresh profile and keeps
/// the event loop running, so the test's loopback servers can answer, until `done()` is true,
/// Chromium exits or `timeoutMs` passes; then kills Chromium's whole process group. Returns an
/// empty string on success, otherwise why not (Chromium's last output included).
QString runHeadlessChromium(const QString &url, const std::function<bool()> &done,
                            int timeoutMs = 240000);
