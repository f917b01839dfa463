// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/templateimport.h"
#include "io/projectfile.h"
#include "model/validator.h"
#include "render/corsvalues.h"
#include "render/renderer.h"
#include "support/importexpectation.h"
#include "support/rendercases.h"

#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;
using namespace cors;
using namespace cors::render;

Q_DECLARE_METATYPE(cors::CorsConfig)
Q_DECLARE_METATYPE(cors::render::Format)

namespace {

/// A readable rendition for failure messages.
QByteArray describe(const CorsConfig &config)
{
    return projectfile::serialize(config);
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
        const CorsConfig expected = test::carriedByImport(config, format);
        // Routes written differently can be the same API (GET /a and PUT /a, or one route with
        // both; a public route of an API without an authorizer): then the template is the same.
        const bool sameApi = test::sameApi(imported.config, expected, format);
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
