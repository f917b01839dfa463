// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// How long rendering every format takes for a large configuration (100 origins, 20 headers),
// for both API types. Run: bench_render -median 9   (target: under 0.5 ms for all formats).
#include "render/renderer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace cors;

Q_DECLARE_METATYPE(cors::ApiType)

class BenchRender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allFormats_data()
    {
        QTest::addColumn<ApiType>("apiType");
        QTest::addRow("rest") << ApiType::Rest;
        QTest::addRow("http") << ApiType::Http;
    }
    void allFormats()
    {
        QFETCH(ApiType, apiType);
        CorsConfig config;
        config.apiType = apiType;
        config.allowOrigins.clear();
        for (int i = 0; i < 100; ++i) {
            config.allowOrigins.append(u"https://app%1.example.com"_s.arg(i));
        }
        config.allowHeaders.clear();
        for (int i = 0; i < 20; ++i) {
            config.allowHeaders.append(u"X-Header-%1"_s.arg(i));
        }
        config.exposeHeaders = {u"X-Request-Id"_s, u"ETag"_s};
        config.maxAge = 600;
        qsizetype bytes = 0;
        QBENCHMARK
        {
            for (const render::Format format : render::allFormats) {
                bytes += render::renderValidated(config, format).size();
            }
        }
        QVERIFY(bytes > 0);
    }
};

QTEST_GUILESS_MAIN(BenchRender)
#include "bench_render.moc"
