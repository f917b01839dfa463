// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fetch/headerlist.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

/// One scripted cross-origin request for the browser comparison: what the page's fetch() sends
/// and how the server answers. Response scripts are "STATUS\nName: value..." where {origin} is
/// the page's origin, {next} the next hop on the same server and {other-next} the next hop on
/// a second, cross-origin server.
struct BrowserCase
{
    QString name;
    QByteArray method = "GET";
    QList<cors::fetch::Header> headers;
    bool credentials = false;
    std::optional<QByteArray> body;
    QByteArray preflight;     ///< the answer to every OPTIONS preflight
    QList<QByteArray> actual; ///< the answer for each hop of the actual request
};

/// The table: hand-written awkward cases plus a matrix of request kinds × server behaviours,
/// covering allowed and blocked outcomes in similar numbers.
QList<BrowserCase> browserCases();

/// The answer `browserCase` scripts for a request to hop `hop` (preflight or not), with the
/// placeholders filled in.
QByteArray scriptFor(const BrowserCase &browserCase, bool preflight, int hop,
                     const QByteArray &pageOrigin, const QByteArray &otherServerOrigin,
                     int caseIndex);

/// Parses a request target "/c/CASE/HOP" into its numbers; false for anything else.
bool parseCaseTarget(const QByteArray &target, int *caseIndex, int *hop);
