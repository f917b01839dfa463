// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/processrun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = ProcessRun;

Run corscfg(const QStringList &arguments, const QString &locale = u"C.UTF-8"_s)
{
    return runProcess(QStringLiteral(CORSCFG_PATH), arguments, locale);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        write(u"valid.cors.yaml"_s,
              "version: 1\napiType: http\nallowOrigins: [https://app.example.com]\n"
              "allowMethods: [GET, POST]\nallowHeaders: [Content-Type]\n");
        write(u"notes.cors.yaml"_s,
              "version: 1\napiType: http\nallowOrigins: [https://app.example.com]\n"
              "allowMethods: [GET]\nmaxAge: 3600\n");
        write(u"invalid.cors.yaml"_s, "version: 1\napiType: rest\nallowOrigins:\n"
                                      "  - https://app.example.com/\nallowMethods: [GET]\n");
        write(u"broken.cors.yaml"_s, "version: 1\nallowOrigins: [a,\n");
        write(u"schema.cors.yaml"_s, "version: 1\ncolour: blue\n");
        write(u"binary.cors.yaml"_s, QByteArray("\x7f"
                                                "ELF\0\0\0",
                                                7));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addRow("--version") << QStringList{u"--version"_s} << 0;
        QTest::addRow("-v") << QStringList{u"-v"_s} << 0;
        QTest::addRow("--help") << QStringList{u"--help"_s} << 0;
        QTest::addRow("help") << QStringList{u"help"_s} << 0;
        QTest::addRow("help validate") << QStringList{u"help"_s, u"validate"_s} << 0;
        QTest::addRow("validate --help") << QStringList{u"validate"_s, u"--help"_s} << 0;
        QTest::addRow("no arguments") << QStringList{} << 2;
        QTest::addRow("unknown command") << QStringList{u"frobnicate"_s} << 2;
        QTest::addRow("unknown option") << QStringList{u"--frobnicate"_s} << 2;
        QTest::addRow("validate without file") << QStringList{u"validate"_s} << 2;
        QTest::addRow("validate unknown option")
            << QStringList{u"validate"_s, u"--nope"_s, path(u"valid.cors.yaml"_s)} << 2;
        QTest::addRow("valid") << QStringList{u"validate"_s, path(u"valid.cors.yaml"_s)} << 0;
        QTest::addRow("valid with notes")
            << QStringList{u"validate"_s, path(u"notes.cors.yaml"_s)} << 0;
        QTest::addRow("invalid") << QStringList{u"validate"_s, path(u"invalid.cors.yaml"_s)} << 1;
        QTest::addRow("syntax error")
            << QStringList{u"validate"_s, path(u"broken.cors.yaml"_s)} << 1;
        QTest::addRow("unknown key")
            << QStringList{u"validate"_s, path(u"schema.cors.yaml"_s)} << 1;
        QTest::addRow("missing file") << QStringList{u"validate"_s, path(u"nope.cors.yaml"_s)} << 2;
        QTest::addRow("a folder") << QStringList{u"validate"_s, m_dir.path()} << 2;
        QTest::addRow("binary file")
            << QStringList{u"validate"_s, path(u"binary.cors.yaml"_s)} << 2;
        QTest::addRow("render --help") << QStringList{u"render"_s, u"--help"_s} << 0;
        QTest::addRow("render without config")
            << QStringList{u"render"_s, u"--format"_s, u"sam"_s} << 2;
        QTest::addRow("render without format")
            << QStringList{u"render"_s, u"--config"_s, path(u"valid.cors.yaml"_s)} << 2;
        QTest::addRow("render unknown format")
            << QStringList{u"render"_s, u"--config"_s, path(u"valid.cors.yaml"_s), u"--format"_s,
                           u"pulumi"_s}
            << 2;
        QTest::addRow("render format and all")
            << QStringList{u"render"_s, u"--config"_s, path(u"valid.cors.yaml"_s), u"--format"_s,
                           u"sam"_s,    u"--all"_s,    u"--output-dir"_s,          path(u"x"_s)}
            << 2;
        QTest::addRow("render all without dir")
            << QStringList{u"render"_s, u"--config"_s, path(u"valid.cors.yaml"_s), u"--all"_s} << 2;
        QTest::addRow("render unknown api")
            << QStringList{u"render"_s,   u"--config"_s, path(u"valid.cors.yaml"_s),
                           u"--format"_s, u"sam"_s,      u"--api"_s,
                           u"websocket"_s}
            << 2;
        QTest::addRow("render missing file")
            << QStringList{u"render"_s, u"--config"_s, path(u"nope.cors.yaml"_s), u"--format"_s,
                           u"sam"_s}
            << 2;
        QTest::addRow("render valid")
            << QStringList{u"render"_s, u"--config"_s, path(u"valid.cors.yaml"_s), u"--format"_s,
                           u"terraform"_s}
            << 0;
        QTest::addRow("render syntax error")
            << QStringList{u"render"_s, u"--config"_s, path(u"broken.cors.yaml"_s), u"--format"_s,
                           u"sam"_s}
            << 1;
        QTest::addRow("worst of several")
            << QStringList{u"validate"_s, path(u"valid.cors.yaml"_s), path(u"invalid.cors.yaml"_s)}
            << 1;
    }
    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const Run run = corscfg(arguments);
        QVERIFY2(
            run.exitCode == exitCode,
            qPrintable(
                u"exit %1\nstdout:\n%2\nstderr:\n%3"_s.arg(run.exitCode).arg(run.out, run.err)));
    }

    void germanTranslation()
    {
        const Run run = corscfg({u"frobnicate"_s}, u"de_DE.UTF-8"_s);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"unbekannter Befehl 'frobnicate'"_s), qPrintable(run.err));
        // Severity words stay as compilers spell them, so editors and CI still parse the lines.
        const Run validate =
            corscfg({u"validate"_s, path(u"invalid.cors.yaml"_s)}, u"de_DE.UTF-8"_s);
        QVERIFY2(
            validate.out.contains(
                u":4:5: error: allowOrigins: 'https://app.example.com/' endet mit einem Schrägstrich"_s),
            qPrintable(validate.out));
    }

    void versionPrintsProjectVersion()
    {
        const Run run = corscfg({u"--version"_s});
        QCOMPARE(run.out.trimmed(), u"corscfg " CORS_VERSION ""_s);
    }

    void helpListsCommands()
    {
        const Run run = corscfg({u"--help"_s});
        QVERIFY(run.out.contains(u"Usage: corscfg"_s));
        QVERIFY(run.out.contains(u"validate"_s));
    }

    void diagnosticsAreCompilerStyle()
    {
        const QString file = path(u"invalid.cors.yaml"_s);
        const Run run = corscfg({u"validate"_s, file});
        QCOMPARE(run.exitCode, 1);
        const QString expected =
            file + u":4:5: error: allowOrigins: 'https://app.example.com/' ends with a slash"_s;
        QVERIFY2(run.out.contains(expected), qPrintable(run.out));
        QVERIFY(run.out.contains(
            u"fix: Write it as the browser sends it: 'https://app.example.com'."_s));
        QVERIFY(run.out.contains(u"[origin-trailing-slash]"_s));
    }

    void syntaxErrorHasPosition()
    {
        const QString file = path(u"broken.cors.yaml"_s);
        const Run run = corscfg({u"validate"_s, file});
        static const QRegularExpression pattern(
            u"^.*broken\\.cors\\.yaml:3:1: error: YAML syntax error"_s,
            QRegularExpression::MultilineOption);
        QVERIFY2(pattern.match(run.out).hasMatch(), qPrintable(run.out));
    }

    void unknownKeyHasPositionAndSuggestion()
    {
        const Run run = corscfg({u"validate"_s, path(u"schema.cors.yaml"_s)});
        QVERIFY2(run.out.contains(u"schema.cors.yaml:2:1: error: Unknown key 'colour'."_s),
                 qPrintable(run.out));
    }

    void renderWritesToStandardOutput()
    {
        const Run run = corscfg(
            {u"render"_s, u"--config"_s, path(u"valid.cors.yaml"_s), u"--format"_s, u"sam"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"Transform: AWS::Serverless-2016-10-31"_s));
        QVERIFY(run.out.contains(u"CorsConfiguration:"_s));
    }

    void renderApiOverride()
    {
        const Run run = corscfg({u"render"_s, u"--config"_s, path(u"valid.cors.yaml"_s),
                                 u"--format"_s, u"sam"_s, u"--api"_s, u"rest"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"AllowOrigin: \"'https://app.example.com'\""_s));
    }

    // --stage: the stage's own configuration (its origins, that stage alone); an unknown stage
    // is a usage error naming the project's stages.
    void renderStage()
    {
        write(u"stages.cors.yaml"_s,
              "version: 2\napiType: http\nallowOrigins: [https://app.example.com]\n"
              "allowMethods: [GET]\nstages:\n  dev:\n    allowOrigins: [http://localhost:3000]\n"
              "  prod: ~\n");
        const Run dev = corscfg({u"render"_s, u"--config"_s, path(u"stages.cors.yaml"_s),
                                 u"--format"_s, u"openapi"_s, u"--stage"_s, u"dev"_s});
        QCOMPARE(dev.exitCode, 0);
        QVERIFY2(dev.out.contains(u"- http://localhost:3000"_s), qPrintable(dev.out));
        QVERIFY(!dev.out.contains(u"https://app.example.com"_s));
        const Run all = corscfg({u"render"_s, u"--config"_s, path(u"stages.cors.yaml"_s),
                                 u"--format"_s, u"cloudformation"_s});
        QCOMPARE(all.exitCode, 0);
        QVERIFY(all.out.contains(u"StageCors:"_s));
        QVERIFY(all.out.contains(u"AllowedValues:\n      - dev\n      - prod"_s));
        const Run unknown = corscfg({u"render"_s, u"--config"_s, path(u"stages.cors.yaml"_s),
                                     u"--format"_s, u"sam"_s, u"--stage"_s, u"qa"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(u"its stages are dev, prod"_s), qPrintable(unknown.err));
        QVERIFY(unknown.out.isEmpty());
    }

    void renderOutputFile()
    {
        const QString output = path(u"out/handler.py"_s);
        QVERIFY(QDir().mkpath(path(u"out"_s)));
        const Run run = corscfg({u"render"_s, u"--config"_s, path(u"valid.cors.yaml"_s),
                                 u"--format"_s, u"lambda-python"_s, u"--output"_s, output});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.isEmpty());
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("def lambda_handler(event, context):"));
    }

    void renderAllUsesConventionalNames()
    {
        const QString dir = path(u"all"_s);
        const Run run = corscfg({u"render"_s, u"--config"_s, path(u"valid.cors.yaml"_s), u"--all"_s,
                                 u"--output-dir"_s, dir});
        QCOMPARE(run.exitCode, 0);
        for (const char *name : {"template.yaml", "cors.tf", "cloudformation.yaml", "openapi.yaml",
                                 "swagger.json", "handler.mjs", "handler.py"}) {
            QVERIFY2(QFile::exists(dir + u'/' + QString::fromLatin1(name)), name);
        }
    }

    void renderInvalidWritesNothing()
    {
        const QString dir = path(u"refused"_s);
        const Run run = corscfg({u"render"_s, u"--config"_s, path(u"invalid.cors.yaml"_s),
                                 u"--all"_s, u"--output-dir"_s, dir});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!QFile::exists(dir));
        QVERIFY2(run.err.contains(u"invalid.cors.yaml:4:5: error: allowOrigins:"_s),
                 qPrintable(run.err));
        QVERIFY(run.err.contains(u"nothing was written"_s));
    }

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    void lintExitCodes_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        const QByteArray wildcard = "version: 1\napiType: http\nallowOrigins: ['*']\n"
                                    "allowMethods: [GET]\nmaxAge: 600\n";
        const QByteArray credentials = "version: 1\napiType: http\nallowOrigins: ['*']\n"
                                       "allowMethods: [GET]\nallowCredentials: true\n";
        const QByteArray quiet = "version: 1\napiType: http\nallowOrigins: "
                                 "[https://app.example.com]\nallowMethods: [GET]\nmaxAge: 600\n";
        QTest::newRow("warning passes at error") << wildcard << QStringList{} << 0;
        QTest::newRow("warning fails at warning")
            << wildcard << QStringList{u"--fail-on"_s, u"warning"_s} << 1;
        QTest::newRow("error fails") << credentials << QStringList{} << 1;
        QTest::newRow("quiet passes at warning")
            << quiet << QStringList{u"--fail-on"_s, u"warning"_s} << 0;
        QTest::newRow("bad threshold") << quiet << QStringList{u"--fail-on"_s, u"note"_s} << 2;
        QTest::newRow("syntax error") << "version: 1\nallowOrigins: [a,\n"_ba << QStringList{} << 1;
    }

    void lintExitCodes()
    {
        QFETCH(QByteArray, file);
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        write(u"lint.cors.yaml"_s, file);
        const Run run = corscfg(
            QStringList{u"lint"_s, u"--config"_s, m_dir.filePath(u"lint.cors.yaml"_s)} + options);
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.out + run.err));
    }

    void lintOutputIsCompilerStyle()
    {
        write(u"wild.cors.yaml"_s, "version: 1\napiType: http\nallowOrigins: ['*']\n"
                                   "allowMethods: [GET]\n");
        const QString path = m_dir.filePath(u"wild.cors.yaml"_s);
        const Run run = corscfg({u"lint"_s, u"--config"_s, path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(path + u": warning[WILDCARD_ORIGIN]: allowOrigins: "_s),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(u"    fix: "_s));
        QVERIFY(run.out.contains(u"    source: "_s));
        QVERIFY(run.out.contains(u"    at: "_s + path + u":3:"_s));
    }

    void lintJson()
    {
        write(u"json.cors.yaml"_s, "version: 1\napiType: rest\nallowOrigins: "
                                   "[https://a.example.com, https://b.example.com]\n"
                                   "allowHeaders: [Content-Type]\napiKeyRequired: true\n"
                                   "allowMethods: [GET, OPTIONS]\n");
        const Run run =
            corscfg({u"lint"_s, u"--config"_s, m_dir.filePath(u"json.cors.yaml"_s), u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json[u"passed"_s].toBool(), false);
        QCOMPARE(json[u"failOn"_s].toString(), u"error"_s);
        const QJsonArray findings = json[u"findings"_s].toArray();
        QVERIFY(!findings.isEmpty());
        const QJsonObject first = findings.first().toObject();
        QCOMPARE(first[u"id"_s].toString(), u"API_KEY_HEADER_NOT_ALLOWED"_s);
        QCOMPARE(first[u"severity"_s].toString(), u"error"_s);
        QCOMPARE(first[u"field"_s].toString(), u"allowHeaders"_s);
        QCOMPARE(first[u"line"_s].toInt(), 4);
        QCOMPARE(first[u"apiTypes"_s].toArray(), QJsonArray{u"rest"_s});
        QVERIFY(!first[u"source"_s].toString().isEmpty());
        QCOMPARE(json[u"counts"_s][u"error"_s].toInt(), 1);
        // It renders: the advisor's error fails in browsers but blocks nothing.
        QCOMPARE(first[u"blocksRendering"_s].toBool(), false);
        QCOMPARE(json[u"counts"_s][u"blocksRendering"_s].toInt(), 0);
    }

    // #21: "valid" and "error" mean one thing in the GUI and the CLI. validate says a file that
    // renders is valid, and that lint has errors browsers will hit; lint says which block
    // rendering.
    void validateAndLintAgreeOnWhatBlocks()
    {
        write(u"apikey.cors.yaml"_s, "version: 1\napiType: http\nallowOrigins: "
                                     "[https://app.example.com]\nallowMethods: [GET]\n"
                                     "apiKeyRequired: true\nmaxAge: 600\n");
        const QString path = m_dir.filePath(u"apikey.cors.yaml"_s);
        const Run validate = corscfg({u"validate"_s, path});
        QCOMPARE(validate.exitCode, 0);
        QVERIFY2(validate.out.contains(u"renders, but 'corscfg lint --config"_s),
                 qPrintable(validate.out));
        const Run lint = corscfg({u"lint"_s, u"--config"_s, path});
        QCOMPARE(lint.exitCode, 1);
        QVERIFY2(lint.out.contains(u"0 of the errors block rendering; 1 render but fail"_s),
                 qPrintable(lint.out));
        const Run invalid =
            corscfg({u"lint"_s, u"--config"_s, m_dir.filePath(u"invalid.cors.yaml"_s)});
        QVERIFY2(invalid.out.contains(u"1 of the errors block rendering"_s),
                 qPrintable(invalid.out));
    }

    void lintUsage()
    {
        QCOMPARE(corscfg({u"lint"_s}).exitCode, 2);
        QCOMPARE(
            corscfg({u"lint"_s, u"--config"_s, m_dir.filePath(u"missing.cors.yaml"_s)}).exitCode,
            2);
        const Run rules = corscfg({u"lint"_s, u"--list-rules"_s});
        QCOMPARE(rules.exitCode, 0);
        QVERIFY(rules.out.contains(u"WILDCARD_ORIGIN  warning  rest, http"_s));
    }

    void write(const QString &name, const QByteArray &bytes)
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
