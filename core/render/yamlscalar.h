// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How the document tree writes a string in YAML: plain when every YAML 1.1 and 1.2 reader takes
// it for that very string, double-quoted (YAML 1.2 §7.3.1, escapes from §5.7) otherwise.

#include <QString>

namespace cors::render::yaml {

/// Whether a YAML 1.1 or 1.2 reader could take this text for something other than a string (a
/// number, boolean, null, date...).
bool looksLikeNonString(const QString &text);

/// `text` as a YAML scalar in block context: as it is when that is safe (printable ASCII, no
/// indicator at the start, no ": " or " #" inside, not a number, boolean or null), else in double
/// quotes with every character that needs it escaped.
QString scalar(const QString &text);

/// Whether `text` reads back the same from a literal block scalar ("|", clip chomping): two or
/// more lines of printable ASCII ending in exactly one line break, no line starting with a
/// space (the first would set the indentation) or ending in one (editors strip those).
bool isLiteralBlockSafe(const QString &text);

} // namespace cors::render::yaml
