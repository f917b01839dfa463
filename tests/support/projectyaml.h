// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

/// A project file body with top-level keys replaced: every "key: value" line of `changes`
/// replaces the line of `base` with that key (or is appended). For table rows that state only
/// what differs from a base configuration.
QByteArray withChangedKeys(const QByteArray &base, const QByteArray &changes);
