// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "finding.h"

#include "base/enumkeys.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cors {

/// In the order of Severity's values.
constexpr const char16_t *const severityKeys[] = {u"note", u"warning", u"error"};

QString severityKey(Severity severity)
{
    return keyOf(severityKeys, severity);
}

bool hasErrors(const Findings &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const Finding &f) { return f.severity == Severity::Error; });
}

int blockingCount(const Findings &findings)
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [](const Finding &f) { return f.blocksRendering; }));
}

} // namespace cors
