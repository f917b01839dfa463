// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Every API Gateway mapping template the renders carry, run under real Apache Velocity 1.7
// (support/velocity.h). For several origins on a REST API, every format carries the same
// preflight template; run for each allowed origin, look-alikes, "null", no Origin, the origin in
// a query string, each as "Origin" and "origin", it lets exactly the allowed origins read, and
// what it sets equals what `corscfg serve`'s gateway model answers to the same request.
#include "emulator/gateway.h"
#include "model/rules.h"
#include "model/validator.h"
#include "render/corsvalues.h"
#include "render/origintemplate.h"
#include "render/renderer.h"
#include "support/processrun.h"
#include "support/rendercases.h"
#include "support/velocity.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;
using namespace cors;

Q_DECLARE_METATYPE(cors::CorsConfig)

namespace {

/// A mapping template found in a render: where, whether it shapes a response, and its text.
struct FoundTemplate
{
    QString where;
    bool response = false;
    QString text;
};

/// Every string under a ResponseTemplates / RequestTemplates map (any spelling), anywhere.
void collectTemplates(const YAML::Node &node, const QString &where, QList<FoundTemplate> &found)
{
    static const QRegularExpression key(u"^(response|request)_?templates$"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    // Stages: CloudFormation's StageCors mapping and Terraform's locals hold each stage's.
    static const QRegularExpression stageKey(u"^preflight_?template$"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    if (node.IsSequence()) {
        for (std::size_t i = 0; i < node.size(); ++i) {
            collectTemplates(node[i], where + u'[' + QString::number(i) + u']', found);
        }
        return;
    }
    if (!node.IsMap()) {
        return;
    }
    for (const auto &member : node) {
        const QString name = QString::fromStdString(member.first.as<std::string>());
        const QString path = where + u'/' + name;
        const QRegularExpressionMatch match = key.match(name);
        if (match.hasMatch() && member.second.IsMap()) {
            for (const auto &entry : member.second) {
                // A !FindInMap or a Terraform reference names the stage's template.
                const bool literal = entry.second.IsScalar() && entry.second.Tag() != "!FindInMap";
                const QString text = QString::fromStdString(literal ? entry.second.as<std::string>()
                                                                    : std::string("<reference>"));
                found.append({path + u'/' + QString::fromStdString(entry.first.as<std::string>()),
                              match.captured(1).toLower() == u"response",
                              text.startsWith(u"${local."_s) ? u"<reference>"_s : text});
            }
        } else if (stageKey.match(name).hasMatch() && member.second.IsScalar()) {
            found.append({path, true, QString::fromStdString(member.second.as<std::string>())});
        } else {
            collectTemplates(member.second, path, found);
        }
    }
}

/// The templates of every REST format of `config`; Terraform parsed by HashiCorp's parser.
QList<FoundTemplate> renderedTemplates(const CorsConfig &config, QString *error)
{
    QList<FoundTemplate> found;
    for (const render::Format format :
         {render::Format::Sam, render::Format::CloudFormation, render::Format::OpenApi,
          render::Format::Swagger, render::Format::Terraform}) {
        QByteArray text = render::renderValidated(config, format);
        const QString name = render::formatKey(format);
        if (format == render::Format::Terraform) {
            QTemporaryDir dir;
            QFile file(dir.filePath(u"cors.tf"_s));
            if (!file.open(QIODevice::WriteOnly)) {
                *error = u"cannot write cors.tf"_s;
                return {};
            }
            file.write(text);
            file.close();
            const ProcessRun run = runProcess(
                u"node"_s, {test::validatorsDir() + u"/hcl2json.mjs"_s, file.fileName()});
            if (run.exitCode != 0) {
                *error = u"hcl2json: "_s + run.err;
                return {};
            }
            text = run.out.toUtf8();
        }
        collectTemplates(YAML::Load(text.toStdString()), name, found);
    }
    return found;
}

/// Origins a template must refuse though they resemble `origin`: a suffix domain, a prefix
/// host, the other scheme, the dots as any character (a regular expression's reading), another
/// case, a trailing slash or space, a prefix of it.
QStringList lookAlikes(const QString &origin)
{
    QString scheme = origin.section(u"://"_s, 0, 0);
    const QString host = origin.section(u"://"_s, 1);
    QString anyDot = origin;
    if (const qsizetype dot = anyDot.lastIndexOf(u'.'); dot > 0) {
        anyDot[dot] = u'x';
    } else {
        anyDot += u'x';
    }
    return {origin + u".evil.test"_s,
            scheme + u"://evil"_s + host,
            (scheme == u"https" ? u"http://"_s : u"https://"_s) + host,
            anyDot,
            origin.toUpper(),
            origin + u'/',
            origin + u' ',
            origin.chopped(1),
            origin + u", "_s + origin};
}

struct Probe
{
    QString name;
    test::VtlRequest request;
    QByteArray target = "/";
    std::optional<QString> origin; ///< what Access-Control-Allow-Origin must be
};

QList<Probe> probes(const QStringList &allowed)
{
    QList<Probe> list;
    const auto add = [&list](const QString &name, const QList<std::pair<QString, QString>> &headers,
                             std::optional<QString> expected, const QString &query = {}) {
        Probe probe;
        probe.name = name;
        probe.request.headers = headers;
        probe.origin = std::move(expected);
        if (!query.isEmpty()) {
            probe.request.query = {{u"Origin"_s, query}};
            probe.target = "/?Origin=" + QUrl::toPercentEncoding(query);
        }
        list.append(probe);
    };
    for (const QString &headerName : {u"Origin"_s, u"origin"_s}) {
        for (const QString &origin : allowed) {
            add(headerName + u": "_s + origin, {{headerName, origin}}, origin);
            for (const QString &other : lookAlikes(origin)) {
                add(headerName + u": "_s + other, {{headerName, other}}, std::nullopt);
            }
        }
        add(headerName + u": null"_s, {{headerName, u"null"_s}}, std::nullopt);
        add(headerName + u": empty"_s, {{headerName, QString()}}, std::nullopt);
        add(headerName + u": other site, allowed one in the query"_s,
            {{headerName, u"https://evil.example"_s}}, std::nullopt, allowed.first());
    }
    add(u"ORIGIN in capitals"_s, {{u"ORIGIN"_s, allowed.last()}}, allowed.last());
    add(u"no Origin"_s, {}, std::nullopt);
    add(u"no Origin, allowed one in the query"_s, {}, std::nullopt, allowed.first());
    add(u"Referer only"_s, {{u"Referer"_s, allowed.first() + u"/"_s}}, std::nullopt);
    if (allowed.contains(u"*"_s)) {
        // A stage that allows every origin answers '*' whatever the request says.
        for (Probe &probe : list) {
            probe.origin = u"*"_s;
        }
    }
    return list;
}

/// A path the API's first route serves ("/items/{id}" → "/items/1"), or "/" without routes.
QByteArray servedPath(const CorsConfig &config)
{
    if (config.routes.isEmpty()) {
        return "/";
    }
    QString path = config.routes.first().path;
    path.replace(QRegularExpression(u"\\{[^}]+\\+\\}"_s), u"a/b"_s);
    path.replace(QRegularExpression(u"\\{[^}]+\\}"_s), u"1"_s);
    return path.toUtf8();
}

/// The emulator's answer to the preflight `probe` describes.
emulator::GatewayResponse emulatorAnswer(const CorsConfig &config, const Probe &probe)
{
    emulator::HttpRequest request;
    request.method = "OPTIONS";
    request.target = servedPath(config) + probe.target.mid(1);
    for (const auto &[name, value] : probe.request.headers) {
        request.headers.append(name.toUtf8(), value.toUtf8());
    }
    request.headers.append("Access-Control-Request-Method", "GET");
    return emulator::answer(config, request);
}

CorsConfig restWithOrigins(const QStringList &origins, bool credentials)
{
    CorsConfig config;
    config.apiType = ApiType::Rest;
    config.allowOrigins = origins;
    config.allowCredentials = credentials;
    return config;
}

} // namespace

class TestMappingTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString missing = test::velocityMissing();
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        QVERIFY2(test::validatorsInstalled(), "run .ci/install-deps: the npm validators");
    }

