// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The AWS CDK and Serverless Framework renders, proven by those tools (pinned in
// tests/validators/package.json): every CDK TypeScript stack compiles with `tsc --strict` and
// synthesizes offline with aws-cdk-lib through a bin/app.ts that instantiates each; every
// serverless.yml goes through `serverless package` offline; the CDK Python stack compiles,
// passes pyflakes and sets the same construct properties to the same values as the TypeScript
// one. Each CloudFormation template the tools make passes AWS's validator, imports back to the
// configuration, and the emulator answers from it as from the original.
//
// The cases: the named configurations and a sample of the property test's (hostile strings
// included); the slow tools run once for all of them (one tsc, one synth).
#include "emulator/gateway.h"
#include "import/templateimport.h"
#include "io/projectfile.h"
#include "model/validator.h"
#include "render/export.h"
#include "render/renderer.h"
#include "support/importexpectation.h"
#include "support/rendercases.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;
using namespace cors;

namespace {

struct ToolRun
{
    int exitCode = -1;
    QString output;
};

ToolRun run(const QString &program, const QStringList &arguments, const QString &workingDir = {},
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(workingDir);
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted(30000)) {
        return {-1, program + u" did not start: "_s + process.errorString()};
    }
    process.waitForFinished(30 * 60 * 1000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

/// The last lines of a tool's output, without minified source lines (node prints the line of
/// a library's bundle an error was thrown from).
QString tail(const QString &text, int lines = 40)
{
    QStringList all = text.split(u'\n');
    all.removeIf([](const QString &line) { return line.size() > 400; });
    return all.mid(std::max<qsizetype>(0, all.size() - lines)).join(u'\n');
}

QString tool(const QString &name)
{
    return test::validatorsDir() + u"/node_modules/.bin/"_s + name;
}

/// Serverless offline: no AWS account (dummy credentials), no telemetry, no update checks.
QProcessEnvironment serverlessEnvironment(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"AWS_ACCESS_KEY_ID"_s, u"AKIAIOSFODNN7EXAMPLE"_s);
    environment.insert(u"AWS_SECRET_ACCESS_KEY"_s, u"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"_s);
    environment.insert(u"AWS_REGION"_s, u"us-east-1"_s);
    environment.insert(u"SLS_TELEMETRY_DISABLED"_s, u"1"_s);
    environment.insert(u"SLS_NOTIFICATIONS_MODE"_s, u"off"_s);
    environment.insert(u"SERVERLESS_PLATFORM_STAGE"_s, u"none"_s);
    environment.insert(u"HOME"_s, home);
    return environment;
}

struct Case
{
    QString name;
    CorsConfig config;
    QString dir;
};

/// Requests whose answers show an API's CORS behaviour: for every route, a preflight and a GET
/// from each allowed origin and from one that is not.
QList<emulator::HttpRequest> probes(const CorsConfig &config)
{
    QStringList origins = config.allowOrigins;
    origins.removeAll(u"*"_s);
    origins.append(u"https://not-allowed.example"_s);
    QList<emulator::HttpRequest> requests;
    for (const Route &route : config.effectiveRoutes()) {
        QString path = route.path == defaultRoutePath ? u"/anything"_s : route.path;
        path.replace(QRegularExpression(u"\\{[^}]*\\+\\}"_s), u"a/b"_s);
        path.replace(QRegularExpression(u"\\{[^}]*\\}"_s), u"x"_s);
        for (const QString &origin : std::as_const(origins)) {
            const QByteArray o = origin.toUtf8();
            emulator::HttpRequest preflight{"OPTIONS", path.toUtf8(), {}, {}};
            preflight.headers.append("Origin", o);
            preflight.headers.append("Access-Control-Request-Method",
                                     route.methods.value(0) == anyMethod
                                         ? QByteArray("GET")
                                         : route.methods.value(0).toUtf8());
            if (!config.allowHeaders.isEmpty()) {
                preflight.headers.append("Access-Control-Request-Headers",
                                         config.allowHeaders.join(u',').toLower().toUtf8());
            }
            requests.append(preflight);
            emulator::HttpRequest get{"GET", path.toUtf8(), {}, {}};
            get.headers.append("Origin", o);
            requests.append(get);
        }
    }
    return requests;
}

/// The status and CORS headers of an answer. The list headers (-Allow-Methods, -Allow-Headers,
/// -Expose-Headers) are compared as the sets browsers read them as (Fetch §4.8 steps 6-7 and
/// §3.2.5 parse them into lists that are only searched): an import rebuilds allowMethods in the
/// order CDK and Serverless wrote the paths, and Serverless drops repeated entries.
QString describe(const emulator::GatewayResponse &response)
{
    QString text = QString::number(response.status);
    for (const fetch::Header &header : response.headers.headers()) {
        const QByteArray name = header.name.toLower();
        QByteArray value = header.value;
        if (name == "access-control-allow-methods" || name == "access-control-allow-headers" ||
            name == "access-control-expose-headers") {
            QList<QByteArray> entries = value.split(',');
            std::sort(entries.begin(), entries.end());
            entries.erase(std::unique(entries.begin(), entries.end()), entries.end());
            value = entries.join(',');
        }
        if (name.startsWith("access-control-") || name == "vary") {
            text += u"\n  "_s + QString::fromUtf8(header.name + ": " + value);
        }
    }
    return text;
}

} // namespace

