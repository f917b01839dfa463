// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What a deployment depends on, beyond any schema: every route's resource exists with its
// parents and answers its own preflight (a MOCK without authorizer or API key whose
// Allow-Methods are exactly the route's allowed methods plus OPTIONS), no two variable siblings,
// every {x} declared, a deployment that is replaced when (and only when) what it deploys changes,
// and an API key that comes with a usage plan. CloudFormation is read with yaml-cpp, Terraform
// through HashiCorp's HCL parser (tests/validators/hcl2json.mjs), OpenAPI and Swagger with
// yaml-cpp. The expectations are computed here from the configuration, not by the renderers'
// own helpers.
#include "model/validator.h"
#include "render/renderer.h"
#include "support/processrun.h"
#include "support/rendercases.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;
using namespace cors;
using render::Format;

namespace {

using MethodSet = QSet<QString>;

/// What the configuration means for the deployed API, derived from the issue's rules.
struct Expected
{
    QMap<QString, MethodSet> preflights; ///< path → Access-Control-Allow-Methods
    struct Method
    {
        QString path, method;
        bool authorized;
    };
    QList<Method> methods; ///< the user's methods (REST: OPTIONS excluded)
    QSet<QString> httpRouteKeys;
    QSet<QString> openOptionsKeys; ///< HTTP: OPTIONS routes that must skip the authorizer
};

Expected expectedFor(const CorsConfig &config)
{
    QList<Route> routes = config.routes;
    if (routes.isEmpty()) {
        routes = {Route{u"/"_s, {u"ANY"_s}, false}, Route{u"/{proxy+}"_s, {u"ANY"_s}, false}};
    }
    const QStringList every{u"GET"_s, u"HEAD"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s};
    const bool star = config.allowMethods.contains(u"*"_s);
    Expected expected;
    for (const Route &route : routes) {
        const bool any = route.methods == QStringList{u"ANY"_s};
        const bool authorized = !config.authorizer.isEmpty() && !route.isPublic;
        if (route.path != u"$default") {
            MethodSet &allow = expected.preflights[route.path];
            allow.insert(u"OPTIONS"_s);
            for (const QString &method : every) {
                if ((any || route.methods.contains(method)) &&
                    (star || config.allowMethods.contains(method))) {
                    allow.insert(method);
                }
            }
        }
        for (const QString &method : route.methods) {
            if (config.apiType == ApiType::Rest && method == u"OPTIONS") {
                continue;
            }
            expected.methods.append({route.path, method, authorized});
            expected.httpRouteKeys.insert(route.path == u"$default" ? route.path
                                                                    : method + u' ' + route.path);
        }
        if (config.apiType == ApiType::Http && (any || route.path == u"$default") && authorized) {
            const QStringList paths = route.path == u"$default"
                                          ? QStringList{u"/"_s, u"/{proxy+}"_s}
                                          : QStringList{route.path};
            for (const QString &path : paths) {
                expected.openOptionsKeys.insert(u"OPTIONS "_s + path);
            }
        }
    }
    return expected;
}

MethodSet methodSet(QString staticValue)
{
    if (staticValue.startsWith(u'\'') && staticValue.endsWith(u'\'')) {
        staticValue = staticValue.mid(1, staticValue.size() - 2);
    }
    const QStringList methods = staticValue.split(u',', Qt::SkipEmptyParts);
    return MethodSet(methods.begin(), methods.end());
}

QString describe(const MethodSet &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list.join(u',');
}

QString text(const YAML::Node &node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

/// node[key] that never throws: an undefined node where there is no such member.
YAML::Node member(const YAML::Node &node, const QString &key)
{
    if (!node.IsMap()) {
        return YAML::Node(YAML::NodeType::Undefined);
    }
    for (const auto &entry : node) {
        if (entry.first.IsScalar() && entry.first.Scalar() == key.toStdString()) {
            return entry.second;
        }
    }
    return YAML::Node(YAML::NodeType::Undefined);
}

bool isVariable(const QString &part)
{
    return part.startsWith(u'{') && part.endsWith(u'}');
}

/// Problems found in one render; empty when its structure is right.
class Problems
{
public:
    explicit Problems(QString where)
        : m_where(std::move(where))
    {}
    void add(const QString &problem) { m_list.append(m_where + u": "_s + problem); }
    void expect(bool ok, const QString &problem)
    {
        if (!ok) {
            add(problem);
        }
    }
    QStringList list() const { return m_list; }

private:
    QString m_where;
    QStringList m_list;
};

// ---- CloudFormation ------------------------------------------------------------------------

class CloudFormation
{
public:
    CloudFormation(const QByteArray &yaml, Problems &problems)
        : m_root(YAML::Load(yaml.toStdString()))
        , m_problems(problems)
    {
        for (const auto &entry : m_root["Resources"]) {
            m_resources.insert(QString::fromStdString(entry.first.Scalar()), entry.second);
        }
    }

    QList<std::pair<QString, YAML::Node>> ofType(const char *type) const
    {
        QList<std::pair<QString, YAML::Node>> found;
        for (auto it = m_resources.cbegin(); it != m_resources.cend(); ++it) {
            if (text(it.value()["Type"]) == QLatin1StringView(type)) {
                found.append({it.key(), it.value()});
            }
        }
        return found;
    }

    /// The path of a ResourceId / ParentId value; empty when it leads nowhere.
    QString pathOf(const YAML::Node &id, int depth = 0) const
    {
        if (depth > 60) {
            return {};
        }
        if (id.Tag() == "!GetAtt" && text(id) == u"RestApi.RootResourceId") {
            return u"/"_s;
        }
        if (id.Tag() != "!Ref" || !m_resources.contains(text(id))) {
            return {};
        }
        const YAML::Node resource = m_resources.value(text(id));
        if (text(resource["Type"]) != u"AWS::ApiGateway::Resource") {
            return {};
        }
        const QString parent = pathOf(resource["Properties"]["ParentId"], depth + 1);
        if (parent.isEmpty()) {
            return {};
        }
        return (parent == u"/" ? QString() : parent) + u'/' +
               text(resource["Properties"]["PathPart"]);
    }

    void checkRest(const CorsConfig &config, const Expected &expected)
    {
        checkSiblings();
        QHash<QString, YAML::Node> options; // path → OPTIONS method
        QSet<QString> methodKeys;
        QStringList methodIds;
        for (const auto &[id, method] : ofType("AWS::ApiGateway::Method")) {
            methodIds.append(id);
            const YAML::Node properties = method["Properties"];
            const QString path = pathOf(properties["ResourceId"]);
            m_problems.expect(!path.isEmpty(), id + u" is on no resource of the API"_s);
            const QString verb = text(properties["HttpMethod"]);
            if (verb == u"OPTIONS") {
                options.insert(path, properties);
            } else {
                const bool custom = text(properties["AuthorizationType"]) == u"CUSTOM";
                methodKeys.insert(u"%1 %2 %3"_s.arg(verb, path, custom ? u"auth"_s : u"open"_s));
            }
        }
        for (const Expected::Method &method : expected.methods) {
            const QString key = u"%1 %2 %3"_s.arg(method.method, method.path,
                                                  method.authorized ? u"auth"_s : u"open"_s);
            m_problems.expect(methodKeys.contains(key), u"no method "_s + key);
        }
        for (auto it = expected.preflights.cbegin(); it != expected.preflights.cend(); ++it) {
            if (options.contains(it.key())) {
                checkPreflight(it.key(), options.value(it.key()), it.value());
            } else {
                m_problems.add(u"no OPTIONS method on "_s + it.key());
            }
        }
        m_problems.expect(options.size() == expected.preflights.size(),
                          u"%1 OPTIONS methods for %2 paths"_s.arg(options.size())
                              .arg(expected.preflights.size()));
        checkDeployment(methodIds);
        if (config.apiKeyRequired) {
            checkUsagePlan();
        }
    }

    void checkHttp(const Expected &expected)
    {
        QSet<QString> keys;
        for (const auto &[id, route] : ofType("AWS::ApiGatewayV2::Route")) {
            const QString key = text(route["Properties"]["RouteKey"]);
            keys.insert(key);
            if (expected.openOptionsKeys.contains(key)) {
                m_problems.expect(text(route["Properties"]["AuthorizationType"]) == u"NONE",
                                  key + u" goes through the authorizer"_s);
            }
        }
        for (const QString &key : expected.httpRouteKeys + expected.openOptionsKeys) {
            m_problems.expect(keys.contains(key), u"no route "_s + key);
        }
        m_problems.expect(ofType("AWS::ApiGatewayV2::Api").size() == 1, u"not one HTTP API"_s);
    }

    QString deploymentId() const
    {
        const auto deployments = ofType("AWS::ApiGateway::Deployment");
        return deployments.size() == 1 ? deployments.first().first : QString();
    }

private:
    void checkSiblings()
    {
        QHash<QString, QStringList> children; // parent path → path parts
        for (const auto &[id, resource] : ofType("AWS::ApiGateway::Resource")) {
            const QString parent = pathOf(resource["Properties"]["ParentId"]);
            m_problems.expect(!parent.isEmpty(), id + u" hangs under no resource"_s);
            children[parent].append(text(resource["Properties"]["PathPart"]));
        }
        for (auto it = children.cbegin(); it != children.cend(); ++it) {
            const auto variables = std::count_if(it->begin(), it->end(), isVariable);
            m_problems.expect(variables <= 1,
                              u"variable siblings under "_s + it.key() + u": "_s + it->join(u' '));
            m_problems.expect(QSet<QString>(it->begin(), it->end()).size() == it->size(),
                              u"the same path part twice under "_s + it.key());
        }
    }

    void checkPreflight(const QString &path, const YAML::Node &method, const MethodSet &allow)
    {
        const YAML::Node integration = method["Integration"];
        m_problems.expect(text(method["AuthorizationType"]) == u"NONE",
                          u"the preflight of %1 has an authorizer"_s.arg(path));
        m_problems.expect(!method["ApiKeyRequired"] || !method["ApiKeyRequired"].as<bool>(),
                          u"the preflight of %1 needs an API key"_s.arg(path));
        m_problems.expect(text(integration["Type"]) == u"MOCK",
                          u"the preflight of %1 is not a MOCK"_s.arg(path));
        m_problems.expect(text(integration["ContentHandling"]) == u"CONVERT_TO_TEXT",
                          u"the preflight of %1 lacks CONVERT_TO_TEXT"_s.arg(path));
        const MethodSet got =
            methodSet(text(integration["IntegrationResponses"][0]["ResponseParameters"]
                                      ["method.response.header.Access-Control-Allow-Methods"]));
        m_problems.expect(got == allow, u"the preflight of %1 allows %2, expected %3"_s.arg(
                                            path, describe(got), describe(allow)));
    }

    void checkDeployment(const QStringList &methodIds)
    {
        const QString deployment = deploymentId();
        if (deployment.isEmpty()) {
            m_problems.add(u"not exactly one deployment"_s);
            return;
        }
        QSet<QString> dependsOn;
        for (const YAML::Node &id : m_resources.value(deployment)["DependsOn"]) {
            dependsOn.insert(text(id));
        }
        for (const QString &id : methodIds) {
            m_problems.expect(dependsOn.contains(id), deployment + u" does not wait for "_s + id);
        }
        const auto stages = ofType("AWS::ApiGateway::Stage");
        m_problems.expect(stages.size() == 1 &&
                              text(stages.first().second["Properties"]["DeploymentId"]) ==
                                  deployment,
                          u"the stage does not use "_s + deployment);
    }

    void checkUsagePlan()
    {
        const auto plans = ofType("AWS::ApiGateway::UsagePlan");
        const auto keys = ofType("AWS::ApiGateway::ApiKey");
        const auto links = ofType("AWS::ApiGateway::UsagePlanKey");
        m_problems.expect(plans.size() == 1 && keys.size() == 1 && links.size() == 1,
                          u"API keys without a usage plan, key and link"_s);
        if (plans.size() == 1) {
            const YAML::Node stage = plans.first().second["Properties"]["ApiStages"][0];
            m_problems.expect(text(stage["ApiId"]) == u"RestApi" && stage["Stage"].Tag() == "!Ref",
                              u"the usage plan names no stage of the API"_s);
        }
    }

    YAML::Node m_root;
    QHash<QString, YAML::Node> m_resources;
    Problems &m_problems;
};

// ---- Terraform -----------------------------------------------------------------------------

class Terraform
{
public:
    Terraform(const QJsonObject &hcl, Problems &problems)
        : m_hcl(hcl)
        , m_problems(problems)
    {
        for (const QJsonValue &block : hcl[u"locals"_s].toArray()) {
            const QJsonObject locals = block.toObject();
            for (auto it = locals.begin(); it != locals.end(); ++it) {
                m_locals.insert(it.key(), it.value().toObject());
            }
        }
    }

    QJsonObject resource(const QString &type, const QString &name) const
    {
        return m_hcl[u"resource"_s][type][name].toArray().first().toObject();
    }

    QJsonObject resources(const QString &type) const
    {
        return m_hcl[u"resource"_s][type].toObject();
    }

    /// The path a resource_id expression stands for.
    QString pathOf(const QString &expression, int depth = 0) const
    {
        if (expression == u"${aws_api_gateway_rest_api.api.root_resource_id}") {
            return u"/"_s;
        }
        static const QRegularExpression reference(
            u"^\\$\\{aws_api_gateway_resource\\.([a-z0-9_]+)\\.id\\}$"_s);
        const auto match = reference.match(expression);
        if (!match.hasMatch() || depth > 60) {
            return {};
        }
        const QJsonObject node = resource(u"aws_api_gateway_resource"_s, match.captured(1));
        const QString parent = pathOf(node[u"parent_id"_s].toString(), depth + 1);
        if (parent.isEmpty()) {
            return {};
        }
        return (parent == u"/" ? QString() : parent) + u'/' + node[u"path_part"_s].toString();
    }

    void checkRest(const CorsConfig &config, const Expected &expected)
    {
        QHash<QString, QStringList> children;
        const QJsonObject all = resources(u"aws_api_gateway_resource"_s);
        for (auto it = all.begin(); it != all.end(); ++it) {
            const QJsonObject node = it.value().toArray().first().toObject();
            const QString parent = pathOf(node[u"parent_id"_s].toString());
            m_problems.expect(!parent.isEmpty(), it.key() + u" hangs under no resource"_s);
            children[parent].append(node[u"path_part"_s].toString());
        }
        for (auto it = children.cbegin(); it != children.cend(); ++it) {
            m_problems.expect(std::count_if(it->begin(), it->end(), isVariable) <= 1,
                              u"variable siblings under "_s + it.key());
        }
        const QJsonObject preflights = m_locals.value(u"cors_preflights"_s);
        m_problems.expect(
            preflights.size() == expected.preflights.size(),
            u"%1 preflights for %2 paths"_s.arg(preflights.size()).arg(expected.preflights.size()));
        for (auto it = expected.preflights.cbegin(); it != expected.preflights.cend(); ++it) {
            const QJsonObject entry = preflights[it.key()].toObject();
            m_problems.expect(pathOf(entry[u"resource_id"_s].toString()) == it.key(),
                              u"the preflight of %1 is on another resource"_s.arg(it.key()));
            const MethodSet got = methodSet(entry[u"allow_methods"_s].toString());
            m_problems.expect(got == it.value(),
                              u"the preflight of %1 allows %2, expected %3"_s.arg(
                                  it.key(), describe(got), describe(it.value())));
        }
        checkOptionsBlocks();
        const QJsonObject routes = m_locals.value(u"route_methods"_s);
        for (const Expected::Method &method : expected.methods) {
            const QJsonObject entry = routes[method.method + u' ' + method.path].toObject();
            m_problems.expect(pathOf(entry[u"resource_id"_s].toString()) == method.path &&
                                  entry[u"authorized"_s].toBool() == method.authorized,
                              u"no method %1 %2"_s.arg(method.method, method.path));
        }
        if (config.apiKeyRequired) {
            const QJsonObject plan = resource(u"aws_api_gateway_usage_plan"_s, u"api"_s);
            m_problems.expect(
                !plan[u"api_stages"_s].toArray().isEmpty() &&
                    !resource(u"aws_api_gateway_usage_plan_key"_s, u"api"_s).isEmpty(),
                u"API keys without a usage plan and its key"_s);
        }
    }

    void checkHttp(const Expected &expected)
    {
        const QJsonObject routes = m_locals.value(u"routes"_s);
        for (const QString &key : expected.httpRouteKeys + expected.openOptionsKeys) {
            m_problems.expect(routes.contains(key), u"no route "_s + key);
        }
        for (const QString &key : expected.openOptionsKeys) {
            m_problems.expect(!routes[key][u"authorized"_s].toBool(),
                              key + u" goes through the authorizer"_s);
        }
    }

    QString trigger() const
    {
        return resource(u"aws_api_gateway_deployment"_s, u"api"_s)[u"triggers"_s]
            .toObject()
            .value(u"cors"_s)
            .toString();
    }

private:
    void checkOptionsBlocks()
    {
        const QJsonObject method = resource(u"aws_api_gateway_method"_s, u"cors_options"_s);
        m_problems.expect(method[u"for_each"_s].toString() == u"${local.cors_preflights}" &&
                              method[u"http_method"_s].toString() == u"OPTIONS" &&
                              method[u"authorization"_s].toString() == u"NONE" &&
                              !method[u"api_key_required"_s].toBool(),
                          u"the OPTIONS methods need an authorizer or a key"_s);
        const QJsonObject integration =
            resource(u"aws_api_gateway_integration"_s, u"cors_options"_s);
        m_problems.expect(integration[u"type"_s].toString() == u"MOCK" &&
                              integration[u"content_handling"_s].toString() == u"CONVERT_TO_TEXT",
                          u"the preflights are not MOCKs converting to text"_s);
        const QJsonObject response =
            resource(u"aws_api_gateway_integration_response"_s, u"cors_options"_s);
        m_problems.expect(response[u"response_parameters"_s]
                                  [u"method.response.header.Access-Control-Allow-Methods"_s]
                                      .toString() == u"${each.value.allow_methods}",
                          u"the preflights do not answer with their path's methods"_s);
    }

    QJsonObject m_hcl;
    QHash<QString, QJsonObject> m_locals;
    Problems &m_problems;
};

// ---- OpenAPI and Swagger -------------------------------------------------------------------

void checkOpenApi(const QByteArray &document, const CorsConfig &config, const Expected &expected,
                  Problems &problems)
{
    const YAML::Node root = YAML::Load(document.toStdString());
    const YAML::Node paths = root["paths"];
    static const QRegularExpression placeholder(u"\\{([^/}]+)\\}"_s);
    for (const auto &entry : paths) {
        const QString path = QString::fromStdString(entry.first.Scalar());
        QSet<QString> declared;
        for (const YAML::Node &parameter : entry.second["parameters"]) {
            if (text(parameter["in"]) == u"path") {
                declared.insert(text(parameter["name"]));
            }
        }
        for (auto it = placeholder.globalMatch(path); it.hasNext();) {
            const QString name = it.next().captured(1);
            problems.expect(declared.contains(name),
                            u"{%1} of %2 is not declared"_s.arg(name, path));
        }
    }
    if (config.apiType == ApiType::Http) {
        for (const QString &key : expected.httpRouteKeys + expected.openOptionsKeys) {
            const QString method = key == u"$default" ? u"ANY"_s : key.section(u' ', 0, 0);
            const QString path = key == u"$default" ? u"/$default"_s : key.section(u' ', 1);
            const std::string operation = method == u"ANY" ? "x-amazon-apigateway-any-method"
                                                           : method.toLower().toStdString();
            problems.expect(member(member(paths, path), QString::fromStdString(operation)).IsMap(),
                            u"no operation for "_s + key);
        }
        return;
    }
    for (auto it = expected.preflights.cbegin(); it != expected.preflights.cend(); ++it) {
        const YAML::Node options = member(member(paths, it.key()), u"options"_s);
        if (!options.IsMap()) {
            problems.add(u"no options operation on "_s + it.key());
            continue;
        }
        const YAML::Node integration = options["x-amazon-apigateway-integration"];
        problems.expect(text(integration["type"]) == u"mock",
                        u"the preflight of %1 is not a mock"_s.arg(it.key()));
        if (config.hasAuthorizer() || config.apiKeyRequired) {
            problems.expect(options["security"].IsSequence() && options["security"].size() == 0,
                            u"the preflight of %1 is not open"_s.arg(it.key()));
        }
        const MethodSet got =
            methodSet(text(integration["responses"]["default"]["responseParameters"]
                                      ["method.response.header.Access-Control-Allow-Methods"]));
        problems.expect(got == it.value(), u"the preflight of %1 allows %2, expected %3"_s.arg(
                                               it.key(), describe(got), describe(it.value())));
    }
    for (const Expected::Method &method : expected.methods) {
        const std::string operation = method.method == u"ANY"
                                          ? "x-amazon-apigateway-any-method"
                                          : method.method.toLower().toStdString();
        problems.expect(
            member(member(paths, method.path), QString::fromStdString(operation)).IsMap(),
            u"no operation %1 %2"_s.arg(method.method, method.path));
    }
}

// ---- Running it ----------------------------------------------------------------------------

/// Terraform files parsed by HashiCorp's parser, in one node run.
QJsonObject parseTerraform(const QStringList &files)
{
    const ProcessRun run =
        runProcess(u"node"_s, QStringList{test::validatorsDir() + u"/hcl2json.mjs"_s} + files);
    if (run.exitCode != 0) {
        qWarning().noquote() << run.err;
        return {};
    }
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

struct Case
{
    QString name;
    CorsConfig config;
    QHash<Format, QByteArray> texts;
};

QStringList checkCases(const QList<Case> &cases, const QString &dir)
{
    QStringList tfFiles;
    for (int i = 0; i < cases.size(); ++i) {
        const QString file = QDir(dir).filePath(u"case%1.tf"_s.arg(i));
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly)) {
            return {u"cannot write "_s + file};
        }
        out.write(cases.at(i).texts.value(Format::Terraform));
        tfFiles.append(file);
    }
    const QJsonObject terraform = parseTerraform(tfFiles);
    QStringList all;
    for (int i = 0; i < cases.size(); ++i) {
        const Case &c = cases.at(i);
        const Expected expected = expectedFor(c.config);
        const bool rest = c.config.apiType == ApiType::Rest;
        Problems cfnProblems(c.name + u" cloudformation"_s);
        CloudFormation cfn(c.texts.value(Format::CloudFormation), cfnProblems);
        rest ? cfn.checkRest(c.config, expected) : cfn.checkHttp(expected);
        Problems tfProblems(c.name + u" terraform"_s);
        const QJsonObject hcl = terraform[tfFiles.at(i)].toObject();
        tfProblems.expect(!hcl.isEmpty(), u"HCL parser failed"_s);
        Terraform tf(hcl, tfProblems);
        rest ? tf.checkRest(c.config, expected) : tf.checkHttp(expected);
        Problems openApiProblems(c.name + u" openapi"_s);
        checkOpenApi(c.texts.value(Format::OpenApi), c.config, expected, openApiProblems);
        Problems swaggerProblems(c.name + u" swagger"_s);
        checkOpenApi(c.texts.value(Format::Swagger), c.config, expected, swaggerProblems);
        all << cfnProblems.list() << tfProblems.list() << openApiProblems.list()
            << swaggerProblems.list();
    }
    return all;
}

Case renderCase(const QString &name, const CorsConfig &config)
{
    Case c{name, config, {}};
    for (const Format format :
         {Format::CloudFormation, Format::Terraform, Format::OpenApi, Format::Swagger}) {
        c.texts.insert(format, render::renderValidated(config, format));
    }
    return c;
}

QString deploymentIdOf(const CorsConfig &config)
{
    Problems ignored(QString{});
    return CloudFormation(render::renderValidated(config, Format::CloudFormation), ignored)
        .deploymentId();
}

QString triggerOf(const CorsConfig &config, const QString &dir)
{
    Problems ignored(QString{});
    const QString file = QDir(dir).filePath(u"trigger.tf"_s);
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        return {};
    }
    out.write(render::renderValidated(config, Format::Terraform));
    out.close();
    return Terraform(parseTerraform({file})[file].toObject(), ignored).trigger();
}

