// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// "The part to merge" and the tinted CORS lines: golden excerpts of the named configurations,
// and properties every excerpt keeps (YAML excerpts still parse, every CORS line of the
// complete snippet survives in order, brackets balance).

#include "render/corslines.h"
#include "render/renderer.h"
#include "support/golden.h"
#include "support/rendercases.h"

#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace cors;
using namespace cors::render;
using namespace Qt::StringLiterals;

namespace {

bool isYaml(Format format)
{
    return format == Format::Sam || format == Format::CloudFormation || format == Format::OpenApi;
}

QStringList linesOf(const QString &text, const QList<bool> &flags)
{
    QStringList result;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size() && i < flags.size(); ++i) {
        if (flags[i]) {
            result.append(lines[i]);
        }
    }
    return result;
}

} // namespace

class TestCorsLines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldenExcerpts_data()
    {
        QTest::addColumn<CorsConfig>("config");
        QTest::addColumn<QString>("name");
        for (const auto &[name, config] : test::namedConfigurations()) {
            if (name == u"rest-origins" || name == u"http-routes" || name == u"rest-stages" ||
                name == u"rest-credentials-authorizer") {
                QTest::newRow(qPrintable(name)) << config << name;
            }
        }
    }

    void goldenExcerpts()
    {
        QFETCH(CorsConfig, config);
        QFETCH(QString, name);
        for (const Format format : allFormats) {
            const QString text = QString::fromUtf8(renderValidated(config, format));
            const CorsOutline excerpt = corsExcerpt(format, text);
            if (format == Format::LambdaNode || format == Format::LambdaPython ||
                format == Format::CdkTypeScript || format == Format::CdkPython) {
                // Code is taken whole (a handler is all CORS, a stack is not merged line by
                // line): its golden is the render's.
                QCOMPARE(excerpt.text, text);
                continue;
            }
            const QString problem = test::compareWithGolden(
                u"excerpt/%1/%2"_s.arg(name, defaultFileName(format)), excerpt.text.toUtf8());
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }

    void classifiesOurNames_data()
    {
        QTest::addColumn<Format>("format");
        QTest::addColumn<QString>("line");
        QTest::addColumn<CorsLine>("expected");
        QTest::newRow("sam cors") << Format::Sam << u"    Cors:"_s << CorsLine::Block;
        QTest::newRow("cfn options")
            << Format::CloudFormation << u"  ItemsOptionsMethod:  # The preflight"_s
            << CorsLine::Block;
        QTest::newRow("header") << Format::CloudFormation
                                << u"  method.response.header.Access-Control-Max-Age: true"_s
                                << CorsLine::Line;
        QTest::newRow("not cors") << Format::CloudFormation << u"  Type: AWS::ApiGateway::Method"_s
                                  << CorsLine::No;
        QTest::newRow("tf block") << Format::Terraform << u"  cors_configuration {"_s
                                  << CorsLine::Block;
        QTest::newRow("tf origins")
            << Format::Terraform << u"    allow_origins = [\"x\"]"_s << CorsLine::Line;
        QTest::newRow("tf other") << Format::Terraform << u"  name = \"cors-api\""_s
                                  << CorsLine::No;
    }

    void classifiesOurNames()
    {
        QFETCH(Format, format);
        QFETCH(QString, line);
        QFETCH(CorsLine, expected);
        QCOMPARE(classifyCorsLine(format, line), expected);
    }

    // Properties over random configurations: the excerpt keeps every CORS line in order, YAML
    // excerpts parse, Terraform excerpts balance their braces, and flags match lines.
    void excerptsKeepStructure()
    {
        test::ConfigGenerator generator(4711);
        for (int i = 0; i < 60; ++i) {
            const CorsConfig config = generator.next();
            for (const Format format : allFormats) {
                const QByteArray rendered = renderValidated(config, format);
                if (rendered.isEmpty()) {
                    continue; // invalid: nothing to excerpt
                }
                const QString text = QString::fromUtf8(rendered);
                const QList<bool> cors = corsLines(format, text);
                QCOMPARE(cors.size(), text.split(u'\n').size());
                const CorsOutline excerpt = corsExcerpt(format, text);
                if (excerpt.cors.size() != excerpt.text.split(u'\n').size()) {
                    QFAIL(qPrintable(formatKey(format) + u"\n"_s + excerpt.text));
                }
                QCOMPARE(linesOf(excerpt.text, excerpt.cors), linesOf(text, cors));
                if (isYaml(format)) {
                    try {
                        const YAML::Node node = YAML::Load(excerpt.text.toStdString());
                        QVERIFY(node.IsMap());
                    } catch (const YAML::Exception &e) {
                        QFAIL(qPrintable(u"%1 excerpt does not parse: %2\n%3"_s.arg(
                            formatKey(format), QString::fromUtf8(e.what()), excerpt.text)));
                    }
                }
                if (format == Format::Terraform) {
                    QCOMPARE(excerpt.text.count(u'{'), excerpt.text.count(u'}'));
                }
            }
        }
    }

    void excerptIsShorterAndHasTheCorsValues()
    {
        CorsConfig config;
        config.allowOrigins = {u"https://app.example.com"_s};
        config.routes = {Route{u"/items"_s, {u"GET"_s}, false}};
        for (const Format format : {Format::Terraform, Format::CloudFormation, Format::Sam}) {
            const QString text = QString::fromUtf8(renderValidated(config, format));
            const CorsOutline excerpt = corsExcerpt(format, text);
            QVERIFY(excerpt.text.size() < text.size());
            QVERIFY2(excerpt.text.contains(u"https://app.example.com"_s), qPrintable(excerpt.text));
            // The first screen holds CORS values: within the first 25 lines.
            const QString firstScreen = excerpt.text.split(u'\n').mid(0, 25).join(u'\n');
            QVERIFY2(firstScreen.contains(u"Access-Control"_s) ||
                         firstScreen.contains(u"AllowOrigin"_s) ||
                         firstScreen.contains(u"allow_methods"_s),
                     qPrintable(firstScreen));
        }
    }
};

QTEST_GUILESS_MAIN(TestCorsLines)
#include "tst_corslines.moc"
