// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/fingerprint.h"
#include "render/renderer.h"
#include "support/golden.h"
#include "support/rendercases.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;
using namespace cors;
using namespace cors::render;

Q_DECLARE_METATYPE(cors::CorsConfig)
Q_DECLARE_METATYPE(cors::render::Format)

namespace {

// Goldens do not change with the version number.
QByteArray withoutVersion(QByteArray text)
{
    return text.replace("CORS Configurator " CORS_VERSION, "CORS Configurator @VERSION@");
}

YAML::Node parseYaml(const QByteArray &text)
{
    return YAML::Load(text.toStdString());
}

std::string str(const YAML::Node &node)
{
    return node.Scalar();
}

} // namespace

class TestRender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<CorsConfig>("config");
        QTest::addColumn<Format>("format");
        QTest::addColumn<QString>("golden");
        for (const auto &[name, config] : test::namedConfigurations()) {
            for (const Format format : allFormats) {
                const QString golden = u"golden/%1/%2"_s.arg(name, defaultFileName(format));
                QTest::addRow("%s", qPrintable(golden)) << config << format << golden;
            }
        }
    }
    void golden()
    {
        QFETCH(CorsConfig, config);
        QFETCH(Format, format);
        QFETCH(QString, golden);

        const RenderResult result = render::render(config, format);
        QVERIFY(result.ok());
        const QString failure = test::compareWithGolden(golden, withoutVersion(result.text));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void refusesInvalidConfiguration_data()
    {
        QTest::addColumn<Format>("format");
        for (const Format format : allFormats) {
            QTest::addRow("%s", qPrintable(formatKey(format))) << format;
        }
    }
    void refusesInvalidConfiguration()
    {
        QFETCH(Format, format);
        CorsConfig config;
        config.allowOrigins = {u"https://app.example.com/\r\nX-Evil: 1"_s};
        const RenderResult result = render::render(config, format);
        QVERIFY(!result.ok());
        QVERIFY(result.text.isEmpty());
        QVERIFY(hasErrors(result.findings));
    }

    void samRestCarriesStaticValues()
    {
        CorsConfig config = test::namedConfigurations().at(1).second;
        const YAML::Node sam = parseYaml(render::render(config, Format::Sam).text);
        QCOMPARE(str(sam["Transform"]), "AWS::Serverless-2016-10-31");
        const YAML::Node cors = sam["Globals"]["Api"]["Cors"];
        QCOMPARE(str(cors["AllowOrigin"]), "'https://app.example.com'");
        QCOMPARE(str(cors["AllowMethods"]), "'GET,PUT,DELETE,OPTIONS'");
        QCOMPARE(str(cors["AllowHeaders"]), "'Content-Type,Authorization,X-Api-Key'");
        QCOMPARE(str(cors["MaxAge"]), "'600'");
        QCOMPARE(cors["AllowCredentials"].as<bool>(), true);
        const YAML::Node auth = sam["Globals"]["Api"]["Auth"];
        QCOMPARE(auth["AddDefaultAuthorizerToCorsPreflight"].as<bool>(), false);
        QCOMPARE(auth["AddApiKeyRequiredToCorsPreflight"].as<bool>(), false);
        QCOMPARE(str(auth["Authorizers"]["TokenAuthorizer"]["Identity"]["Header"]),
                 "Authorization");
        const YAML::Node headers = sam["Globals"]["Api"]["GatewayResponses"]["DEFAULT_5XX"]
                                      ["ResponseParameters"]["Headers"];
        QCOMPARE(str(headers["Access-Control-Allow-Origin"]), "'https://app.example.com'");
        QCOMPARE(str(headers["Access-Control-Allow-Credentials"]), "'true'");
        QCOMPARE(str(headers["Access-Control-Expose-Headers"]), "'X-Request-Id,ETag'");
    }

    void samHttpCarriesLists()
    {
        CorsConfig config = test::namedConfigurations().at(4).second;
        const YAML::Node sam = parseYaml(render::render(config, Format::Sam).text);
        const YAML::Node cors = sam["Globals"]["HttpApi"]["CorsConfiguration"];
        QCOMPARE(cors["AllowOrigins"].size(), std::size_t(3));
        QCOMPARE(str(cors["AllowOrigins"][2]), "http://localhost:5173");
        QCOMPARE(cors["MaxAge"].as<int>(), 7200);
        QCOMPARE(str(cors["ExposeHeaders"][1]), "ETag");
        QVERIFY(!sam["Globals"]["Api"]);
        // The OPTIONS routes that skip the authorizer of the ANY routes.
        const YAML::Node events = sam["Resources"]["ApiFunction"]["Properties"]["Events"];
        QCOMPARE(str(events["OptionsRoot"]["Properties"]["Path"]), "/");
        const YAML::Node preflight = events["OptionsProxy"];
        QCOMPARE(str(preflight["Properties"]["Path"]), "/{proxy+}");
        QCOMPARE(str(preflight["Properties"]["Method"]), "OPTIONS");
        QCOMPARE(str(preflight["Properties"]["Auth"]["Authorizer"]), "NONE");
        // "2.0" stays a string for YAML readers that would take it for a number.
        QCOMPARE(preflight["Properties"]["PayloadFormatVersion"].Tag(), "!");
    }

    void cloudFormationRestMock()
    {
        const YAML::Node cfn = parseYaml(render::render(CorsConfig{}, Format::CloudFormation).text);
        for (const char *method : {"RootOptionsMethod", "ProxyOptionsMethod"}) {
            const YAML::Node properties = cfn["Resources"][method]["Properties"];
            QCOMPARE(str(properties["HttpMethod"]), "OPTIONS");
            QCOMPARE(str(properties["AuthorizationType"]), "NONE");
            QCOMPARE(str(properties["Integration"]["Type"]), "MOCK");
            QCOMPARE(str(properties["Integration"]["ContentHandling"]), "CONVERT_TO_TEXT");
            const YAML::Node integration = properties["Integration"]["IntegrationResponses"][0];
            QCOMPARE(str(integration["ResponseParameters"]
                                    ["method.response.header.Access-Control-Allow-Origin"]),
                     "'http://localhost:3000'");
            const YAML::Node declared = properties["MethodResponses"][0]["ResponseParameters"];
            QCOMPARE(declared["method.response.header.Access-Control-Allow-Origin"].as<bool>(),
                     true);
            QCOMPARE(integration["ResponseParameters"].size(), declared.size());
        }
        QCOMPARE(str(cfn["Resources"]["GatewayResponseDefault4XX"]["Properties"]["ResponseType"]),
                 "DEFAULT_4XX");
    }

    void cloudFormationHttpCorsConfiguration()
    {
        CorsConfig config = test::namedConfigurations().at(5).second;
        const YAML::Node cfn = parseYaml(render::render(config, Format::CloudFormation).text);
        const YAML::Node cors = cfn["Resources"]["HttpApi"]["Properties"]["CorsConfiguration"];
        QCOMPARE(str(cors["AllowOrigins"][0]), "https://*");
        QCOMPARE(cors["MaxAge"].as<int>(), -1);
        QVERIFY(!cors["AllowCredentials"]);
    }

    void openApiAndSwagger()
    {
        const YAML::Node openapi = parseYaml(render::render(CorsConfig{}, Format::OpenApi).text);
        QCOMPARE(str(openapi["openapi"]), "3.0.1");
        QCOMPARE(str(openapi["paths"]["/{proxy+}"]["options"]["x-amazon-apigateway-integration"]
                            ["type"]),
                 "mock");
        QVERIFY(openapi["x-amazon-apigateway-gateway-responses"]["DEFAULT_4XX"]);

        CorsConfig http;
        http.apiType = ApiType::Http;
        const QJsonObject swagger =
            QJsonDocument::fromJson(render::render(http, Format::Swagger).text).object();
        QCOMPARE(swagger[u"swagger"_s].toString(), u"2.0"_s);
        const QJsonObject cors = swagger[u"x-amazon-apigateway-cors"_s].toObject();
        QCOMPARE(cors[u"allowOrigins"_s].toArray().first().toString(), u"http://localhost:3000"_s);
    }

    void lambdaHttpSendsNoCorsHeaders()
    {
        CorsConfig http;
        http.apiType = ApiType::Http;
        QVERIFY(
            !render::render(http, Format::LambdaNode).text.contains("Access-Control-Allow-Origin"));
        QVERIFY(!render::render(http, Format::LambdaPython)
                     .text.contains("Access-Control-Allow-Origin"));
        QVERIFY(render::render(CorsConfig{}, Format::LambdaNode).text.contains("Vary"));
    }

    void fingerprintFollowsTheConfiguration()
    {
        CorsConfig a;
        CorsConfig b;
        QCOMPARE(fingerprint(a), fingerprint(b));
        b.maxAge = 600;
        QVERIFY(fingerprint(a) != fingerprint(b));
        QCOMPARE(fingerprint(a).size(), 12);
    }
};

QTEST_GUILESS_MAIN(TestRender)
#include "tst_render.moc"
