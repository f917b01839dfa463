// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/templateimport.h"
#include "import/templateloader.h"
#include "io/projectfile.h"
#include "support/golden.h"
#include "support/hostiletemplates.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cors;
using namespace cors::templateimport;
using cors::test::repeated;

namespace {

QString templatePath(const QString &name)
{
    return QStringLiteral(CORS_TEST_DATA_DIR) + u"/import/"_s + name;
}

QByteArray readTemplate(const QString &name)
{
    QFile file(templatePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// What an import gave, as reviewers read it: the API, the project file, then every note.
QByteArray transcript(const QString &name, const ImportResult &result)
{
    QString text = u"# %1: %2 '%3' (%4)\n"_s.arg(name, apiTypeDisplayName(result.api.type),
                                                 result.api.name, result.api.kind);
    text += QString::fromUtf8(projectfile::serialize(result.config));
    text += u"# notes:\n"_s;
    for (const Diagnostic &note : result.notes) {
        text += formatDiagnostic(name, note) + u'\n';
    }
    return text.toUtf8();
}

QStringList namesOf(const QList<ApiCandidate> &apis)
{
    QStringList names;
    for (const ApiCandidate &api : apis) {
        names.append(api.name + u'/' + apiTypeKey(api.type));
    }
    return names;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Routes from hand-written templates: SAM events (a non-literal path is a note), a
    // CloudFormation resource tree, OpenAPI paths.
    void routesAreImported_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("routes"); ///< "METHODS path [public]" per route, ";"-separated
        QTest::addColumn<QString>("note");   ///< part of a note; empty: none expected
        QTest::addRow("sam events")
            << QByteArray(
                   "Transform: AWS::Serverless-2016-10-31\n"
                   "Globals:\n  Api:\n    Cors:\n      AllowOrigin: \"'https://a.example.com'\"\n"
                   "    Auth:\n      DefaultAuthorizer: A\n      Authorizers:\n        A:\n"
                   "          FunctionArn: arn\n"
                   "Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n"
                   "      Events:\n"
                   "        List: {Type: Api, Properties: {Path: /items, Method: get}}\n"
                   "        Add: {Type: Api, Properties: {Path: /items, Method: post}}\n"
                   "        One: {Type: Api, Properties: {Path: '/items/{id}', Method: any}}\n"
                   "        Health: {Type: Api, Properties: {Path: /health, Method: get, "
                   "Auth: {Authorizer: NONE}}}\n"
                   "        Staged: {Type: Api, Properties: {Path: !Sub '/${S}/x', Method: get}}\n")
            << u"GET,POST /items;ANY /items/{id};GET /health public"_s
            << u"not a literal: its route is not taken over"_s;
        QTest::addRow("cloudformation tree")
            << QByteArray(
                   "Resources:\n  Api: {Type: AWS::ApiGateway::RestApi, Properties: {Name: a}}\n"
                   "  Items: {Type: AWS::ApiGateway::Resource, Properties: {RestApiId: !Ref Api, "
                   "ParentId: !GetAtt Api.RootResourceId, PathPart: items}}\n"
                   "  Item: {Type: AWS::ApiGateway::Resource, Properties: {RestApiId: !Ref Api, "
                   "ParentId: !Ref Items, PathPart: '{id}'}}\n"
                   "  Get: {Type: AWS::ApiGateway::Method, Properties: {RestApiId: !Ref Api, "
                   "ResourceId: !Ref Item, HttpMethod: GET, AuthorizationType: NONE}}\n"
                   "  Elsewhere: {Type: AWS::ApiGateway::Method, Properties: {RestApiId: !Ref Api, "
                   "ResourceId: !ImportValue other, HttpMethod: PUT, AuthorizationType: NONE}}\n")
            << u"GET /items/{id}"_s << u"is not a resource of this template"_s;
        QTest::addRow("openapi paths")
            << QByteArray("openapi: 3.0.1\ninfo: {title: t, version: '1'}\n"
                          "x-amazon-apigateway-cors: {allowOrigins: ['https://a.example.com']}\n"
                          "paths:\n  /$default:\n    x-amazon-apigateway-any-method: "
                          "{isDefaultRoute: true}\n"
                          "  /items:\n    get: {}\n    delete: {}\n")
            << u"ANY $default;GET,DELETE /items"_s << QString();
    }
    void routesAreImported()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, routes);
        QFETCH(QString, note);
        const templateimport::ImportResult imported = templateimport::importTemplate(text);
        QVERIFY2(imported.ok(), qPrintable(imported.errors.value(0).message));
        QStringList got;
        for (const Route &route : imported.config.routes) {
            got.append(route.methods.join(u',') + u' ' + route.path +
                       (route.isPublic ? u" public"_s : QString()));
        }
        QCOMPARE(got.join(u';'), routes);
        QStringList notes;
        for (const Diagnostic &diagnostic : imported.notes) {
            notes.append(diagnostic.message);
        }
        if (!note.isEmpty()) {
            QVERIFY2(notes.join(u'\n').contains(note), qPrintable(notes.join(u'\n')));
        }
    }

