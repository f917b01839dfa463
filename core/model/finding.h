// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "field.h"

#include <QList>
#include <QString>

namespace cors {

enum class Severity
{
    Info,
    Warning,
    Error,
};

/// "error", "warning", "note": the words compilers use, so editors and CI parse our output.
QString severityKey(Severity severity);

/// One thing validation found: where (field and, for lists, the entry), how bad, what and how to
/// fix it. `rule` is a stable identifier (e.g. "origin-default-port") for tests, filters and docs.
struct Finding
{
    QString rule;
    Field field = Field::ApiType;
    /// Entry within a list field, or -1 when the finding is about the field as a whole.
    int index = -1;
    Severity severity = Severity::Error;
    QString message;
    QString fix;
    /// Where the behaviour is documented (AWS page title or Fetch standard section); the
    /// advisor always sets it, validation may leave it empty.
    QString source = {};
    /// Whether the snippets cannot be rendered while it stands: validation's errors (the API
    /// would not deploy). The advisor's errors render and deploy, but browsers will fail; the
    /// GUI and `corscfg lint` show the two apart.
    bool blocksRendering = false;

    friend bool operator==(const Finding &, const Finding &) = default;
};

using Findings = QList<Finding>;

bool hasErrors(const Findings &findings);
/// How many findings block rendering (Finding::blocksRendering).
int blockingCount(const Findings &findings);

} // namespace cors
