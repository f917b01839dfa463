// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scanfinding.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace cors::scan {

QString findingClassKey(FindingClass kind)
{
    switch (kind) {
    case FindingClass::ReflectedOrigin:
        return u"reflected-origin"_s;
    case FindingClass::NullOrigin:
        return u"null-origin"_s;
    case FindingClass::PrefixMatch:
        return u"prefix-match"_s;
    case FindingClass::SuffixMatch:
        return u"suffix-match"_s;
    case FindingClass::UnescapedDot:
        return u"unescaped-dot"_s;
    case FindingClass::SubstringMatch:
        return u"substring-match"_s;
    case FindingClass::AnySubdomain:
        return u"any-subdomain"_s;
    case FindingClass::HttpOriginTrusted:
        return u"http-origin-trusted"_s;
    case FindingClass::ThirdPartyOrigin:
        return u"third-party-origin"_s;
    case FindingClass::SpecialCharacters:
        return u"special-characters"_s;
    case FindingClass::WildcardOrigin:
        return u"wildcard-origin"_s;
    case FindingClass::WildcardWithCredentials:
        return u"wildcard-with-credentials"_s;
    case FindingClass::InvalidAllowOrigin:
        return u"invalid-allow-origin"_s;
    case FindingClass::PreflightReflectsMethods:
        return u"preflight-reflects-methods"_s;
    case FindingClass::PreflightReflectsHeaders:
        return u"preflight-reflects-headers"_s;
    case FindingClass::WildcardPreflightWithCredentials:
        return u"wildcard-preflight-with-credentials"_s;
    case FindingClass::AuthorizationForAnyOrigin:
        return u"authorization-for-any-origin"_s;
    case FindingClass::MissingVary:
        return u"missing-vary"_s;
    case FindingClass::CachedOrigin:
        return u"cached-origin"_s;
    case FindingClass::NoCorsOnErrors:
        return u"no-cors-on-errors"_s;
    }
    return {};
}

const QList<FindingClass> &allFindingClasses()
{
    static const QList<FindingClass> all{
        FindingClass::ReflectedOrigin,
        FindingClass::NullOrigin,
        FindingClass::PrefixMatch,
        FindingClass::SuffixMatch,
        FindingClass::UnescapedDot,
        FindingClass::SubstringMatch,
        FindingClass::AnySubdomain,
        FindingClass::HttpOriginTrusted,
        FindingClass::ThirdPartyOrigin,
        FindingClass::SpecialCharacters,
        FindingClass::WildcardOrigin,
        FindingClass::WildcardWithCredentials,
        FindingClass::InvalidAllowOrigin,
        FindingClass::PreflightReflectsMethods,
        FindingClass::PreflightReflectsHeaders,
        FindingClass::WildcardPreflightWithCredentials,
        FindingClass::AuthorizationForAnyOrigin,
        FindingClass::MissingVary,
        FindingClass::CachedOrigin,
        FindingClass::NoCorsOnErrors,
    };
    return all;
}

std::optional<FindingClass> findingClassFromKey(QStringView key)
{
    for (const FindingClass kind : allFindingClasses()) {
        if (key == findingClassKey(kind)) {
            return kind;
        }
    }
    return std::nullopt;
}

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Low:
        return u"low"_s;
    case Severity::Medium:
        return u"medium"_s;
    case Severity::High:
        return u"high"_s;
    }
    return {};
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
