// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `--format sarif` of lint, check and scan: every log passes Microsoft's SARIF validator (with
// GitHub code scanning's rules), has one result per finding the JSON output prints, at the
// finding's position (file:line:column for lint, the URL for check and scan), with the level
// its severity maps to.
#include "io/projectfile.h"
#include "support/misconfiguredserver.h"
#include "support/processrun.h"
#include "support/rendercases.h"
#include "support/sarifvalidator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cors;

namespace {

ProcessRun corscfg(const QStringList &arguments)
{
    return runProcess(QStringLiteral(CORSCFG_PATH), arguments);
}

QString levelFor(const QString &severity)
{
    if (severity == u"high" || severity == u"error") {
        return u"error"_s;
    }
    if (severity == u"medium" || severity == u"warning") {
        return u"warning"_s;
    }
    return u"note"_s;
}

QJsonObject locationOf(const QJsonObject &result)
{
    return result.value(u"locations"_s)
        .toArray()
        .at(0)
        .toObject()
        .value(u"physicalLocation"_s)
        .toObject();
}

} // namespace

class TestSarif : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MisconfiguredServer m_server;
    int m_logs = 0;

    /// Saves the log, validates it and returns its one run.
    QJsonObject validRun(const QString &sarif)
    {
        const QString path = m_dir.filePath(u"log-%1.sarif"_s.arg(++m_logs));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(sarif.toUtf8()) < 0) {
            qFatal("cannot write %s", qPrintable(path));
        }
        file.close();
        const QStringList problems = sarifProblems(path);
        for (const QString &problem : problems) {
            qInfo("%s", qPrintable(problem));
        }
        if (!problems.isEmpty()) {
            return {};
        }
        const QJsonObject log = QJsonDocument::fromJson(sarif.toUtf8()).object();
        if (log.value(u"version"_s).toString() != u"2.1.0") {
            return {};
        }
        const QJsonObject run = log.value(u"runs"_s).toArray().at(0).toObject();
        const QJsonObject driver = run.value(u"tool"_s).toObject().value(u"driver"_s).toObject();
        if (driver.value(u"name"_s).toString() != u"corscfg" ||
            driver.value(u"version"_s).toString().isEmpty()) {
            return {};
        }
        return run;
    }

    /// Every result's rule exists, with help that carries the fix.
    static bool rulesExplainTheirResults(const QJsonObject &run)
    {
        const QJsonArray rules = run.value(u"tool"_s)
                                     .toObject()
                                     .value(u"driver"_s)
                                     .toObject()
                                     .value(u"rules"_s)
                                     .toArray();
        for (const QJsonValue &value : run.value(u"results"_s).toArray()) {
            const QJsonObject result = value.toObject();
            const QJsonObject rule = rules.at(result.value(u"ruleIndex"_s).toInt(-1)).toObject();
            if (rule.value(u"id"_s) != result.value(u"ruleId"_s) ||
                !rule.value(u"help"_s).toObject().value(u"text"_s).toString().contains(
                    u"Fix: "_s)) {
                qInfo("rule for %s", qPrintable(result.value(u"ruleId"_s).toString()));
                return false;
            }
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.listen());
        // Lint logs name the project file relative to where corscfg runs, as CI checkouts do.
        QVERIFY(QDir::setCurrent(m_dir.path()));
    }

    void lint_data()
    {
        QTest::addColumn<QString>("file");
        for (const auto &[name, config] : test::namedConfigurations()) {
            const QString file = name + u".cors.yaml"_s;
            QVERIFY(projectfile::write(config, m_dir.filePath(file)));
            QTest::newRow(qPrintable(name)) << file;
        }
        QFile broken(m_dir.filePath(u"broken.cors.yaml"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("version: 2\napiType: rest\nallowOrigins: [\n");
        QTest::newRow("unreadable YAML") << u"broken.cors.yaml"_s;
    }

    void lint()
    {
        QFETCH(QString, file);
        const ProcessRun sarif =
            corscfg({u"lint"_s, u"--config"_s, file, u"--format"_s, u"sarif"_s});
        const ProcessRun json = corscfg({u"lint"_s, u"--config"_s, file, u"--json"_s});
        QCOMPARE(sarif.exitCode, json.exitCode);
        const QJsonObject run = validRun(sarif.out);
        QVERIFY(!run.isEmpty());
        QVERIFY(rulesExplainTheirResults(run));
        const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
        const QJsonArray findings = report.contains(u"loadErrors"_s)
                                        ? report.value(u"loadErrors"_s).toArray()
                                        : report.value(u"findings"_s).toArray();
        const QJsonArray results = run.value(u"results"_s).toArray();
        QCOMPARE(results.size(), findings.size());
        for (qsizetype i = 0; i < results.size(); ++i) {
            const QJsonObject result = results[i].toObject();
            const QJsonObject finding = findings[i].toObject();
            const QJsonObject location = locationOf(result);
            QCOMPARE(location.value(u"artifactLocation"_s).toObject().value(u"uri"_s).toString(),
                     file);
            const QJsonObject region = location.value(u"region"_s).toObject();
            QCOMPARE(region.value(u"startLine"_s).toInt(), finding.value(u"line"_s).toInt());
            QCOMPARE(region.value(u"startColumn"_s).toInt(), finding.value(u"column"_s).toInt());
            if (finding.contains(u"id"_s)) {
                QCOMPARE(result.value(u"ruleId"_s).toString(), finding.value(u"id"_s).toString());
                QCOMPARE(result.value(u"level"_s).toString(),
                         levelFor(finding.value(u"severity"_s).toString()));
            }
        }
    }

    void check_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<int>("results");
        QTest::newRow("allowed") << u"clean"_s << 0;
        QTest::newRow("no CORS headers") << u"clean-none"_s << 1;
        QTest::newRow("a list in Allow-Origin") << u"invalid-list"_s << 1;
    }

    void check()
    {
        QFETCH(QString, endpoint);
        QFETCH(int, results);
        const QStringList arguments{u"check"_s, m_server.url(endpoint), u"--origin"_s,
                                    QString::fromLatin1(MisconfiguredServer::frontend)};
        const ProcessRun sarif = corscfg(arguments + QStringList{u"--format"_s, u"sarif"_s});
        const ProcessRun json = corscfg(arguments + QStringList{u"--json"_s});
        QCOMPARE(sarif.exitCode, json.exitCode);
        const QJsonObject run = validRun(sarif.out);
        QVERIFY(!run.isEmpty());
        QVERIFY(rulesExplainTheirResults(run));
        const QJsonObject verdict = QJsonDocument::fromJson(json.out.toUtf8()).object();
        const qsizetype expected = (verdict.value(u"error"_s).isObject() ? 1 : 0) +
                                   verdict.value(u"warnings"_s).toArray().size();
        QCOMPARE(expected, qsizetype(results));
        const QJsonArray logged = run.value(u"results"_s).toArray();
        QCOMPARE(logged.size(), expected);
        for (const QJsonValue &value : logged) {
            const QJsonObject location = locationOf(value.toObject());
            QCOMPARE(location.value(u"artifactLocation"_s).toObject().value(u"uri"_s).toString(),
                     m_server.url(endpoint));
        }
        if (verdict.value(u"error"_s).isObject()) {
            QCOMPARE(logged.at(0).toObject().value(u"ruleId"_s).toString(),
                     verdict.value(u"error"_s).toObject().value(u"code"_s).toString());
        }
    }

    void scan()
    {
        QStringList arguments{u"scan"_s, u"--origin"_s,
                              QString::fromLatin1(MisconfiguredServer::frontend)};
        for (const auto &[endpoint, classes] : MisconfiguredServer::endpoints()) {
            arguments.append(m_server.url(endpoint));
        }
        const ProcessRun sarif = corscfg(arguments + QStringList{u"--format"_s, u"sarif"_s});
        const ProcessRun json = corscfg(arguments + QStringList{u"--format"_s, u"json"_s});
        QCOMPARE(sarif.exitCode, 1);
        QCOMPARE(json.exitCode, 1);
        const QJsonObject run = validRun(sarif.out);
        QVERIFY(!run.isEmpty());
        QVERIFY(rulesExplainTheirResults(run));
        QList<QJsonObject> findings;
        for (const QJsonValue &target :
             QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"targets"_s).toArray()) {
            for (const QJsonValue &finding : target.toObject().value(u"findings"_s).toArray()) {
                QJsonObject withUrl = finding.toObject();
                withUrl.insert(u"url"_s, target.toObject().value(u"url"_s));
                findings.append(withUrl);
            }
        }
        const QJsonArray results = run.value(u"results"_s).toArray();
        QCOMPARE(results.size(), findings.size());
        QVERIFY(results.size() > 20);
        for (qsizetype i = 0; i < results.size(); ++i) {
            const QJsonObject result = results[i].toObject();
            const QJsonObject &finding = findings[i];
            QCOMPARE(result.value(u"ruleId"_s).toString(), finding.value(u"class"_s).toString());
            QCOMPARE(result.value(u"level"_s).toString(),
                     levelFor(finding.value(u"severity"_s).toString()));
            QCOMPARE(locationOf(result)
                         .value(u"artifactLocation"_s)
                         .toObject()
                         .value(u"uri"_s)
                         .toString(),
                     finding.value(u"url"_s).toString());
            QCOMPARE(result.value(u"properties"_s).toObject().value(u"status"_s).toInt(),
                     finding.value(u"status"_s).toInt());
            QVERIFY(finding.value(u"status"_s).toInt() >= 200);
        }
    }

    void jsonIsASynonym()
    {
        const QStringList lint{u"lint"_s, u"--config"_s, u"broken.cors.yaml"_s};
        QCOMPARE(corscfg(lint + QStringList{u"--json"_s}).out,
                 corscfg(lint + QStringList{u"--format"_s, u"json"_s}).out);
        const ProcessRun conflict =
            corscfg(lint + QStringList{u"--json"_s, u"--format"_s, u"sarif"_s});
        QCOMPARE(conflict.exitCode, 2);
        QVERIFY2(conflict.err.contains(u"--json"_s), qPrintable(conflict.err));
        const ProcessRun unknown = corscfg(lint + QStringList{u"--format"_s, u"xml"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(u"text, json, sarif"_s), qPrintable(unknown.err));
    }
};

QTEST_GUILESS_MAIN(TestSarif)
#include "tst_sarif.moc"
