// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/projectfile.h"
#include "render/renderer.h"
#include "support/processrun.h"
#include "support/rendercases.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cors;

namespace {

const QString corscfg = QStringLiteral(CORSCFG_PATH);

QString templatePath(const QString &name)
{
    return QStringLiteral(CORS_TEST_DATA_DIR) + u"/import/"_s + name;
}

ProcessRun import(const QStringList &arguments)
{
    return runProcess(corscfg, QStringList{u"import"_s} + arguments);
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesTheProjectFileToStdout()
    {
        const CorsConfig config = test::namedConfigurations().at(1).second;
        QTemporaryDir dir;
        QFile file(dir.filePath(u"template.yaml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(render::render(config, render::Format::Sam).text);
        file.close();

        const ProcessRun run = import({file.fileName()});
        QCOMPARE(run.exitCode, 0);
        const projectfile::LoadResult loaded = projectfile::parse(run.out.toUtf8());
        QVERIFY2(loaded.ok(), qPrintable(run.out));
        QCOMPARE(loaded.config, config);
        QVERIFY2(run.err.contains(u"imported REST API (v1) 'Api' (AWS::Serverless::Api) with 0 "
                                  u"notes."_s),
                 qPrintable(run.err));
    }

    void writesTheProjectFileAtomicallyWithOutput()
    {
        QTemporaryDir dir;
        const QString output = dir.filePath(u"orders.cors.yaml"_s);
        const ProcessRun run = import({templatePath(u"sam-several-apis.yaml"_s), u"--api"_s,
                                       u"AdminApi"_s, u"--output"_s, output});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(u"Wrote %1."_s.arg(output)), qPrintable(run.err));
        const projectfile::LoadResult loaded = projectfile::read(output);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.config.apiType, ApiType::Http);
        QCOMPARE(loaded.config.allowOrigins, QStringList{u"https://admin.example.com"_s});

        // The project file renders, and importing the render gives it back.
        const ProcessRun rendered =
            runProcess(corscfg, {u"render"_s, u"--config"_s, output, u"--format"_s,
                                 u"cloudformation"_s, u"--output"_s, dir.filePath(u"cfn.yaml"_s)});
        QCOMPARE(rendered.exitCode, 0);
        const ProcessRun again = import({dir.filePath(u"cfn.yaml"_s)});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(projectfile::parse(again.out.toUtf8()).config.allowOrigins,
                 loaded.config.allowOrigins);
    }

    void listsWhatItCouldNotTakeOver()
    {
        const ProcessRun run =
            import({templatePath(u"sam-several-apis.yaml"_s), u"--api"_s, u"PublicApi"_s});
        QCOMPARE(run.exitCode, 0);
        const QString file = templatePath(u"sam-several-apis.yaml"_s);
        QVERIFY2(run.err.contains(file + u":49:22: warning: Resources.PublicApi.Properties.Cors."
                                         u"AllowOrigin is !Sub 'https://${FrontendDomain}', not a "
                                         u"literal: left as is"_s),
                 qPrintable(run.err));
        QVERIFY(run.err.contains(u"[unmapped]"_s));
        // The advisor reads the imported settings: the origin the !Sub hid is missing, and SAM's
        // default puts the authorizer on the preflight.
        QVERIFY2(run.err.contains(u"<imported>: warning: allowOrigins"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"<imported>: error: "_s), qPrintable(run.err));
        QVERIFY(run.err.contains(u"fix them in the app or in the project file"_s));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addRow("several APIs, none chosen")
            << QStringList{templatePath(u"cloudformation-two-apis.json"_s)} << 2
            << u"RestApi                   REST API (v1), AWS::ApiGateway::RestApi, line 5"_s;
        QTest::addRow("unknown API")
            << QStringList{templatePath(u"openapi-http.yaml"_s), u"--api"_s, u"Nope"_s} << 2
            << u"no API named 'Nope'"_s;
        QTest::addRow("missing file")
            << QStringList{u"/nonexistent/template.yaml"_s} << 2 << u"No such file."_s;
        QTest::addRow("folder") << QStringList{QStringLiteral(CORS_TEST_DATA_DIR)} << 2
                                << u"folder"_s;
        QTest::addRow("no template") << QStringList{} << 2 << u"name one template"_s;
        QTest::addRow("two templates") << QStringList{templatePath(u"openapi-http.yaml"_s),
                                                      templatePath(u"swagger-rest.json"_s)}
                                       << 2 << u"name one template"_s;
        QTest::addRow("unknown option") << QStringList{u"--frobnicate"_s} << 2 << u"frobnicate"_s;
        QTest::addRow("not a template")
            << QStringList{templatePath(u"../golden/rest-default/handler.py"_s)} << 1 << u"YAML"_s;
    }
    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const ProcessRun run = import(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void refusesAProjectFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"api.cors.yaml"_s);
        QVERIFY(projectfile::write(CorsConfig(), path));
        const ProcessRun run = import({path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"project file, not a template"_s), qPrintable(run.err));
    }

    void helpNamesTheOptions()
    {
        const ProcessRun run = import({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        for (const QString &option : {u"--api"_s, u"--output"_s, u"TEMPLATE"_s, u"Exit status"_s}) {
            QVERIFY2(run.out.contains(option), qPrintable(option));
        }
        const ProcessRun overview = runProcess(corscfg, {u"--help"_s});
        QVERIFY(overview.out.contains(u"import"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
