// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace cors::test {

/// `unit` `count` times.
QByteArray repeated(const QByteArray &unit, int count);

/// "Resources: [a, a, ...]" with `nodes` scalars: small text, many yaml-cpp nodes.
QByteArray flatList(int nodes);

/// 20,000 resources that are aliases of one 10,000-entry mapping: 300 KB that would cost 2e8
/// lookups if the import walked every alias as if it were a copy.
QByteArray aliasAmplification();

/// The "billion laughs": nine levels of lists of ten aliases of the level below, used as
/// x-amazon-apigateway-cors lists in an OpenAPI document.
QByteArray billionLaughs();

/// A SAM template as real applications write them, with `functions` functions, each with a REST
/// and an HTTP API event, Globals and two APIs.
QByteArray largeSamTemplate(int functions);

} // namespace cors::test
