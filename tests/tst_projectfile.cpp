// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulator/gateway.h"
#include "io/projectfile.h"
#include "render/renderer.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

#include <csignal>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace cors;

Q_DECLARE_METATYPE(cors::CorsConfig)

namespace {

QString describeErrors(const projectfile::LoadResult &result)
{
    QStringList lines;
    for (const Diagnostic &d : result.errors) {
        lines.append(formatDiagnostic(u"<file>"_s, d));
    }
    return lines.join(u'\n');
}

CorsConfig everythingSet()
{
    CorsConfig config;
    config.apiType = ApiType::Http;
    config.allowOrigins = {u"https://app.example.com"_s, u"http://localhost:5173"_s};
    config.allowMethods = {u"GET"_s, u"PUT"_s, u"DELETE"_s};
    config.allowHeaders = {u"Authorization"_s, u"Content-Type"_s};
    config.exposeHeaders = {u"X-Request-Id"_s};
    config.maxAge = 7200;
    config.allowCredentials = true;
    config.authorizer = u"Authorization"_s;
    config.apiKeyRequired = true;
    config.authorizePreflight = true;
    config.gatewayResponses = false;
    config.routes = {Route{u"/items/{id}"_s, {u"GET"_s, u"PUT"_s}, false},
                     Route{u"$default"_s, {u"ANY"_s}, false},
                     Route{u"/health"_s, {u"GET"_s}, true}};
    config.stages = {Stage{u"dev"_s, QStringList{u"http://localhost:5173"_s}},
                     Stage{u"staging"_s, std::nullopt},
                     Stage{u"prod"_s, QStringList{u"https://app.example.com"_s}},
                     Stage{u"empty"_s, QStringList{}}};
    return config;
}

} // namespace

class TestProjectFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<CorsConfig>("config");
        QTest::addRow("aws example") << CorsConfig{};
        QTest::addRow("blank") << CorsConfig::blank();
        QTest::addRow("everything set") << everythingSet();
        CorsConfig negative;
        negative.maxAge = -1;
        QTest::addRow("max age -1") << negative;
        CorsConfig outOfRange;
        outOfRange.maxAge = 9'000'000'000LL;
        QTest::addRow("max age beyond int") << outOfRange;
        // Values YAML would read as something else unless quoted: they must come back as text.
        CorsConfig tricky = CorsConfig::blank();
        tricky.allowOrigins = {u"null"_s,   u"~"_s,    u"*"_s,      u"yes"_s,   u"true"_s,
                               u"123"_s,    u"0x1F"_s, u"1e3"_s,    u"NO"_s,    u"off"_s,
                               u"&a"_s,     u"- x"_s,  u"a: b"_s,   u"#c"_s,    u"'q'"_s,
                               u"\"d\""_s,  u"%x"_s,   u"@x"_s,     u"`x"_s,    u"!x"_s,
                               u"|"_s,      u">"_s,    u"{a}"_s,    u"[a]"_s,   u" lead"_s,
                               u"trail "_s, QString(), u"bücher"_s, u"\u2028"_s};
        QTest::addRow("yaml-special strings") << tricky;
        // Invalid input is still the user's input: saving must not lose a byte of it.
        CorsConfig controls = CorsConfig::blank();
        controls.allowHeaders = {u"a\rb"_s,    u"c\x7f"_s,  u"n"_s + QChar(0) + u"ul"_s,
                                 u"x\x1by"_s,  u"tab\tz"_s, u"line\nfeed"_s,
                                 u"c1\u0085"_s};
        controls.authorizer = u"Auth\r\nX: y"_s;
        QTest::addRow("control characters") << controls;
        CorsConfig authorizerNone = CorsConfig::blank();
        authorizerNone.authorizer = u"None"_s; // only the plain word "none" means no authorizer
        QTest::addRow("authorizer named None") << authorizerNone;
    }
    void roundTrip()
    {
        QFETCH(CorsConfig, config);
        const QByteArray bytes = projectfile::serialize(config);
        // The file is YAML that yaml-cpp itself reads back.
        QVERIFY(YAML::Load(bytes.toStdString()).IsMap());
        const projectfile::LoadResult loaded = projectfile::parse(bytes);
        QVERIFY2(loaded.ok(),
                 qPrintable(describeErrors(loaded) + u"\n"_s + QString::fromUtf8(bytes)));
        QVERIFY2(loaded.config == config, bytes.constData());
    }

    void randomRoundTrips()
    {
        // Property test: random configurations over a character soup that includes every YAML
        // indicator, quotes, controls and non-ASCII text survive save and load unchanged.
        const QString soup = u"aZ09 -_:.,/*?#&!|>'\"%@`{}[]~\\\t\r\n\x01\x7fü€\u2028😀"_s;
        QRandomGenerator random(20261121);
        const auto randomText = [&] {
            QString text;
            const int length = random.bounded(0, 12);
            for (int i = 0; i < length; ++i) {
                text += soup.at(random.bounded(soup.size()));
            }
            // Never a lone high/low surrogate: that is not text a user can type.
            return QString::fromUtf8(text.toUtf8());
        };
        const auto randomList = [&] {
            QStringList list;
            const int size = random.bounded(0, 4);
            for (int i = 0; i < size; ++i) {
                list.append(randomText());
            }
            return list;
        };
        for (int round = 0; round < 500; ++round) {
            CorsConfig config;
            config.apiType = random.bounded(2) ? ApiType::Rest : ApiType::Http;
            config.allowOrigins = randomList();
            config.allowMethods = randomList();
            config.allowHeaders = randomList();
            config.exposeHeaders = randomList();
            if (random.bounded(2)) {
                config.maxAge = qint64(random.bounded(200000)) - 100000;
            }
            config.allowCredentials = random.bounded(2);
            config.authorizer = randomText();
            if (config.authorizer == u"none") {
                config.authorizer.clear();
            }
            config.apiKeyRequired = random.bounded(2);
            config.authorizePreflight = random.bounded(2);
            config.gatewayResponses = random.bounded(2);
            for (int i = random.bounded(0, 3); i > 0; --i) {
                config.routes.append(Route{randomText(), randomList(), random.bounded(2) == 0});
            }
            for (int i = random.bounded(0, 3); i > 0; --i) {
                const QString name = randomText();
                if (findStage(config.stages, name) == nullptr) { // a mapping: one entry per name
                    config.stages.append(Stage{name, random.bounded(2) ? std::optional(randomList())
                                                                       : std::nullopt});
                }
            }
            const QByteArray bytes = projectfile::serialize(config);
            const projectfile::LoadResult loaded = projectfile::parse(bytes);
            QVERIFY2(loaded.ok(),
                     qPrintable(describeErrors(loaded) + u"\n"_s + QString::fromUtf8(bytes)));
            QVERIFY2(loaded.config == config, bytes.constData());
        }
    }

    void fileRoundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"api.cors.yaml"_s);
        const Expected<void> saved = projectfile::write(everythingSet(), path);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error()));
        const projectfile::LoadResult loaded = projectfile::read(path);
        QVERIFY2(loaded.ok(), qPrintable(describeErrors(loaded)));
        QCOMPARE(loaded.config, everythingSet());
    }

    void serializedFormIsReadable()
    {
        const QByteArray bytes = projectfile::serialize(CorsConfig{});
        QVERIFY(bytes.contains("version: 2\n"));
        QVERIFY(bytes.contains("apiType: rest\n"));
        QVERIFY(bytes.contains("allowOrigins:\n  - http://localhost:3000\n"));
        QVERIFY(bytes.contains("exposeHeaders: []\n"));
        QVERIFY(bytes.contains("maxAge: ~\n"));
        QVERIFY(bytes.contains("authorizer: none\n"));
        QVERIFY(bytes.contains("gatewayResponses: true\n"));
    }

    void sourcePositions()
    {
        const QByteArray text = "version: 1\n"
                                "apiType: http\n"
                                "allowOrigins:\n"
                                "  - https://a.example.com\n"
                                "  - https://b.example.com/\n"
                                "allowMethods: [GET, POST]\n"
                                "maxAge: 600\n";
        const projectfile::LoadResult loaded = projectfile::parse(text);
        QVERIFY2(loaded.ok(), qPrintable(describeErrors(loaded)));
        QCOMPARE(loaded.sourceMap.position(Field::AllowOrigins, 1), (SourcePosition{5, 5}));
        QCOMPARE(loaded.sourceMap.position(Field::AllowMethods, 1), (SourcePosition{6, 21}));
        QCOMPARE(loaded.sourceMap.position(Field::MaxAge), (SourcePosition{7, 9}));
        QCOMPARE(loaded.sourceMap.position(Field::AllowOrigins), (SourcePosition{4, 3}));
        // A field that is not in the file points at the start of the file.
        QCOMPARE(loaded.sourceMap.position(Field::Authorizer), (SourcePosition{1, 1}));

        const projectfile::LoadResult routes = projectfile::parse("version: 2\n"
                                                                  "routes:\n"
                                                                  "  - path: /a\n"
                                                                  "    methods: [GET]\n"
                                                                  "  - path: /b\n"
                                                                  "    methods: [ANY]\n");
        QVERIFY2(routes.ok(), qPrintable(describeErrors(routes)));
        QCOMPARE(routes.sourceMap.position(Field::Routes, 1), (SourcePosition{5, 5}));
    }

    // Version 1 files open with nothing lost and are written back as version 2.
    void versionOneIsMigrated()
    {
        const QByteArray text = "version: 1\n"
                                "apiType: http\n"
                                "allowOrigins: [https://a.example.com]\n"
                                "allowMethods: [GET, PUT]\n"
                                "maxAge: 600\n"
                                "authorizer: Authorization\n";
        const projectfile::LoadResult loaded = projectfile::parse(text);
        QVERIFY2(loaded.ok(), qPrintable(describeErrors(loaded)));
        QCOMPARE(loaded.version, 1);
        QVERIFY(loaded.config.routes.isEmpty());
        QCOMPARE(loaded.config.allowMethods, (QStringList{u"GET"_s, u"PUT"_s}));
        const QByteArray saved = projectfile::serialize(loaded.config);
        QVERIFY(saved.startsWith("# ") && saved.contains("\nversion: 2\n"));
        const projectfile::LoadResult again = projectfile::parse(saved);
        QCOMPARE(again.version, 2);
        QCOMPARE(again.config, loaded.config);
    }

    void missingKeysMeanNone()
    {
        const projectfile::LoadResult loaded = projectfile::parse("version: 1\n");
        QVERIFY2(loaded.ok(), qPrintable(describeErrors(loaded)));
        QCOMPARE(loaded.config, CorsConfig::blank());
        QVERIFY(loaded.config.gatewayResponses);
    }

    void lenientButExplicitValues()
    {
        const projectfile::LoadResult loaded =
            projectfile::parse("version: 1\nallowOrigins:\nmaxAge: null\nauthorizer: ~\n"
                               "allowCredentials: True\n# comment\n");
        QVERIFY2(loaded.ok(), qPrintable(describeErrors(loaded)));
        QVERIFY(loaded.config.allowOrigins.isEmpty());
        QVERIFY(!loaded.config.maxAge);
        QVERIFY(!loaded.config.hasAuthorizer());
        QVERIFY(loaded.config.allowCredentials);
    }

    void crlfAndBom()
    {
        const projectfile::LoadResult loaded = projectfile::parse(
            "\xEF\xBB\xBFversion: 1\r\napiType: http\r\nallowMethods: [GET]\r\n");
        QVERIFY2(loaded.ok(), qPrintable(describeErrors(loaded)));
        QCOMPARE(loaded.config.apiType, ApiType::Http);
        QCOMPARE(loaded.config.allowMethods, QStringList{u"GET"_s});
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("unreadable");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("messagePart");

        QTest::addRow("empty") << QByteArray() << false << 1 << 1 << u"empty"_s;
        QTest::addRow("only a comment")
            << QByteArray("# nothing\n") << false << 1 << 1 << u"empty"_s;
        QTest::addRow("a list") << QByteArray("- a\n- b\n") << false << 1 << 1 << u"a list"_s;
        QTest::addRow("a scalar") << QByteArray("hello\n") << false << 1 << 1 << u"'hello'"_s;
        QTest::addRow("binary") << QByteArray("version: 1\n\0\x01\x02", 14) << true << 2 << 1
                                << u"binary"_s;
        QTest::addRow("latin-1") << QByteArray("version: 1\napiType: caf\xe9\n") << true << 2 << 13
                                 << u"UTF-8"_s;
        QTest::addRow("truncated flow")
            << QByteArray("version: 1\nallowOrigins: [a, b\n") << false << 3 << 1 << u"syntax"_s;
        QTest::addRow("truncated mapping")
            << QByteArray("version: 1\nallowOrigins: {a: [b\n") << false << 3 << 1 << u"syntax"_s;
        QTest::addRow("tab indentation")
            << QByteArray("version: 1\nallowOrigins:\n\t- a\n") << false << 3 << 2 << u"syntax"_s;
        QTest::addRow("missing version")
            << QByteArray("apiType: rest\n") << false << 1 << 1 << u"'version' is missing"_s;
        QTest::addRow("newer version")
            << QByteArray("version: 3\napiType: rest\n") << false << 1 << 10 << u"newer"_s;
        QTest::addRow("huge version")
            << QByteArray("version: 99999999999999999999\n") << false << 1 << 10 << u"newer"_s;
        QTest::addRow("routes in version 1")
            << QByteArray("version: 1\nroutes: []\n") << false << 2 << 1 << u"version 2"_s;
        QTest::addRow("routes not a list")
            << QByteArray("version: 2\nroutes: /items\n") << false << 2 << 9 << u"a list"_s;
        QTest::addRow("route not a mapping")
            << QByteArray("version: 2\nroutes:\n  - /items\n") << false << 3 << 5
            << u"Route 1 is the value '/items'"_s;
        QTest::addRow("route without path")
            << QByteArray("version: 2\nroutes:\n  - methods: [GET]\n") << false << 3 << 5
            << u"has no 'path'"_s;
        QTest::addRow("route unknown key")
            << QByteArray("version: 2\nroutes:\n  - path: /a\n    method: [GET]\n") << false << 4
            << 5 << u"unknown key 'method'"_s;
        QTest::addRow("stages in version 1")
            << QByteArray("version: 1\nstages: {}\n") << false << 2 << 1 << u"version 2"_s;
        QTest::addRow("stages a list")
            << QByteArray("version: 2\nstages: [dev]\n") << false << 2 << 9 << u"a mapping"_s;
        QTest::addRow("stage a list") << QByteArray("version: 2\nstages:\n  dev: [a]\n") << false
                                      << 3 << 8 << u"Stage 'dev' is a list"_s;
        QTest::addRow("stage unknown key")
            << QByteArray("version: 2\nstages:\n  dev:\n    allowMethods: [GET]\n") << false << 4
            << 5 << u"unknown key 'allowMethods'"_s;
        QTest::addRow("stage origins not a list")
            << QByteArray("version: 2\nstages:\n  dev:\n    allowOrigins: https://a.example\n")
            << false << 4 << 19 << u"must be a list"_s;
        QTest::addRow("route authorizer header")
            << QByteArray("version: 2\nroutes:\n  - path: /a\n    authorizer: X-Token\n") << false
            << 4 << 17 << u"can only be none"_s;
        QTest::addRow("route methods mapping")
            << QByteArray("version: 2\nroutes:\n  - path: /a\n    methods: {GET: 1}\n") << false
            << 4 << 14 << u"'methods' must be a list"_s;
        QTest::addRow("route path list") << QByteArray("version: 2\nroutes:\n  - path: [/a]\n")
                                         << false << 3 << 11 << u"'path' must be text"_s;
        QTest::addRow("version zero")
            << QByteArray("version: 0\n") << false << 1 << 10 << u"does not exist"_s;
        QTest::addRow("version quoted")
            << QByteArray("version: \"1\"\n") << false << 1 << 10 << u"must be the number 2"_s;
        QTest::addRow("version list")
            << QByteArray("version: [1]\n") << false << 1 << 10 << u"must be the number 2"_s;
        QTest::addRow("unknown key") << QByteArray("version: 1\norigins: [a]\n") << false << 2 << 1
                                     << u"Unknown key 'origins'"_s;
        QTest::addRow("duplicate key") << QByteArray("version: 1\nmaxAge: 5\nmaxAge: 6\n") << false
                                       << 3 << 1 << u"appears twice (first at line 2)"_s;
        QTest::addRow("key not a scalar")
            << QByteArray("version: 1\n[a]: b\n") << false << 2 << 1 << u"plain name"_s;
        QTest::addRow("apiType unknown") << QByteArray("version: 1\napiType: soap\n") << false << 2
                                         << 10 << u"'apiType' must be rest or http"_s;
        QTest::addRow("apiType upper") << QByteArray("version: 1\napiType: REST\n") << false << 2
                                       << 10 << u"'apiType' must be rest or http"_s;
        QTest::addRow("list is a string")
            << QByteArray("version: 1\nallowOrigins: https://a.example\n") << false << 2 << 15
            << u"'allowOrigins' must be a list"_s;
        QTest::addRow("list is a mapping") << QByteArray("version: 1\nallowHeaders: {a: b}\n")
                                           << false << 2 << 15 << u"must be a list"_s;
        QTest::addRow("nested list entry")
            << QByteArray("version: 1\nallowMethods:\n  - [GET]\n") << false << 3 << 5
            << u"Entry 1 of 'allowMethods' is a list"_s;
        QTest::addRow("null entry") << QByteArray("version: 1\nallowOrigins:\n  - null\n") << false
                                    << 3 << 5 << u"Entry 1 of 'allowOrigins' is empty"_s;
        QTest::addRow("bool as yes") << QByteArray("version: 1\nallowCredentials: yes\n") << false
                                     << 2 << 19 << u"must be true or false"_s;
        QTest::addRow("bool quoted") << QByteArray("version: 1\napiKeyRequired: \"true\"\n")
                                     << false << 2 << 17 << u"must be true or false"_s;
        QTest::addRow("bool null") << QByteArray("version: 1\ngatewayResponses:\n") << false << 2
                                   << 1 << u"must be true or false"_s;
        QTest::addRow("maxAge text")
            << QByteArray("version: 1\nmaxAge: ten\n") << false << 2 << 9 << u"whole number"_s;
        QTest::addRow("maxAge quoted")
            << QByteArray("version: 1\nmaxAge: \"600\"\n") << false << 2 << 9 << u"whole number"_s;
        QTest::addRow("maxAge float")
            << QByteArray("version: 1\nmaxAge: 1.5\n") << false << 2 << 9 << u"whole number"_s;
        QTest::addRow("maxAge overflow")
            << QByteArray("version: 1\nmaxAge: 99999999999999999999999\n") << false << 2 << 9
            << u"whole number"_s;
        QTest::addRow("authorizer mapping")
            << QByteArray("version: 1\nauthorizer: {header: Authorization}\n") << false << 2 << 13
            << u"'authorizer' must be none"_s;
        QTest::addRow("two documents") << QByteArray("version: 1\n---\nversion: 1\n") << false << 3
                                       << 1 << u"2 YAML documents"_s;
        QTest::addRow("deep nesting")
            << QByteArray(100000, '[') << false << 1 << 1 << u"nested too deeply"_s;
        QByteArray bomb = "version: 1\na: &a [x, x, x, x, x, x, x, x, x, x]\n";
        for (char c = 'b'; c <= 'j'; ++c) {
            bomb += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [";
            for (int i = 0; i < 10; ++i) {
                bomb += QByteArray("*") + char(c - 1) + (i < 9 ? ", " : "");
            }
            bomb += "]\n";
        }
        QTest::addRow("alias bomb") << bomb << false << 2 << 1 << u"Unknown key 'a'"_s;
        QTest::addRow("alias bomb in a list")
            << QByteArray("version: 1\nx: &x [a, a]\nallowOrigins: [*x, *x]\n") << false << 2 << 1
            << u"Unknown key 'x'"_s;
        QTest::addRow("too large") << QByteArray(projectfile::maxFileSize + 1, '#') << true << 0
                                   << 0 << u"at most 10 MiB"_s;
    }
    void errors()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, unreadable);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, messagePart);

        const projectfile::LoadResult loaded = projectfile::parse(text);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.status == projectfile::LoadResult::Status::Unreadable, unreadable);
        QVERIFY(!loaded.errors.isEmpty());
        const Diagnostic &first = loaded.errors.first();
        QVERIFY2(first.message.contains(messagePart), qPrintable(describeErrors(loaded)));
        QCOMPARE(first.position.line, line);
        QCOMPARE(first.position.column, column);
        QCOMPARE(first.severity, Severity::Error);
    }

    void mutatedFilesNeverCrash()
    {
        // Property test (run under ASan/UBSan in CI): thousands of corrupted project files --
        // flipped bytes, truncation, YAML indicators and control bytes spliced in -- each either
        // loads or is refused with positioned errors; none crashes or hangs.
        const QByteArray original = projectfile::serialize(everythingSet());
        const QByteArray splices[] = {"[",
                                      "]",
                                      "{",
                                      "}",
                                      ":",
                                      "- ",
                                      "&a",
                                      "*a",
                                      "!!binary",
                                      "\t",
                                      "\n  ",
                                      "\"",
                                      "'",
                                      "#",
                                      "%YAML 1.2\n---\n",
                                      "\xff",
                                      "\xc3",
                                      "~",
                                      "? ",
                                      "|",
                                      ">",
                                      "<<: *a",
                                      QByteArray(1, '\0')};
        QRandomGenerator random(7);
        int refused = 0;
        for (int round = 0; round < 5000; ++round) {
            QByteArray bytes = original;
            const int edits = random.bounded(1, 4);
            for (int e = 0; e < edits; ++e) {
                const int at = random.bounded(int(bytes.size()) + 1);
                switch (random.bounded(4)) {
                case 0:
                    if (at < bytes.size()) {
                        bytes[at] = char(bytes.at(at) ^ (1 << random.bounded(8)));
                    }
                    break;
                case 1:
                    bytes.truncate(at);
                    break;
                case 2:
                    bytes.insert(at, splices[random.bounded(int(std::size(splices)))]);
                    break;
                default:
                    bytes.remove(at, random.bounded(1, 8));
                    break;
                }
            }
            const projectfile::LoadResult loaded = projectfile::parse(bytes);
            if (loaded.ok()) {
                QVERIFY(loaded.errors.isEmpty());
                // What loads is rendered whole or refused whole, and the emulator answers it.
                for (const render::Format format : render::allFormats) {
                    const render::RenderResult rendered = render::render(loaded.config, format);
                    QVERIFY(rendered.ok() != rendered.text.isEmpty());
                    if (rendered.ok() && format == render::Format::Sam) {
                        emulator::HttpRequest request{"OPTIONS", "/items/1", {}, {}};
                        request.headers.append("Origin", "https://app.example.com");
                        request.headers.append("Access-Control-Request-Method", "PUT");
                        QVERIFY(emulator::answer(loaded.config, request).status > 0);
                    }
                }
                continue;
            }
            ++refused;
            QVERIFY(!loaded.errors.isEmpty());
            for (const Diagnostic &error : loaded.errors) {
                QVERIFY2(!error.message.isEmpty(), bytes.constData());
            }
        }
        QVERIFY(refused > 1000);
    }

    void keysAreQuotedVerbatim()
    {
        // A key that looks like a placeholder must not be substituted into the message.
        const projectfile::LoadResult loaded =
            projectfile::parse("version: 1\n\"%1\": 5\n\"%1\": 6\n");
        QCOMPARE(loaded.errors.size(), 2);
        QCOMPARE(loaded.errors.at(0).message, u"Unknown key '%1'."_s);
        QCOMPARE(loaded.errors.at(1).message,
                 u"The key '%1' appears twice (first at line 2); YAML keeps only one of them."_s);
    }

    void allErrorsAreReportedAtOnce()
    {
        const projectfile::LoadResult loaded =
            projectfile::parse("version: 1\napiType: soap\nmaxAge: x\nfoo: 1\n");
        QCOMPARE(loaded.errors.size(), 3);
        QCOMPARE(loaded.errors.at(0).position.line, 2);
        QCOMPARE(loaded.errors.at(1).position.line, 3);
        QCOMPARE(loaded.errors.at(2).position.line, 4);
    }

    void readErrors()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        using Status = projectfile::LoadResult::Status;
        QCOMPARE(projectfile::read(dir.filePath(u"missing.cors.yaml"_s)).status,
                 Status::Unreadable);
        QCOMPARE(projectfile::read(dir.path()).status, Status::Unreadable);

        const QString huge = dir.filePath(u"huge.cors.yaml"_s);
        QFile file(huge);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(projectfile::maxFileSize + 1));
        file.close();
        const projectfile::LoadResult loaded = projectfile::read(huge);
        QCOMPARE(loaded.status, Status::Unreadable);
        QVERIFY(loaded.errors.first().message.contains(u"at most 10 MiB"_s));
    }

    void failedSaveLeavesOldFileUntouched()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"api.cors.yaml"_s);
        QVERIFY(projectfile::write(CorsConfig{}, path));
        QFile original(path);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray before = original.readAll();
        original.close();

        // Make the disk "full" for this process: writes past 64 bytes fail with EFBIG (even for
        // root), so the save fails half-way through writing the new content.
        struct rlimit previous
        {
        };
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &previous), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit tiny = previous;
        tiny.rlim_cur = 64;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &tiny), 0);
        const Expected<void> saved = projectfile::write(everythingSet(), path);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &previous), 0);
        std::signal(SIGXFSZ, previousHandler);

        QVERIFY(!saved);
        QVERIFY(saved.error().contains(path));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(original.readAll(), before);
    }

    void saveIntoMissingFolderFails()
    {
        QTemporaryDir dir;
        const Expected<void> saved =
            projectfile::write(CorsConfig{}, dir.filePath(u"no/such/dir/api.cors.yaml"_s));
        QVERIFY(!saved);
        QVERIFY(saved.error().contains(u"no/such/dir"_s));
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
