// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "format.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace cors::render {

/// What a line of a rendered snippet is to CORS.
enum class CorsLine
{
    No,
    Line,  ///< a CORS setting or header on its own (AllowOrigins, Access-Control-…, Vary)
    Block, ///< opens a block that is all CORS: the line and every deeper-indented line after it
           ///< (Cors:, an OPTIONS method, a gateway response, cors_configuration { … })
};

/// Classifies one line of a `format` snippet as our renders write them.
CorsLine classifyCorsLine(Format format, QStringView line);

/// Follows a snippet line by line, as corsLines() and a syntax highlighter read it: whether each
/// line is CORS, given whether a CORS block is open (its state is one int, so a highlighter can
/// keep it per line).
class CorsLineTracker
{
public:
    explicit CorsLineTracker(int openIndent = -1)
        : m_openIndent(openIndent)
    {}
    /// Whether `line`, the next one, is CORS.
    bool next(Format format, QStringView line);
    /// The indentation of the open CORS block's first line, or -1.
    int openIndent() const { return m_openIndent; }

private:
    int m_openIndent;
};

/// A snippet reduced to what CORS needs, with its CORS lines marked: `cors` has one flag per
/// piece of `text` split at line breaks (as corsLines() has).
struct CorsOutline
{
    QString text;
    QList<bool> cors;
};

/// Marks the CORS lines of a whole snippet (markers and their blocks), for tinting.
QList<bool> corsLines(Format format, QStringView text);

/// The part to merge into an existing template, as the AWS console's CORS view shows it: the
/// CORS lines and blocks, the lines that enclose them (their parents by indentation, so each
/// stays at its place in the template, and their closing brackets), the comments right above
/// them, and one "…" comment line where lines were left out. Lambda handlers are returned whole:
/// every line of them serves CORS.
CorsOutline corsExcerpt(Format format, QStringView text);

} // namespace cors::render