class TestRenderTools : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(test::validatorsInstalled(),
                 qPrintable(u"the validators in %1 are not installed; run .ci/install-deps"_s.arg(
                     test::validatorsDir())));
        QVERIFY(m_dir.isValid());
        for (const auto &[name, config] : test::namedConfigurations()) {
            m_cases.append({name, config, {}});
        }
        const int sample = qEnvironmentVariableIntValue("CORS_TOOL_CASES") > 0
                               ? qEnvironmentVariableIntValue("CORS_TOOL_CASES")
                               : 16;
        test::ConfigGenerator generator(20261206);
        for (int i = 0; m_cases.size() < test::namedConfigurations().size() + sample; ++i) {
            const CorsConfig config = generator.next();
            if (!hasErrors(validate(config))) {
                m_cases.append({u"generated-%1"_s.arg(i), config, {}});
            }
        }
        for (qsizetype i = 0; i < m_cases.size(); ++i) {
            Case &c = m_cases[i];
            c.dir = m_dir.filePath(u"case%1"_s.arg(i));
            const Expected<QStringList> written = render::exportAll(c.config, c.dir);
            QVERIFY2(written, qPrintable(written ? QString() : written.error()));
        }
        QVERIFY(QFile::link(test::validatorsDir() + u"/node_modules"_s,
                            m_dir.filePath(u"node_modules"_s)));
    }

    void cdkTypeScriptCompilesAndSynthesizes()
    {
        QString app = u"import { App } from 'aws-cdk-lib';\n"_s;
        QString stacks;
        for (qsizetype i = 0; i < m_cases.size(); ++i) {
            app +=
                u"import { CorsApiStack as Stack%1 } from '../case%1/cdk/cors-api-stack';\n"_s.arg(
                    i);
            stacks += u"new Stack%1(app, 'Case%1');\n"_s.arg(i);
        }
        app +=
            u"const app = new App({ outdir: process.argv[2] });\n"_s + stacks + u"app.synth();\n"_s;
        QDir(m_dir.path()).mkpath(u"bin"_s);
        writeFile(m_dir.filePath(u"bin/app.ts"_s), app.toUtf8());
        writeFile(m_dir.filePath(u"tsconfig.json"_s),
                  "{\"compilerOptions\": {\"target\": \"ES2022\", \"module\": \"commonjs\", "
                  "\"strict\": true, \"rootDir\": \".\", \"outDir\": \"dist\", "
                  "\"skipLibCheck\": true, \"types\": [\"node\"]}, "
                  "\"include\": [\"bin/**/*.ts\", \"case*/cdk/*.ts\"]}");
        const ToolRun tsc = run(tool(u"tsc"_s), {u"-p"_s, m_dir.path()}, m_dir.path());
        QVERIFY2(tsc.exitCode == 0, qPrintable(u"tsc --strict:\n"_s + tail(tsc.output)));
        // The compiled stacks package the handler from the folder above their own.
        for (qsizetype i = 0; i < m_cases.size(); ++i) {
            QVERIFY(QFile::copy(QDir(m_cases[i].dir).filePath(u"handler.mjs"_s),
                                m_dir.filePath(u"dist/case%1/handler.mjs"_s.arg(i))));
        }
        const ToolRun synth =
            run(u"node"_s, {m_dir.filePath(u"dist/bin/app.js"_s), m_dir.filePath(u"cdk.out"_s)},
                m_dir.path());
        QVERIFY2(synth.exitCode == 0, qPrintable(u"cdk synth:\n"_s + tail(synth.output)));
        for (qsizetype i = 0; i < m_cases.size(); ++i) {
            const QString path = m_dir.filePath(u"cdk.out/Case%1.template.json"_s.arg(i));
            QVERIFY2(QFile::exists(path), qPrintable(path));
            m_templates.append({i, path, render::Format::CdkTypeScript});
        }
    }

    void cdkPythonMatchesTypeScript()
    {
        QStringList modules, dirs;
        for (const Case &c : std::as_const(m_cases)) {
            modules << QDir(c.dir).filePath(u"cdk/cors_api_stack.py"_s);
            dirs << c.dir;
        }
        const ToolRun compiled = run(u"python3"_s, QStringList{u"-m"_s, u"py_compile"_s} + modules);
        QVERIFY2(compiled.exitCode == 0, qPrintable(tail(compiled.output)));
        const ToolRun flakes = run(u"pyflakes3"_s, modules);
        QVERIFY2(flakes.exitCode == 0, qPrintable(u"pyflakes:\n"_s + tail(flakes.output)));
        const ToolRun same =
            run(u"node"_s, QStringList{test::validatorsDir() + u"/check-cdk-python.mjs"_s} + dirs);
        QVERIFY2(same.exitCode == 0, qPrintable(tail(same.output)));
    }

    // The comparison must see a difference, or its passing means nothing.
    void cdkPythonComparisonFindsADifference()
    {
        const QString dir = m_dir.filePath(u"broken-python"_s);
        QVERIFY(render::exportAll(test::namedConfigurations().at(1).second, dir));
        const QString path = QDir(dir).filePath(u"cdk/cors_api_stack.py"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray text = file.readAll();
        file.close();
        QVERIFY(text.contains("api_key_required=False"));
        writeFile(path, text.replace("api_key_required=False", "api_key_required=True"));
        const ToolRun same =
            run(u"node"_s, {test::validatorsDir() + u"/check-cdk-python.mjs"_s, dir});
        QVERIFY2(same.exitCode == 1, qPrintable(same.output));
    }

    // Values that would break a TypeScript, Python or YAML string (quotes, backticks, "${",
    // backslashes, line breaks, U+2028, non-ASCII) stay the very strings they were, in every
    // field that reaches the code. Validation refuses most of them; rendered anyway, the
    // escaping alone must hold: both stacks parse, set the same values (check-cdk-python.mjs),
    // the Python module holds each value in a string constant, and serverless.yml reads back.
    void hostileStringsStayStrings()
    {
        const QStringList hostile{u"a\"b'c`d"_s,      u"${x}"_s,      u"back\\slash"_s,
                                  u"line\nbreak\r"_s, u"\u2028sep"_s, u"n\u00e4\U0001F600"_s};
        for (const ApiType type : {ApiType::Rest, ApiType::Http}) {
            CorsConfig config;
            config.apiType = type;
            config.allowOrigins = hostile;
            config.allowHeaders = hostile;
            config.exposeHeaders = hostile;
            config.authorizer = hostile.first();
            config.routes = {Route{u"/items/"_s + hostile.at(1), {u"GET"_s}, false}};
            const QString dir = m_dir.filePath(u"hostile-"_s + apiTypeKey(type));
            QVERIFY(QDir().mkpath(dir + u"/cdk"_s));
            writeFile(dir + u"/cdk/cors-api-stack.ts"_s,
                      render::renderValidated(config, render::Format::CdkTypeScript));
            writeFile(dir + u"/cdk/cors_api_stack.py"_s,
                      render::renderValidated(config, render::Format::CdkPython));
            const ToolRun same =
                run(u"node"_s, {test::validatorsDir() + u"/check-cdk-python.mjs"_s, dir});
            QVERIFY2(same.exitCode == 0, qPrintable(tail(same.output)));
            const ToolRun constants =
                run(u"python3"_s,
                    {u"-c"_s,
                     u"import ast, json, sys\n"
                     "tree = ast.parse(open(sys.argv[1], encoding='utf-8').read())\n"
                     "found = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) "
                     "and isinstance(n.value, str)]\n"
                     "missing = [v for v in json.loads(sys.argv[2]) "
                     "if not any(v in text for text in found)]\n"
                     "sys.exit('missing: ' + repr(missing) if missing else 0)\n"_s,
                     dir + u"/cdk/cors_api_stack.py"_s,
                     QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(hostile))
                                           .toJson(QJsonDocument::Compact))});
            QVERIFY2(constants.exitCode == 0, qPrintable(constants.output));
            const YAML::Node service = YAML::Load(
                render::renderValidated(config, render::Format::Serverless).toStdString());
            const YAML::Node origins =
                type == ApiType::Rest
                    ? service["functions"]["api"]["events"][0]["http"]["cors"]["origins"]
                    : service["provider"]["httpApi"]["cors"]["allowedOrigins"];
            QCOMPARE(qsizetype(origins.size()), hostile.size());
            for (std::size_t i = 0; i < origins.size(); ++i) {
                QCOMPARE(QString::fromStdString(origins[i].as<std::string>()),
                         hostile.at(qsizetype(i)));
            }
        }
    }

    void serverlessPackages()
    {
        const QString home = m_dir.filePath(u"home"_s);
        QDir().mkpath(home);
        const QProcessEnvironment environment = serverlessEnvironment(home);
        // Two at a time: each run is mostly node starting up.
        for (qsizetype i = 0; i < m_cases.size(); i += 2) {
            QList<std::shared_ptr<QProcess>> running;
            for (qsizetype j = i; j < std::min(i + 2, m_cases.size()); ++j) {
                auto process = std::make_shared<QProcess>();
                process->setProcessChannelMode(QProcess::MergedChannels);
                process->setWorkingDirectory(m_cases[j].dir);
                process->setProcessEnvironment(environment);
                process->start(tool(u"serverless"_s), {u"package"_s});
                running.append(process);
            }
            for (qsizetype k = 0; k < running.size(); ++k) {
                QProcess &process = *running[k];
                QVERIFY(process.waitForFinished(5 * 60 * 1000));
                const Case &c = m_cases[i + k];
                QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                         qPrintable(c.name + u": serverless package:\n"_s +
                                    tail(QString::fromUtf8(process.readAll()))));
                const QString path = QDir(c.dir).filePath(
                    u".serverless/cloudformation-template-update-stack.json"_s);
                QVERIFY2(QFile::exists(path), qPrintable(path));
                m_templates.append({i + k, path, render::Format::Serverless});
            }
        }
    }

    void templatesPassTheCloudFormationValidator()
    {
        QVERIFY(!m_templates.isEmpty());
        QStringList paths;
        for (const Template &made : std::as_const(m_templates)) {
            paths << made.path;
        }
        const ToolRun checked = run(
            u"node"_s, QStringList{test::validatorsDir() + u"/check-cloudformation.mjs"_s} + paths);
        QVERIFY2(checked.exitCode == 0, qPrintable(tail(checked.output, 60)));
    }

    void templatesImportBackAndAnswerTheSame()
    {
        QVERIFY(!m_templates.isEmpty());
        for (const Template &made : std::as_const(m_templates)) {
            const QString &path = made.path;
            const Case &c = m_cases[made.index];
            const templateimport::ImportResult imported = templateimport::importTemplateFile(path);
            QVERIFY2(imported.ok(), qPrintable(c.name + u": "_s + path + u": "_s +
                                               imported.errors.value(0).message));
            QCOMPARE(imported.api.type, c.config.apiType);
            const CorsConfig expected = test::carriedByImport(c.config, made.format);
            if (!test::sameApi(imported.config, expected, made.format)) {
                // In full: QVERIFY2 cuts long messages.
                qInfo().noquote() << "imported:\n" + projectfile::serialize(imported.config) +
                                         "expected:\n" + projectfile::serialize(expected);
                QFAIL(qPrintable(c.name + u": "_s + path +
                                 u" does not import back to the configuration"_s));
            }
            // The API deployed from the tool's template answers as the one configured.
            const CorsConfig deployed =
                c.config.stages.isEmpty() ? c.config : c.config.forStage(c.config.stages.first());
            CorsConfig fromTemplate = imported.config;
            if (!deployed.stages.isEmpty()) {
                fromTemplate.stages = deployed.stages;
            }
            if (deployed.apiType == ApiType::Rest && !deployed.gatewayResponses) {
                // Without gateway responses only the deployed handler (rendered from the same
                // configuration) says which headers to expose.
                fromTemplate.exposeHeaders = deployed.exposeHeaders;
            }
            for (const emulator::HttpRequest &request : probes(deployed)) {
                const QString want = describe(emulator::answer(deployed, request));
                const QString got = describe(emulator::answer(fromTemplate, request));
                QVERIFY2(got == want,
                         qPrintable(u"%1: %2 %3 from %4:\nconfigured: %5\nfrom "
                                    "the template: %6"_s.arg(
                                        c.name, QString::fromUtf8(request.method),
                                        QString::fromUtf8(request.target),
                                        QString::fromUtf8(
                                            request.headers.get("Origin").value_or(QByteArray())),
                                        want, got)));
            }
        }
    }

    // serverless.yml itself imports back: literal values as they are, the stage variables of a
    // staged service as notes.
    void serverlessServiceImportsBack()
    {
        for (const Case &c : std::as_const(m_cases)) {
            const QString path = QDir(c.dir).filePath(u"serverless.yml"_s);
            const templateimport::ImportResult imported = templateimport::importTemplateFile(path);
            QVERIFY2(imported.ok(),
                     qPrintable(c.name + u": "_s + imported.errors.value(0).message));
            QCOMPARE(imported.family, templateimport::Family::Serverless);
            QCOMPARE(imported.api.type, c.config.apiType);
            if (!c.config.stages.isEmpty()) {
                const bool noted = std::any_of(
                    imported.notes.cbegin(), imported.notes.cend(), [](const Diagnostic &note) {
                        return note.message.contains(u"${self:custom.stageCors"_s);
                    });
                QVERIFY2(noted, qPrintable(c.name + u": the stage variables are not noted"_s));
                continue;
            }
            const CorsConfig expected = test::carriedByImport(c.config, render::Format::Serverless);
            if (!test::sameApi(imported.config, expected, render::Format::Serverless)) {
                qInfo().noquote() << "imported:\n" + projectfile::serialize(imported.config) +
                                         "expected:\n" + projectfile::serialize(expected);
                QFAIL(qPrintable(c.name + u": serverless.yml does not import back"_s));
            }
        }
    }

private:
    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    QTemporaryDir m_dir;
    QList<Case> m_cases;
    struct Template
    {
        qsizetype index; ///< the case's
        QString path;    ///< the CloudFormation template the tool made
        render::Format format;
    };
    QList<Template> m_templates;
};

QTEST_GUILESS_MAIN(TestRenderTools)
#include "tst_render_tools.moc"
