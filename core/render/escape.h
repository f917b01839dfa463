// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// Text helpers for the languages we write by hand. The literal functions each return a complete
// literal, quotes included, that means exactly `text` whatever it contains (YAML scalars are in
// yamlscalar.h, JSON strings in the document tree's writer).
namespace cors::render {

/// `count` spaces (at most 4,096: indentation and alignment), without allocating.
QStringView spaces(qsizetype count);

/// HCL (Terraform): "..." with \\ \" \n \r \t \uNNNN escapes, and template sequences "${" / "%{"
/// doubled so they stay literal.
QString hclString(const QString &text);
/// ["a", "b"] with hclString() entries.
QString hclList(const QStringList &items);

/// Apache Velocity 1.7 (API Gateway's mapping templates): a single-quoted string literal, which
/// Velocity never interpolates ($ and # stay text); a quote inside is doubled.
QString vtlString(const QString &text);

/// JavaScript: a double-quoted literal; controls, U+2028/U+2029 and non-ASCII as \u escapes.
QString jsString(const QString &text);
/// ["a", "b"] with jsString() entries.
QString jsArray(const QStringList &items);

/// Python 3: a double-quoted literal; controls as \xNN, other non-ASCII as \uNNNN / \UNNNNNNNN.
QString pythonString(const QString &text);
/// ["a", "b"] with pythonString() entries.
QString pythonList(const QStringList &items);

} // namespace cors::render