    // Real-world-shaped templates (several APIs, intrinsic functions, JSON, comments): the whole
    // result, notes included, is compared with a reviewed golden transcript.
    void realWorldTemplates_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("api");
        const QList<std::pair<QString, QString>> rows{
            {u"sam-several-apis.yaml"_s, u"PublicApi"_s},
            {u"sam-several-apis.yaml"_s, u"AdminApi"_s},
            {u"sam-implicit-api.yaml"_s, QString()},
            {u"sam-http-authorizer.yaml"_s, QString()},
            {u"cloudformation-two-apis.json"_s, u"RestApi"_s},
            {u"cloudformation-two-apis.json"_s, u"EventsApi"_s},
            {u"cloudformation-unquoted.yaml"_s, u"Api"_s},
            {u"cloudformation-unquoted.yaml"_s, u"!ImportValue shared-rest-api-id"_s},
            {u"openapi-http.yaml"_s, QString()},
            {u"swagger-rest.json"_s, QString()},
            {u"cloudformation-stages-malformed.yaml"_s, QString()},
            {u"serverless-rest.yml"_s, QString()},
            {u"serverless-both.yml"_s, u"HttpApi"_s},
            {u"serverless-both.yml"_s, u"ApiGatewayRestApi"_s},
        };
        for (const auto &[file, api] : rows) {
            QTest::addRow("%s %s", qPrintable(file), qPrintable(api)) << file << api;
        }
    }
    void realWorldTemplates()
    {
        QFETCH(QString, file);
        QFETCH(QString, api);
        const ImportResult result = importTemplateFile(templatePath(file), api);
        QVERIFY2(result.ok(), qPrintable(result.errors.value(0).message));
        QString golden = u"import/"_s + file.section(u'.', 0, 0);
        if (!api.isEmpty()) {
            golden += u'-' + QString(api).replace(u' ', u'-').remove(u'!');
        }
        const QString failure =
            test::compareWithGolden(golden + u".expected"_s, transcript(file, result));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void severalApisAskForAChoice_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("apis");
        QTest::addRow("SAM, explicit REST and HTTP APIs")
            << u"sam-several-apis.yaml"_s << QStringList{u"PublicApi/rest"_s, u"AdminApi/http"_s};
        QTest::addRow("CloudFormation, WebSocket API left out")
            << u"cloudformation-two-apis.json"_s
            << QStringList{u"RestApi/rest"_s, u"EventsApi/http"_s};
        QTest::addRow("an API defined in another stack")
            << u"cloudformation-unquoted.yaml"_s
            << QStringList{u"Api/rest"_s, u"!ImportValue shared-rest-api-id/rest"_s};
    }
    void severalApisAskForAChoice()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, apis);
        const ImportResult result = importTemplateFile(templatePath(file));
        QCOMPARE(result.status, ImportResult::Status::ChooseApi);
        QCOMPARE(namesOf(result.apis), apis);
        QVERIFY(result.errors.value(0).fix.contains(u"--api"_s));
        for (const ApiCandidate &api : result.apis) {
            QVERIFY(api.position.isValid());
        }

        const ImportResult unknown = importTemplateFile(templatePath(file), u"NoSuchApi"_s);
        QCOMPARE(unknown.status, ImportResult::Status::UnknownApi);
        QVERIFY(unknown.errors.value(0).message.contains(u"NoSuchApi"_s));
        QVERIFY(unknown.errors.value(0).fix.contains(apis.first().section(u'/', 0, 0)));

        // Names are matched exactly first, then ignoring case.
        const ImportResult lowerCase =
            importTemplateFile(templatePath(file), apis.first().section(u'/', 0, 0).toLower());
        QVERIFY(lowerCase.ok());
        QCOMPARE(lowerCase.api.name, apis.first().section(u'/', 0, 0));
    }

    void familiesAreRecognised_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Family>("family");
        QTest::addRow("SAM") << u"sam-implicit-api.yaml"_s << Family::Sam;
        QTest::addRow("CloudFormation JSON")
            << u"cloudformation-two-apis.json"_s << Family::CloudFormation;
        QTest::addRow("OpenAPI") << u"openapi-http.yaml"_s << Family::OpenApi;
        QTest::addRow("Swagger JSON") << u"swagger-rest.json"_s << Family::Swagger;
        QTest::addRow("Serverless") << u"serverless-rest.yml"_s << Family::Serverless;
    }
    void familiesAreRecognised()
    {
        QFETCH(QString, file);
        QFETCH(Family, family);
        QCOMPARE(importTemplateFile(templatePath(file), u"-"_s).family, family);
    }

    // Input that is not a template, or is malformed or hostile: a clear error, in bounded time
    // and memory (the loader counts nodes before building a tree; the walk has a step budget).
    void refusesWithAClearError_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ImportResult::Status>("status");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");

        using Status = ImportResult::Status;
        QTest::addRow("empty") << QByteArray() << Status::Failed << u"empty"_s << 1;
        QTest::addRow("a list") << QByteArray("- a\n- b\n") << Status::Failed << u"holds a list"_s
                                << 1;
        QTest::addRow("unrelated YAML") << QByteArray("name: x\nitems: [1, 2]\n") << Status::Failed
                                        << u"no Resources, openapi"_s << 1;
        QTest::addRow("project file")
            << QByteArray("version: 1\napiType: rest\nallowOrigins: [https://a.example]\n")
            << Status::ProjectFile << u"project file"_s << 1;
        QTest::addRow("no API") << QByteArray("Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n")
                                << Status::Failed << u"defines no API Gateway API"_s << 1;
        QTest::addRow("syntax error") << QByteArray("Resources:\n  A: [1, 2\n  B: 3\n")
                                      << Status::Failed << u"YAML syntax error"_s << 3;
        QTest::addRow("tab indentation")
            << QByteArray("Resources:\n\tApi:\n\t\tType: AWS::Serverless::Api\n") << Status::Failed
            << u"YAML syntax error"_s << 2;
        QTest::addRow("two documents") << QByteArray("Resources: {}\n---\nResources: {}\n")
                                       << Status::Failed << u"2 YAML documents"_s << 0;
        QTest::addRow("NUL byte") << QByteArray("Resources:\n  A: \0\n", 17) << Status::Failed
                                  << u"binary"_s << 2;
        QTest::addRow("Latin-1") << QByteArray("Resources:\n  A: caf\xe9\n") << Status::Failed
                                 << u"not UTF-8"_s << 2;
        QTest::addRow("deep nesting") << repeated("[", 100'000) + repeated("]", 100'000)
                                      << Status::Failed << u"nested more than"_s << 1;
        QTest::addRow("deep block nesting") <<
            [] {
                QByteArray text;
                for (int i = 0; i < 3000; ++i) {
                    text += QByteArray(i, ' ') + "k:\n";
                }
                return text;
            }() << Status::Failed << u"nested more than"_s
                                            << 0;
        QTest::addRow("too many nodes")
            << test::flatList(300'000) << Status::Failed << u"more than 250"_s << 1;
        QTest::addRow("huge file") << "Resources: {}\n# " + QByteArray(9 * 1024 * 1024, 'x')
                                   << Status::Failed << u"templates are read up to 8 MiB"_s << 0;
        QTest::addRow("alias amplification")
            << test::aliasAmplification() << Status::Failed << u"YAML aliases"_s << 0;
    }
    void refusesWithAClearError()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(ImportResult::Status, status);
        QFETCH(QString, message);
        QFETCH(int, line);
        const ImportResult result = importTemplate(bytes);
        QCOMPARE(result.status, status);
        QVERIFY(!result.errors.isEmpty());
        const Diagnostic &error = result.errors.first();
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
        QVERIFY2(!error.fix.isEmpty(), "every error says what to do");
        if (line > 0) {
            QCOMPARE(error.position.line, line);
        }
    }

    // Aliases that are not refused must still be read without expanding them.
    void readsAliasesWithoutExpandingThem_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addRow("billion laughs in a list") << test::billionLaughs();
        QTest::addRow("mapping that contains itself")
            << QByteArray("Resources: &r\n  Api: *r\n  Real:\n    Type: AWS::ApiGatewayV2::Api\n"
                          "    Properties:\n      CorsConfiguration: &c {AllowOrigins: [x], "
                          "Self: *c}\n");
        QTest::addRow("definition that contains itself")
            << QByteArray("Transform: AWS::Serverless-2016-10-31\nResources:\n  Api:\n"
                          "    Type: AWS::Serverless::Api\n    Properties: &p\n"
                          "      DefinitionBody: *p\n      Cors: \"'https://a.example'\"\n");
    }
    void readsAliasesWithoutExpandingThem()
    {
        QFETCH(QByteArray, bytes);
        const ImportResult result = importTemplate(bytes, u"Real"_s);
        QVERIFY2(result.ok() || result.status == ImportResult::Status::UnknownApi,
                 qPrintable(result.errors.value(0).message));
    }

    // Whatever the bytes, the import answers (with a result or an error) and never crashes:
    // thousands of random edits of the real-world templates (run under ASan/UBSan too).
    void survivesMutatedTemplates_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("api");
        QTest::addRow("SAM") << u"sam-several-apis.yaml"_s << u"PublicApi"_s;
        QTest::addRow("CloudFormation JSON") << u"cloudformation-two-apis.json"_s << u"RestApi"_s;
        QTest::addRow("OpenAPI") << u"openapi-http.yaml"_s << QString();
        QTest::addRow("Swagger JSON") << u"swagger-rest.json"_s << QString();
        QTest::addRow("Serverless") << u"serverless-rest.yml"_s << QString();
    }
    void survivesMutatedTemplates()
    {
        QFETCH(QString, file);
        QFETCH(QString, api);
        const QByteArray original = readTemplate(file);
        QVERIFY(!original.isEmpty());
        static const QByteArray alphabet = "{}[]:,-'\"!&*#|>? \n\tabcRefSub0123";
        QRandomGenerator random(42);
        int imported = 0;
        for (int i = 0; i < 1500; ++i) {
            QByteArray mutated = original;
            for (int edits = 1 + random.bounded(4); edits > 0; --edits) {
                const int at = random.bounded(int(mutated.size()));
                const char c = alphabet.at(random.bounded(int(alphabet.size())));
                switch (random.bounded(3)) {
                case 0:
                    mutated[at] = c;
                    break;
                case 1:
                    mutated.insert(at, c);
                    break;
                default:
                    mutated.remove(at, 1 + random.bounded(8));
                }
            }
            const ImportResult result = importTemplate(mutated, api);
            QVERIFY(result.ok() || !result.errors.isEmpty());
            imported += result.ok() ? 1 : 0;
        }
        QVERIFY2(imported > 0, "some edits keep the template importable");
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
