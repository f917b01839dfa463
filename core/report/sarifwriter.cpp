// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sarifwriter.h"

#include "base/enumkeys.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace cors::report {

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/// §3.49.7: a rule's friendly name, one Pascal-case word: "wildcard-origin" → WildcardOrigin.
QString friendlyName(const QString &id)
{
    QString name;
    bool upper = true;
    for (const QChar c : id) {
        if (!c.isLetterOrNumber()) {
            upper = true;
            continue;
        }
        name += upper ? c.toUpper() : c.toLower();
        upper = false;
    }
    return name;
}

QJsonObject ruleJson(const SarifRule &rule)
{
    QJsonObject properties{{u"tags"_s, QJsonArray{u"cors"_s}}};
    if (rule.securitySeverity >= 0) {
        properties.insert(u"security-severity"_s, QString::number(rule.securitySeverity, 'f', 1));
        properties.insert(u"tags"_s, QJsonArray{u"cors"_s, u"security"_s});
    }
    QJsonObject json{
        {u"id"_s, rule.id},
        {u"shortDescription"_s, QJsonObject{{u"text"_s, rule.summary}}},
        {u"fullDescription"_s, QJsonObject{{u"text"_s, rule.help}}},
        {u"help"_s,
         QJsonObject{{u"text"_s, QString(rule.help + u"\nFix: "_s + rule.fix)},
                     {u"markdown"_s, QString(rule.help + u"\n\n**Fix:** "_s + rule.fix)}}},
        {u"defaultConfiguration"_s, QJsonObject{{u"level"_s, SarifWriter::levelKey(rule.level)}}},
        {u"properties"_s, properties},
    };
    // SARIF1001: a name equal to the id ("MissingAllowOriginHeader") says nothing more.
    if (const QString name = friendlyName(rule.id);
        name.compare(rule.id, Qt::CaseInsensitive) != 0) {
        json.insert(u"name"_s, name);
    }
    if (!rule.helpUri.isEmpty()) {
        json.insert(u"helpUri"_s, rule.helpUri);
    }
    return json;
}

/// §3.4: artifact locations are URIs; a relative path is resolved against %SRCROOT%, the
/// repository root GitHub code scanning maps it to.
QJsonObject artifactLocation(const QString &uri)
{
    const QUrl url(uri);
    if (url.scheme() == u"http" || url.scheme() == u"https") {
        return {{u"uri"_s, QString::fromLatin1(url.toEncoded())}};
    }
    const QString path = QDir::fromNativeSeparators(uri);
    if (QDir::isAbsolutePath(path)) {
        return {{u"uri"_s, QString::fromLatin1(QUrl::fromLocalFile(path).toEncoded())}};
    }
    return {{u"uri"_s, QString::fromLatin1(QUrl::toPercentEncoding(QDir::cleanPath(path), "/"))},
            {u"uriBaseId"_s, u"%SRCROOT%"_s}};
}

QJsonObject locationJson(const SarifLocation &location)
{
    // A URL has no lines: the result is about the whole response, which GitHub code scanning
    // (validator rule SARIF2017) wants said as a region that starts at line 1.
    QJsonObject region{{u"startLine"_s, std::max(1, location.line)}};
    if (location.column > 0) {
        region.insert(u"startColumn"_s, location.column);
    }
    return {
        {u"physicalLocation"_s, QJsonObject{{u"artifactLocation"_s, artifactLocation(location.uri)},
                                            {u"region"_s, region}}}};
}

} // namespace

/// In the order of SarifLevel's values.
constexpr const char16_t *const levelKeys[] = {u"note", u"warning", u"error"};

QString SarifWriter::levelKey(SarifLevel level)
{
    return keyOf(levelKeys, level);
}

SarifWriter::SarifWriter(QTextStream &out, const QList<SarifRule> &rules)
    : m_out(out)
{
    QJsonArray ruleArray;
    for (const SarifRule &rule : rules) {
        m_ruleIndex.insert(rule.id, int(ruleArray.size()));
        ruleArray.append(ruleJson(rule));
    }
    const QJsonObject driver{
        {u"name"_s, u"corscfg"_s},
        {u"fullName"_s, u"CORS Configurator"_s},
        {u"version"_s, QStringLiteral(CORS_VERSION)},
        {u"semanticVersion"_s, QStringLiteral(CORS_VERSION)},
        {u"informationUri"_s, u"https://github.com/cors-configurator/cors-configurator"_s},
        {u"rules"_s, ruleArray},
    };
    m_out << u"{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\","
             u"\"version\":\"2.1.0\",\"runs\":[{\"tool\":"_s
          << compact(QJsonObject{{u"driver"_s, driver}})
          << u",\"originalUriBaseIds\":{\"%SRCROOT%\":{\"description\":{\"text\":"
             u"\"The directory corscfg ran in.\"}}},\"results\":[\n"_s;
}

void SarifWriter::add(const SarifResult &result)
{
    QJsonObject json{
        {u"ruleId"_s, result.ruleId},
        {u"level"_s, levelKey(result.level)},
        {u"message"_s, QJsonObject{{u"text"_s, result.message}}},
        {u"locations"_s, QJsonArray{locationJson(result.location)}},
    };
    if (const auto index = m_ruleIndex.constFind(result.ruleId); index != m_ruleIndex.cend()) {
        json.insert(u"ruleIndex"_s, *index);
    }
    if (!result.properties.isEmpty()) {
        json.insert(u"properties"_s, result.properties);
    }
    m_out << (m_results++ > 0 ? u",\n"_s : QString()) << compact(json);
}

void SarifWriter::finish(bool successful, const QString &note)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    QJsonObject invocation{{u"executionSuccessful"_s, successful}};
    if (!note.isEmpty()) {
        invocation.insert(u"toolExecutionNotifications"_s,
                          QJsonArray{QJsonObject{{u"level"_s, u"warning"_s},
                                                 {u"message"_s, QJsonObject{{u"text"_s, note}}}}});
    }
    m_out << u"\n],\"invocations\":["_s << compact(invocation) << u"]}]}\n"_s;
    m_out.flush();
}

} // namespace cors::report