CorsConfig routesExample()
{
    for (const auto &[name, config] : test::namedConfigurations()) {
        if (name == u"rest-routes") {
            return config;
        }
    }
    return {};
}

} // namespace

class TestRenderStructure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(test::validatorsInstalled(), "run .ci/install-deps");
        QVERIFY(m_dir.isValid());
    }

    void namedAndRandomConfigurations()
    {
        QList<Case> cases;
        for (const auto &[name, config] : test::namedConfigurations()) {
            cases.append(renderCase(name, config));
        }
        test::ConfigGenerator generator(20261130);
        int withRoutes = 0;
        for (int i = 0; (cases.size() < 400 || withRoutes < 150) && i < 20000; ++i) {
            const CorsConfig config = generator.next();
            if (!hasErrors(validate(config))) {
                withRoutes += config.routes.isEmpty() ? 0 : 1;
                cases.append(renderCase(u"random %1"_s.arg(i), config));
            }
        }
        qInfo() << cases.size() << "configurations," << withRoutes << "with routes";
        QVERIFY(withRoutes >= 150); // the property must see route sets, or it says little
        const QStringList problems = checkCases(cases, m_dir.path());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 40).join(u'\n')));
    }

    // The checks above must fail on a render with a known structural mistake.
    void brokenStructureIsCaught_data()
    {
        QTest::addColumn<Format>("format");
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addRow("cloudformation: a resource under the wrong parent")
            << Format::CloudFormation << QByteArray("ParentId: !Ref ItemsResource")
            << QByteArray("ParentId: !GetAtt RestApi.RootResourceId");
        QTest::addRow("cloudformation: a preflight with one method too many")
            << Format::CloudFormation << QByteArray("'GET,POST,OPTIONS'")
            << QByteArray("'GET,POST,PUT,OPTIONS'");
        QTest::addRow("cloudformation: a variable sibling")
            << Format::CloudFormation << QByteArray("PathPart: health")
            << QByteArray("PathPart: \"{health}\"");
        QTest::addRow("cloudformation: an authorized preflight")
            << Format::CloudFormation
            << QByteArray("HttpMethod: OPTIONS\n      AuthorizationType: NONE  #")
            << QByteArray("HttpMethod: OPTIONS\n      AuthorizationType: CUSTOM  #");
        QTest::addRow("terraform: a path without its preflight")
            << Format::Terraform << QByteArray("\"/health\"") << QByteArray("\"/healthz\"");
        QTest::addRow("terraform: a parent that does not exist")
            << Format::Terraform << QByteArray("parent_id   = aws_api_gateway_resource.items.id")
            << QByteArray("parent_id   = aws_api_gateway_resource.itemz.id");
        QTest::addRow("openapi: an undeclared parameter")
            << Format::OpenApi << QByteArray("- name: id") << QByteArray("- name: key");
        QTest::addRow("swagger: a path without its preflight")
            << Format::Swagger << QByteArray("\"/health\": {") << QByteArray("\"/healthz\": {");
    }
    void brokenStructureIsCaught()
    {
        QFETCH(Format, format);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        Case c = renderCase(u"broken"_s, routesExample());
        QByteArray &text = c.texts[format];
        QVERIFY2(text.contains(from), from.constData());
        text.replace(from, to);
        QVERIFY(!checkCases({c}, m_dir.path()).isEmpty());
    }

    // CloudFormation updates a deployment in place when only its properties change, so its
    // logical ID must change with everything it deploys, and only then.
    void deploymentFollowsWhatItDeploys_data()
    {
        QTest::addColumn<CorsConfig>("changed");
        QTest::addColumn<bool>("redeploys");
        const CorsConfig base = routesExample();
        const auto with = [&base](const std::function<void(CorsConfig &)> &change) {
            CorsConfig config = base;
            change(config);
            return config;
        };
        QTest::addRow("nothing") << base << false;
        QTest::addRow("authorizePreflight (not deployed)")
            << with([](CorsConfig &c) { c.authorizePreflight = true; }) << false;
        QTest::addRow("origin") << with([](CorsConfig &c) {
            c.allowOrigins = {u"https://www.example.com"_s};
        }) << true;
        QTest::addRow("method") << with([](CorsConfig &c) { c.allowMethods.removeLast(); }) << true;
        QTest::addRow("header") << with([](CorsConfig &c) { c.allowHeaders.append(u"X-A"_s); })
                                << true;
        QTest::addRow("expose") << with([](CorsConfig &c) { c.exposeHeaders = {u"ETag"_s}; })
                                << true;
        QTest::addRow("max age") << with([](CorsConfig &c) { c.maxAge = 60; }) << true;
        QTest::addRow("credentials")
            << with([](CorsConfig &c) { c.allowCredentials = true; }) << true;
        QTest::addRow("authorizer")
            << with([](CorsConfig &c) { c.authorizer = u"X-Token"_s; }) << true;
        QTest::addRow("api key") << with([](CorsConfig &c) { c.apiKeyRequired = true; }) << true;
        QTest::addRow("gateway responses")
            << with([](CorsConfig &c) { c.gatewayResponses = false; }) << true;
        QTest::addRow("route added") << with([](CorsConfig &c) {
            c.routes.append(Route{u"/orders"_s, {u"GET"_s}, false});
        }) << true;
        QTest::addRow("route method")
            << with([](CorsConfig &c) { c.routes[0].methods = {u"GET"_s}; }) << true;
        QTest::addRow("route path")
            << with([](CorsConfig &c) { c.routes[3].path = u"/status"_s; }) << true;
        QTest::addRow("route made public")
            << with([](CorsConfig &c) { c.routes[0].isPublic = true; }) << true;
        QTest::addRow("routes reordered (the same API)")
            << with([](CorsConfig &c) { c.routes.move(0, 3); }) << false;
    }
    void deploymentFollowsWhatItDeploys()
    {
        QFETCH(CorsConfig, changed);
        QFETCH(bool, redeploys);
        const CorsConfig base = routesExample();
        QVERIFY(!hasErrors(validate(changed)));
        const QString before = deploymentIdOf(base);
        QVERIFY(before.startsWith(u"Deployment"_s));
        QCOMPARE(deploymentIdOf(base), before); // stable across renders
        QCOMPARE(deploymentIdOf(changed) != before, redeploys);
        QCOMPARE(triggerOf(changed, m_dir.path()) != triggerOf(base, m_dir.path()), redeploys);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestRenderStructure)
#include "tst_render_structure.moc"
