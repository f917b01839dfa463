// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/templateimport.h"
#include "io/projectfile.h"
#include "model/validator.h"
#include "render/corsvalues.h"
#include "render/renderer.h"
#include "support/rendercases.h"

#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;
using namespace cors;
using namespace cors::render;

Q_DECLARE_METATYPE(cors::CorsConfig)
Q_DECLARE_METATYPE(cors::render::Format)

namespace {

/// What a rendered template of `format` says about `config`: the fields it carries keep their
/// value, the others read back as an import of a template without them does.
/// Stages as an import reads them back: CloudFormation and SAM carry every stage, the first
/// (the StageName parameter's default) giving allowOrigins and the stages with the same
/// origins inheriting them; an OpenAPI document is the first stage's API alone.
CorsConfig carriedStages(const CorsConfig &config, Format format)
{
    if (config.stages.isEmpty()) {
        return config;
    }
    CorsConfig expected = config.forStage(config.stages.first());
    if (format == Format::OpenApi || format == Format::Swagger) {
        expected.stages.clear();
        return expected;
    }
    expected.stages.clear();
    for (const Stage &stage : config.stages) {
        const QStringList origins = stage.allowOrigins.value_or(config.allowOrigins);
        expected.stages.append(Stage{
            stage.name, origins == expected.allowOrigins ? std::nullopt : std::optional(origins)});
    }
    return expected;
}

CorsConfig carried(const CorsConfig &config, Format format)
{
    CorsConfig expected = carriedStages(config, format);
    // The snippets always keep OPTIONS free of the authorizer and the API key.
    expected.authorizePreflight = false;
    if (config.apiType == ApiType::Http) {
        // HTTP APIs have no API keys and no gateway responses; an import leaves the default.
        expected.apiKeyRequired = false;
        expected.gatewayResponses = CorsConfig().gatewayResponses;
        return expected;
    }
    if (!config.gatewayResponses) {
        // A REST API's template carries the expose headers on its gateway responses only.
        expected.exposeHeaders.clear();
    }
    const bool samCors = format == Format::Sam && !render::CorsValues(config).selectsOrigin();
    if (!samCors) {
        // Each path's MOCK preflight allows the methods its routes serve (plus OPTIONS), in
        // allowMethods' order: what the template says of allowMethods is their union, in that
        // order (SAM's Cors names the whole list; with several origins SAM has the preflights
        // in its DefinitionBody).
        QStringList served;
        for (const Route &route : config.effectiveRoutes()) {
            served += config.preflightMethods(route);
        }
        QStringList methods;
        for (const QString &method : config.allowMethods) {
            if (served.contains(method) && !methods.contains(method)) {
                methods.append(method);
            }
        }
        if (!methods.contains(u"OPTIONS"_s)) {
            methods.append(u"OPTIONS"_s);
        }
        expected.allowMethods = methods;
    }
    return expected;
}

/// Whether two templates say the same: mappings compared whatever their order (SAM events,
/// CloudFormation resources), lists in order.
bool sameDocument(const YAML::Node &a, const YAML::Node &b)
{
    if (a.Type() != b.Type() || a.Tag() != b.Tag() || a.size() != b.size()) {
        return false;
    }
    if (a.IsScalar()) {
        return a.Scalar() == b.Scalar();
    }
    if (a.IsSequence()) {
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (!sameDocument(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }
    if (a.IsMap()) {
        for (const auto &entry : a) {
            const YAML::Node other = b[entry.first.Scalar()];
            if (!other || !sameDocument(entry.second, other)) {
                return false;
            }
        }
    }
    return true;
}

/// A readable rendition for failure messages.
QByteArray describe(const CorsConfig &config)
{
    return projectfile::serialise(config);
}

} // namespace

class TestImportRoundTrip : public QObject
{
    Q_OBJECT

private:
    static void addRows(const QString &name, const CorsConfig &config)
    {
        for (const Format format :
             {Format::Sam, Format::CloudFormation, Format::OpenApi, Format::Swagger}) {
            QTest::addRow("%s/%s", qPrintable(name), qPrintable(formatKey(format)))
                << config << format;
        }
    }

private Q_SLOTS:
    void importOfRenderGivesTheConfiguration_data()
    {
        QTest::addColumn<CorsConfig>("config");
        QTest::addColumn<Format>("format");
        for (const auto &[name, config] : test::namedConfigurations()) {
            addRows(name, config);
        }
        // The renderer's property-test configurations: every valid one of 400.
        test::ConfigGenerator generator(20261121);
        int valid = 0;
        for (int i = 0; i < 400; ++i) {
            const CorsConfig config = generator.next();
            if (!hasErrors(validate(config))) {
                addRows(u"generated-%1"_s.arg(i), config);
                ++valid;
            }
        }
        QVERIFY2(valid > 100, "the generator gives too few valid configurations to mean much");
    }
    void importOfRenderGivesTheConfiguration()
    {
        QFETCH(CorsConfig, config);
        QFETCH(Format, format);

        const RenderResult rendered = render::render(config, format);
        QVERIFY(rendered.ok());
        const templateimport::ImportResult imported = templateimport::importTemplate(rendered.text);
        QVERIFY2(imported.ok(), qPrintable(imported.errors.value(0).message));
        QCOMPARE(imported.api.type, config.apiType);
        const CorsConfig expected = carried(config, format);
        // Routes written differently can be the same API (GET /a and PUT /a, or one route with
        // both; a public route of an API without an authorizer): then the template is the same.
        const bool sameApi =
            imported.config == expected ||
            (imported.config.routes != expected.routes &&
             sameDocument(YAML::Load(render::render(imported.config, format).text.toStdString()),
                          YAML::Load(render::render(expected, format).text.toStdString())));
        QVERIFY2(sameApi, QByteArray("imported:\n" + describe(imported.config) + "expected:\n" +
                                     describe(expected) + "template:\n" + rendered.text)
                              .constData());
        // A template written by CORS Configurator holds nothing the import cannot place, except
        // the methods SAM would fill in, which are said.
        for (const Diagnostic &note : imported.notes) {
            QVERIFY2(note.severity == Severity::Info, qPrintable(note.message));
        }
    }
};

QTEST_GUILESS_MAIN(TestImportRoundTrip)
#include "tst_import_roundtrip.moc"
