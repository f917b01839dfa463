// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scanfinding.h"

#include "base/enumkeys.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace cors::scan {

/// In the order of FindingClass's values.
constexpr const char16_t *const findingClassKeys[] = {u"reflected-origin",
                                                      u"null-origin",
                                                      u"prefix-match",
                                                      u"suffix-match",
                                                      u"unescaped-dot",
                                                      u"substring-match",
                                                      u"any-subdomain",
                                                      u"http-origin-trusted",
                                                      u"third-party-origin",
                                                      u"special-characters",
                                                      u"wildcard-origin",
                                                      u"wildcard-with-credentials",
                                                      u"invalid-allow-origin",
                                                      u"preflight-reflects-methods",
                                                      u"preflight-reflects-headers",
                                                      u"wildcard-preflight-with-credentials",
                                                      u"authorization-for-any-origin",
                                                      u"missing-vary",
                                                      u"cached-origin",
                                                      u"no-cors-on-errors"};

QString findingClassKey(FindingClass kind)
{
    return keyOf(findingClassKeys, kind);
}

const QList<FindingClass> &allFindingClasses()
{
    static const QList<FindingClass> all = [] {
        QList<FindingClass> classes;
        for (std::size_t index = 0; index < std::size(findingClassKeys); ++index) {
            classes.append(FindingClass(index));
        }
        return classes;
    }();
    return all;
}

std::optional<FindingClass> findingClassFromKey(QStringView key)
{
    return valueOfKey<FindingClass>(findingClassKeys, key);
}

/// In the order of Severity's values.
constexpr const char16_t *const scanSeverityKeys[] = {u"low", u"medium", u"high"};

QString severityKey(Severity severity)
{
    return keyOf(scanSeverityKeys, severity);
}

QJsonObject findingToJson(const ScanFinding &finding)
{
    return {
        {u"class"_s, findingClassKey(finding.kind)},
        {u"severity"_s, severityKey(finding.severity)},
        {u"status"_s, finding.status},
        {u"origin"_s, QString::fromLatin1(finding.probeOrigin)},
        {u"alsoAccepted"_s, QJsonArray::fromStringList(finding.alsoAccepted)},
        {u"evidence"_s, QJsonArray::fromStringList(finding.evidence)},
        {u"explanation"_s, finding.explanation},
        {u"fix"_s, finding.fix},
    };
}

} // namespace cors::scan
