// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QString>

#include <functional>

/// Opens `url` in Debian's headless Chromium (or $CORS_CHROMIUM) with a fresh profile and keeps
/// the event loop running, so the test's loopback servers can answer, until `done()` is true,
/// Chromium exits or `timeoutMs` passes; then kills Chromium's whole process group. Returns an
/// empty string on success, otherwise why not (Chromium's last output included).
QString runHeadlessChromium(const QString &url, const std::function<bool()> &done,
                            int timeoutMs = 240000);

/// A page that runs fetch() for each case in `cases`, one after another — each case an object
/// {url, method, headers: [[name, value], ...], credentials: bool, body: string or null} — POSTs
/// each outcome ({ok: true, status, headers: [[name, value], ...]} or {ok: false, error}) to
/// /result/INDEX on its own origin and finally POSTs /done.
QString fetchCasesPage(const QJsonArray &cases);
