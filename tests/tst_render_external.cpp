// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Every snippet checked by tools we did not write: AWS's CloudFormation validator, the SAM and
// AWS provider schemas, swagger-parser, Spectral, node, tsc, python3 and pyflakes3 (see
// tests/validators). The property test feeds them thousands of random configurations.
#include "model/validator.h"
#include "support/rendercases.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cors;

namespace {

struct ToolRun
{
    int exitCode = -1;
    QString output;
};

ToolRun runChecker(const QString &script, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"node"_s, QStringList{test::validatorsDir() + u'/' + script} + arguments);
    if (!process.waitForStarted(30000)) {
        return {-1, u"node did not start: "_s + process.errorString()};
    }
    process.waitForFinished(40 * 60 * 1000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

QString firstLines(const QString &text, int lines)
{
    QStringList all = text.split(u'\n');
    if (all.size() > lines) {
        const qsizetype more = all.size() - lines;
        all = all.mid(0, lines);
        all.append(u"... (%1 more lines)"_s.arg(more));
    }
    return all.join(u'\n');
}

/// The files of each kind in a set of case directories.
struct CaseFiles
{
    QStringList dirs, templates, sam, terraform, openapi;

    void add(const QString &dir)
    {
        const QDir d(dir);
        dirs << dir;
        templates << d.filePath(u"template.yaml"_s) << d.filePath(u"cloudformation.yaml"_s);
        sam << d.filePath(u"template.yaml"_s);
        terraform << d.filePath(u"cors.tf"_s);
        openapi << d.filePath(u"openapi.yaml"_s) << d.filePath(u"swagger.json"_s);
    }
};

void checkAll(const CaseFiles &files)
{
    const QList<std::pair<QString, QStringList>> checkers{
        {u"check-cloudformation.mjs"_s, files.templates},
        {u"check-sam-spec.mjs"_s, files.sam},
        {u"check-terraform.mjs"_s, files.terraform},
        {u"check-openapi.mjs"_s, files.openapi},
        {u"check-lambdas.mjs"_s, files.dirs},
    };
    QStringList failures;
    for (const auto &[script, arguments] : checkers) {
        const ToolRun run = runChecker(script, arguments);
        qInfo().noquote() << script << "->" << run.output.trimmed().split(u'\n').last();
        if (run.exitCode != 0) {
            failures << u"%1 (exit %2):\n%3"_s.arg(script)
                            .arg(run.exitCode)
                            .arg(firstLines(run.output, 60));
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"\n\n"_s)));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestRenderExternal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(test::validatorsInstalled(),
                 qPrintable(u"the validators in %1 are not installed; run .ci/install-deps"_s.arg(
                     test::validatorsDir())));
        QVERIFY(m_dir.isValid());
    }

    // Each checker must reject a snippet with a known mistake, or its passing means nothing.
    void checkersRejectBrokenSnippets_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addRow("cloudformation: misspelt property")
            << u"check-cloudformation.mjs"_s << u"cloudformation.yaml"_s
            << QByteArray("HttpMethod:") << QByteArray("HttpMetod:");
        QTest::addRow("sam: wrong type")
            << u"check-sam-spec.mjs"_s << u"template.yaml"_s << QByteArray("AllowCredentials: true")
            << QByteArray("AllowCredentials: maybe");
        QTest::addRow("terraform: unknown argument")
            << u"check-terraform.mjs"_s << u"cors.tf"_s << QByteArray("content_handling")
            << QByteArray("content_handlin");
        QTest::addRow("openapi: undeclared parameter")
            << u"check-openapi.mjs"_s << u"openapi.yaml"_s << QByteArray("  /{proxy+}:")
            << QByteArray("  /{id}:");
        QTest::addRow("lambda: missing Vary")
            << u"check-lambdas.mjs"_s << u"handler.mjs"_s
            << QByteArray("headers[\"Vary\"] = \"Origin\";") << QByteArray();
        QTest::addRow("lambda: python credentials")
            << u"check-lambdas.mjs"_s << u"handler.py"_s << QByteArray("= \"true\"")
            << QByteArray("= \"yes\"");
        QTest::addRow("lambda: python syntax")
            << u"check-lambdas.mjs"_s << u"handler.py"_s << QByteArray("import json")
            << QByteArray("import json(");
    }
    void checkersRejectBrokenSnippets()
    {
        QFETCH(QString, script);
        QFETCH(QString, fileName);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);

        const QString dir = m_dir.filePath(
            u"broken-"_s +
            QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-').remove(u':'));
        QVERIFY(test::writeCase(dir, test::namedConfigurations().at(1).second));
        const QString path = QDir(dir).filePath(fileName);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray text = file.readAll();
        file.close();
        QVERIFY2(text.contains(from), from.constData());
        writeFile(path, text.replace(from, to));

        const QStringList argument{script == u"check-lambdas.mjs"_s ? dir : path};
        const ToolRun run = runChecker(script, argument);
        QVERIFY2(run.exitCode == 1, qPrintable(run.output));
    }

    void namedConfigurations()
    {
        CaseFiles files;
        for (const auto &[name, config] : test::namedConfigurations()) {
            QVERIFY(validate(config).isEmpty() || !hasErrors(validate(config)));
            const QString dir = m_dir.filePath(u"named/"_s + name);
            QVERIFY(test::writeCase(dir, config));
            files.add(dir);
        }
        checkAll(files);
    }

    // ≥ 2,000 random configurations: each is refused by validation with a clear finding, or
    // renders into snippets every tool accepts.
    void randomConfigurations()
    {
        const int count = qEnvironmentVariableIntValue("CORS_PROPERTY_CASES") > 0
                              ? qEnvironmentVariableIntValue("CORS_PROPERTY_CASES")
                              : 2000;
        test::ConfigGenerator generator(20261121);
        CaseFiles files;
        int refused = 0;
        for (int i = 0; i < count; ++i) {
            const CorsConfig config = generator.next();
            const Findings findings = validate(config);
            if (hasErrors(findings)) {
                ++refused;
                for (const Finding &finding : findings) {
                    QVERIFY2(finding.message.startsWith(fieldKey(finding.field) + u": "_s),
                             qPrintable(finding.message));
                    QVERIFY2(!finding.fix.isEmpty(), qPrintable(finding.rule));
                    QVERIFY(!finding.rule.isEmpty());
                }
                continue;
            }
            const QString dir = m_dir.filePath(u"random/%1"_s.arg(i, 4, 10, QLatin1Char('0')));
            QVERIFY(test::writeCase(dir, config));
            files.add(dir);
        }
        qInfo() << count << "configurations:" << refused << "refused by validation,"
                << files.dirs.size() << "rendered and checked";
        // The generator must exercise both sides, or the property says little.
        QVERIFY(files.dirs.size() >= count / 5);
        QVERIFY(refused >= count / 5);
        checkAll(files);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestRenderExternal)
#include "tst_render_external.moc"