    void severalOrigins_data()
    {
        QTest::addColumn<CorsConfig>("config");
        for (const auto &[name, config] : test::namedConfigurations()) {
            if (config.apiType == ApiType::Rest && render::CorsValues(config).selectsOrigin()) {
                QTest::addRow("%s", qPrintable(name)) << config;
            }
        }
        QTest::addRow("two origins")
            << restWithOrigins({u"https://app.example.com"_s, u"https://www.example.com"_s}, false);
        QTest::addRow("credentials, ports and loopback")
            << restWithOrigins({u"https://app.example.com:8443"_s, u"http://localhost:3000"_s,
                                u"http://127.0.0.1:5173"_s, u"http://[::1]:8080"_s},
                               true);
        QStringList hundred;
        for (int i = 0; i < 100; ++i) {
            hundred.append(u"https://tenant-%1.example.com"_s.arg(i));
        }
        QTest::addRow("100 origins") << restWithOrigins(hundred, true);
        CorsConfig publicStage = restWithOrigins({u"https://app.example.com"_s}, false);
        publicStage.stages = {Stage{u"public"_s, QStringList{u"*"_s}},
                              Stage{u"prod"_s, std::nullopt}};
        QTest::addRow("stages, one allowing every origin") << publicStage;
    }
    void severalOrigins()
    {
        QFETCH(CorsConfig, config);
        QVERIFY(!hasErrors(validate(config)));
        // One deployed configuration per stage (or the only one), each with its template.
        QList<CorsConfig> deployed;
        for (const Stage &stage : config.stages) {
            deployed.append(config.forStage(stage));
        }
        if (deployed.isEmpty()) {
            deployed.append(config);
        }
        QStringList expected;
        for (const CorsConfig &stage : std::as_const(deployed)) {
            expected.append(render::originSelectionTemplate(stage.allowOrigins));
        }

        // Every format carries the preflight template (with stages, a reference to the deployed
        // stage's, or the first stage's in OpenAPI), and nothing else but MOCK requests.
        QString error;
        const QList<FoundTemplate> found = renderedTemplates(config, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> formats;
        for (const FoundTemplate &t : found) {
            if (t.response) {
                QVERIFY2(expected.contains(t.text) ||
                             (t.text == u"<reference>"_s && !config.stages.isEmpty()),
                         qPrintable(t.where + u": "_s + t.text));
                formats.insert(t.where.section(u'/', 0, 0));
            } else {
                QVERIFY2(t.text == u"{\"statusCode\": 200}"_s, qPrintable(t.where));
            }
        }
        QCOMPARE(formats.size(), 5);
        for (const CorsConfig &stage : std::as_const(deployed)) {
            checkTemplate(stage);
            if (QTest::currentTestFailed()) {
                return;
            }
        }
    }

    // Text Velocity would interpret ($ references, # directives, quotes, ${...}) stays text: the
    // template echoes such an origin exactly and only itself. Validation refuses these origins;
    // the template does not rely on it.
    void hostileOriginsStayText()
    {
        const QStringList hostile{
            u"https://a.example'#set($x = 1)"_s, u"https://b.example$context.requestId"_s,
            u"https://c.example${input.body}"_s, u"https://d.example\"'')##"_s,
            u"https://e.example#end#if(true)"_s, u"https://f.example\\'"_s};
        const QString text = render::originSelectionTemplate(hostile);
        QCOMPARE(render::originsOfSelectionTemplate(text), std::optional(hostile));
        QList<test::VtlRequest> requests;
        for (const QString &origin : hostile) {
            requests.append({{{u"Origin"_s, origin}}, {}, {}});
        }
        requests.append({{{u"Origin"_s, u"https://a.example"_s}}, {}, {}});
        QString error;
        const QList<test::VtlResult> results = test::runVelocity(text, requests, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (qsizetype i = 0; i < hostile.size(); ++i) {
            QVERIFY2(results[i].error.isEmpty(), qPrintable(results[i].error));
            QCOMPARE(results[i].overriddenHeaders.value(u"Access-Control-Allow-Origin"_s),
                     hostile[i]);
            QVERIFY(results[i].body.isEmpty());
        }
        QVERIFY(results.last().overriddenHeaders.isEmpty());
    }

    // Import reads back only the template we write; any other text is not taken for origins.
    void importReadsOnlyOurTemplate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("read");
        const QString ours =
            render::originSelectionTemplate({u"https://a.example"_s, u"https://b.example"_s});
        QString crlf = ours;
        crlf.replace(u"\n"_s, u"\r\n"_s);
        QString regex = ours;
        regex.replace(u"$allowedOrigins.contains($origin)"_s, u"$origin.matches('.*')"_s);
        QString params = ours;
        params.replace(u"$input.params().header"_s, u"$input.params()"_s);
        QTest::addRow("ours") << ours << true;
        QTest::addRow("ours with CRLF") << crlf << true;
        QTest::addRow("a pattern instead of the list") << regex << false;
        QTest::addRow("every parameter, not the headers") << params << false;
        QTest::addRow("a line added") << ours + u"#set($x = 1)\n"_s << false;
        QTest::addRow("empty") << QString() << false;
    }
    void importReadsOnlyOurTemplate()
    {
        QFETCH(QString, text);
        QFETCH(bool, read);
        QCOMPARE(render::originsOfSelectionTemplate(text).has_value(), read);
    }

    // The validator's size rule measures the template the renders write.
    void templateSizeRuleMeasuresTheTemplate()
    {
        for (const QStringList &origins :
             {QStringList{u"https://a.example"_s, u"http://b.example:8080"_s},
              QStringList{u"https://xn--bcher-kva.example"_s, u"https://c.example"_s,
                          u"https://d.example"_s}}) {
            QCOMPARE(rules::originTemplateBytes(origins),
                     render::originSelectionTemplate(origins).toUtf8().size());
        }
    }

private:
    // Velocity runs the template of `config` (one deployed stage) as API Gateway would; the
    // emulator answers the same.
    void checkTemplate(const CorsConfig &config)
    {
        const QString expected = render::originSelectionTemplate(config.allowOrigins);
        QString error;

        // Velocity runs it as API Gateway would; the emulator answers the same.
        const QList<Probe> list = probes(config.allowOrigins);
        QList<test::VtlRequest> requests;
        for (const Probe &probe : list) {
            requests.append(probe.request);
        }
        const QList<test::VtlResult> results = test::runVelocity(expected, requests, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const Probe &probe = list[i];
            const test::VtlResult &result = results[i];
            const char *name = qPrintable(probe.name);
            QVERIFY2(result.error.isEmpty(), qPrintable(probe.name + u": "_s + result.error));
            QVERIFY2(result.body.isEmpty(), name); // a preflight has no body to speak of
            QVERIFY2(!result.overriddenStatus, name);
            const QStringList overridden = result.overriddenHeaders.keys();
            QVERIFY2(overridden.isEmpty() ||
                         overridden == QStringList{u"Access-Control-Allow-Origin"_s},
                     name);
            const std::optional<QString> set =
                result.overriddenHeaders.contains(u"Access-Control-Allow-Origin"_s)
                    ? std::optional(
                          result.overriddenHeaders.value(u"Access-Control-Allow-Origin"_s))
                    : std::nullopt;
            QVERIFY2(set == probe.origin, name);

            const emulator::GatewayResponse answer = emulatorAnswer(config, probe);
            const std::optional<QByteArray> emulated =
                answer.headers.get("Access-Control-Allow-Origin");
            QVERIFY2((emulated ? std::optional(QString::fromUtf8(*emulated)) : std::nullopt) == set,
                     name);
            QVERIFY2(answer.headers.get("Vary") == std::optional<QByteArray>("Origin"), name);
            QVERIFY2(answer.status == 200, name);
        }
    }
};

QTEST_GUILESS_MAIN(TestMappingTemplates)
#include "tst_mapping_templates.moc"
