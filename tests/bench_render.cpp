// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// How long rendering every format takes for a large configuration (100 origins, 20 headers, and
// with 200 routes), for both API types. Run: bench_render -median 9
// (targets: all formats under 0.5 ms without routes, under 5 ms with 200 routes).
#include "render/renderer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace cors;

Q_DECLARE_METATYPE(cors::ApiType)
Q_DECLARE_METATYPE(cors::render::Format)

namespace {

CorsConfig largeConfig(ApiType apiType, int routes)
{
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
    config.allowMethods = {u"GET"_s, u"POST"_s, u"PUT"_s, u"DELETE"_s, u"OPTIONS"_s};
    config.authorizer = u"Authorization"_s;
    // Half collections, half items: /orders7 [GET, POST] and /orders7/{id} [GET, PUT, DELETE].
    for (int i = 0; i < routes / 2; ++i) {
        const QString collection = u"/orders%1"_s.arg(i);
        config.routes.append(Route{collection, {u"GET"_s, u"POST"_s}, i % 10 == 0});
        config.routes.append(
            Route{collection + u"/{id}"_s, {u"GET"_s, u"PUT"_s, u"DELETE"_s}, false});
    }
    return config;
}

} // namespace

class BenchRender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allFormats_data()
    {
        QTest::addColumn<ApiType>("apiType");
        QTest::addColumn<int>("routes");
        QTest::addRow("rest") << ApiType::Rest << 0;
        QTest::addRow("http") << ApiType::Http << 0;
        QTest::addRow("rest, 200 routes") << ApiType::Rest << 200;
        QTest::addRow("http, 200 routes") << ApiType::Http << 200;
    }
    void allFormats()
    {
        QFETCH(ApiType, apiType);
        QFETCH(int, routes);
        CorsConfig config = largeConfig(apiType, routes);
        qsizetype bytes = 0;
        QBENCHMARK
        {
            // A different configuration each time, as after a keystroke: nothing is reused.
            config.maxAge = *config.maxAge == 600 ? 601 : 600;
            for (const render::Format format : render::allFormats) {
                bytes += render::renderValidated(config, format).size();
            }
        }
        QVERIFY(bytes > 0);
    }

    // Where the time of the 200-route configurations goes.
    void oneFormat_data()
    {
        QTest::addColumn<ApiType>("apiType");
        QTest::addColumn<render::Format>("format");
        for (const ApiType type : {ApiType::Rest, ApiType::Http}) {
            for (const render::Format format : render::allFormats) {
                QTest::addRow("%s, 200 routes, %s", qPrintable(apiTypeKey(type)),
                              qPrintable(render::formatKey(format)))
                    << type << format;
            }
        }
    }
    void oneFormat()
    {
        QFETCH(ApiType, apiType);
        QFETCH(render::Format, format);
        CorsConfig config = largeConfig(apiType, 200);
        qsizetype bytes = 0;
        QBENCHMARK
        {
            config.maxAge = *config.maxAge == 600 ? 601 : 600;
            bytes += render::renderValidated(config, format).size();
        }
        QVERIFY(bytes > 0);
    }
};

QTEST_GUILESS_MAIN(BenchRender)
#include "bench_render.moc"
