// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

namespace cors::report {

/// SARIF 2.1.0 result levels (§3.27.10), from each command's own severities.
enum class SarifLevel
{
    Note,
    Warning,
    Error,
};

/// One kind of finding: a lint rule, a scan class, a CORS error of `check` (§3.49).
struct SarifRule
{
    QString id;      ///< the stable key scripts match on ("reflected-origin")
    QString summary; ///< shortDescription: one sentence
    QString help;    ///< fullDescription and the first part of help: what is wrong
    QString fix;     ///< the rest of help: what to do
    SarifLevel level = SarifLevel::Warning;
    /// GitHub code scanning's 0.0-10.0 score for security findings; negative for none.
    double securitySeverity = -1;
    QString helpUri;
};

/// Where a result was seen: a file position (lint) or a URL (check, scan).
struct SarifLocation
{
    QString uri;    ///< a relative path, an absolute file path, or an http(s) URL
    int line = 0;   ///< 1-based; 0 for the whole artifact (written as line 1)
    int column = 0; ///< 1-based; 0 when unknown
};

struct SarifResult
{
    QString ruleId;
    SarifLevel level = SarifLevel::Warning;
    QString message;
    SarifLocation location;
    QJsonObject properties; ///< extra data, e.g. the HTTP status
};

/// Writes one SARIF 2.1.0 log with one run as results come, so a scan of any size is never
/// held in memory: the tool and its rules first, then each result, then the invocation.
/// https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
class SarifWriter
{
public:
    SarifWriter(QTextStream &out, const QList<SarifRule> &rules);
    void add(const SarifResult &result);
    /// Closes the log. `successful` false says the tool stopped early (e.g. interrupted), with
    /// `note` saying why.
    void finish(bool successful, const QString &note = {});

    static QString levelKey(SarifLevel level);

private:
    QTextStream &m_out;
    QHash<QString, int> m_ruleIndex;
    int m_results = 0;
    bool m_finished = false;
};

} // namespace cors::report
