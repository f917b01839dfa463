// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cors::scan {

/// The misconfigurations the scanner looks for. The keys (findingClassKey) are stable: scripts
/// match on them.
enum class FindingClass
{
    ReflectedOrigin,                  ///< any origin is echoed back
    NullOrigin,                       ///< Origin: null is trusted
    PrefixMatch,                      ///< https://TARGET.evil.test is trusted
    SuffixMatch,                      ///< https://evilTARGET is trusted
    UnescapedDot,                     ///< a '.' of the host matches any character
    SubstringMatch,                   ///< a part of the host is enough
    AnySubdomain,                     ///< every subdomain is trusted
    HttpOriginTrusted,                ///< an http:// origin is trusted by an https API
    ThirdPartyOrigin,                 ///< a code host anyone can publish on is trusted
    SpecialCharacters,                ///< TARGET_.evil.test and the like are trusted
    WildcardOrigin,                   ///< Access-Control-Allow-Origin: * for any origin
    WildcardWithCredentials,          ///< Access-Control-Allow-Origin: * with credentials
    InvalidAllowOrigin,               ///< a list, a pattern or several values
    PreflightReflectsMethods,         ///< Access-Control-Allow-Methods repeats whatever is asked
    PreflightReflectsHeaders,         ///< Access-Control-Allow-Headers repeats whatever is asked
    WildcardPreflightWithCredentials, ///< '*' methods or headers together with credentials
    AuthorizationForAnyOrigin,        ///< a foreign origin may send Authorization
    MissingVary,    ///< a dynamic Access-Control-Allow-Origin without Vary: Origin
    CachedOrigin,   ///< a cache serves one origin's Access-Control-Allow-Origin to another
    NoCorsOnErrors, ///< error responses lose the CORS headers
};

QString findingClassKey(FindingClass kind);
std::optional<FindingClass> findingClassFromKey(QStringView key);
const QList<FindingClass> &allFindingClasses();

enum class Severity
{
    Low,
    Medium,
    High,
};
QString severityKey(Severity severity);

struct ScanFinding
{
    FindingClass kind = FindingClass::ReflectedOrigin;
    Severity severity = Severity::Medium;
    int status = 0;           ///< the HTTP status of the response the finding was seen in
    QByteArray probeOrigin;   ///< the Origin the probe sent (empty when it sent none)
    QStringList alsoAccepted; ///< other probe origins of the same class that were trusted
    QStringList evidence;     ///< the response's status line and CORS header lines
    QString explanation;
    QString fix;
};

/// The finding as `corscfg scan --format json` prints it (class, severity, status, origin,
/// alsoAccepted, evidence, explanation, fix); SARIF results carry the same as properties.
QJsonObject findingToJson(const ScanFinding &finding);

} // namespace cors::scan
