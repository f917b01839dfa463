// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

namespace cors {

/// 'value': how every message quotes what a person wrote or a server sent.
QString quoted(const QString &value);
/// The same for bytes off the wire (header names and values), read as Latin-1.
QString quoted(const QByteArray &bytes);
/// 'a', 'b', 'c'
QString quotedList(const QList<QByteArray> &items);

} // namespace cors
