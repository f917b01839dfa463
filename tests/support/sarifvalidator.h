// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

/// Microsoft's SARIF validator (`@microsoft/sarif-multitool validate`, pinned in
/// tests/validators): the errors and warnings it reports for the log at `path`, with the SARIF
/// and GitHub code scanning rules on. Empty when the log is valid; a single line saying so when
/// the validator cannot run.
QStringList sarifProblems(const QString &path);
