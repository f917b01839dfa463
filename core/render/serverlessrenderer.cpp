// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// serverless.yml in Serverless Framework v3 syntax (v4 reads it too).
//
// Where Serverless would do the wrong thing by default, the service says otherwise:
// - REST `cors:` with several origins answers a disallowed origin with the first one, and its
//   template matches origins as regular expressions read from $input.params("Origin") (query
//   string and path included); with ANY it allows every method. Each OPTIONS method Serverless
//   creates gets our MOCK integration instead (resources.extensions replaces its Integration
//   and MethodResponses: Serverless merges Properties with Object.assign).
// - `cors: true` and a missing `headers` / `allowedHeaders` mean '*' and a fixed header list:
//   every value is written out, empty lists included.
// - Gateway responses need raw CloudFormation: resources.Resources.
#include "apishape.h"
#include "corsvalues.h"
#include "renderers.h"
#include "templateparts.h"

using namespace Qt::StringLiterals;

namespace cors::render::detail {

namespace {

using namespace parts;

/// `${self:custom.stageCors.${sls:stage}.KEY}`: the deployed stage's value.
/// {Ref: name}: the long form, which serverless.yml keeps as plain YAML (parts::ref() is the
/// short !Ref tag of CloudFormation templates).
Node longRef(const QString &name)
{
    Node ref = Node::object();
    ref.set(u"Ref"_s, name);
    return ref;
}

QString stageVariable(const QString &key)
{
    return u"${self:custom.stageCors.${sls:stage}."_s + key + u'}';
}

/// Serverless's logical ID part for a path (naming.normalizePath: each segment lower-cased
/// but its first letter, '-' → Dash, {x} → xVar, other non-alphanumerics dropped).
QString serverlessPathName(const QString &path)
{
    QString name;
    for (const QString &segment : pathSegments(path)) {
        QString part = segment.toLower();
        if (!part.isEmpty()) {
            part[0] = part[0].toUpper();
        }
        part.replace(u'-', u"Dash"_s);
        if (part.startsWith(u'{') && part.endsWith(u'}')) {
            part = part.mid(1, part.size() - 2) + u"Var"_s;
        }
        QString clean;
        for (const QChar c : std::as_const(part)) {
            if ((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')) {
                clean += c;
            }
        }
        if (!clean.isEmpty()) {
            clean[0] = clean[0].toUpper();
        }
        name += clean;
    }
    return name;
}

/// An http event's path as Serverless writes it: no leading slash ("" for the root).
QString eventPath(const QString &path)
{
    return path.mid(1);
}

Node restCors(const CorsConfig &config)
{
    Node cors = Node::object();
    const bool staged = !config.stages.isEmpty();
    if (staged) {
        cors.set(u"origins"_s, stageVariable(u"origins"_s));
    } else if (config.allowOrigins.size() == 1) {
        cors.set(u"origin"_s, config.allowOrigins.first());
    } else {
        cors.set(u"origins"_s, Node::stringArray(config.allowOrigins));
    }
    cors.set(u"headers"_s, Node::stringArray(config.allowHeaders));
    if (config.allowCredentials) {
        cors.set(u"allowCredentials"_s, true);
    }
    if (config.maxAge && *config.maxAge > 0) { // Serverless: maxAge minimum 1
        cors.set(u"maxAge"_s, *config.maxAge);
    }
    return Node::shared(cors);
}

Node restAuthorizer(const CorsConfig &config)
{
    Node authorizer = Node::object();
    authorizer.set(u"name"_s, "tokenAuthorizer"); // an ARN built with Fn::Join needs a name
    authorizer.set(u"arn"_s, u"${self:custom.authorizerArn}"_s);
    authorizer.set(u"type"_s, "token");
    authorizer.set(u"identitySource"_s, QString(u"method.request.header."_s + config.authorizer));
    return Node::shared(authorizer);
}

Node restEvents(const CorsConfig &config)
{
    const Node cors = restCors(config);
    const Node authorizer = config.hasAuthorizer() ? restAuthorizer(config) : Node();
    Node events = Node::array();
    for (const RestMethod &method : apiShape(config).methods) {
        Node &http = events.append(Node::object()).set(u"http"_s, Node::object());
        http.set(u"path"_s, eventPath(method.path));
        http.set(u"method"_s, method.method.toLower());
        http.set(u"cors"_s, cors);
        if (method.authorized) {
            http.set(u"authorizer"_s, authorizer);
        }
        if (config.apiKeyRequired) {
            http.set(u"private"_s, true);
        }
    }
    return events;
}

Node httpEvents(const CorsConfig &config)
{
    Node events = Node::array();
    for (const HttpRoute &route : apiShape(config).httpRoutes) {
        Node &event = events.append(Node::object());
        if (route.key == defaultRoutePath && !route.authorized) {
            event.set(u"httpApi"_s, "*", u"The $default route."_s);
            continue;
        }
        Node &http = event.set(u"httpApi"_s, Node::object(),
                               route.preflightOnly ? preflightRouteWhy() : QString());
        if (route.key == defaultRoutePath) {
            http.set(u"method"_s, "*");
            http.set(u"path"_s, "*");
        } else {
            http.set(u"method"_s, route.method == anyMethod ? u"*"_s : route.method);
            http.set(u"path"_s, route.path);
        }
        if (route.authorized) {
            http.set(u"authorizer"_s, Node::object()).set(u"name"_s, "lambdaAuthorizer");
        }
    }
    return events;
}

/// `list` without repeated entries: Serverless keeps provider.httpApi.cors's lists as sets.
Node set(QStringList list)
{
    list.removeDuplicates();
    return Node::stringArray(list);
}

Node httpCors(const CorsConfig &config)
{
    Node cors = Node::object();
    cors.set(u"allowedOrigins"_s, config.stages.isEmpty() ? set(config.allowOrigins)
                                                          : Node(stageVariable(u"origins"_s)));
    cors.set(u"allowedHeaders"_s, set(config.allowHeaders),
             u"Written even when empty: left out, Serverless allows its own list of seven."_s);
    cors.set(u"allowedMethods"_s, set(config.allowMethods));
    if (!config.exposeHeaders.isEmpty()) {
        cors.set(u"exposedResponseHeaders"_s, set(config.exposeHeaders));
    }
    if (config.maxAge) {
        cors.set(u"maxAge"_s, *config.maxAge);
    }
    if (config.allowCredentials) {
        cors.set(u"allowCredentials"_s, true);
    }
    return cors;
}

Node provider(const CorsConfig &config)
{
    const bool rest = config.apiType == ApiType::Rest;
    Node node = Node::object();
    node.set(u"name"_s, "aws");
    node.set(u"runtime"_s, "nodejs22.x",
             u"Serverless v3's schema stops at nodejs20.x, which AWS no longer supports: v3 "
             u"warns about this value and deploys it; v4 knows it."_s);
    node.set(u"stage"_s, config.stages.isEmpty() ? u"prod"_s : config.stages.first().name,
             config.stages.isEmpty() ? QString()
                                     : u"The default stage; deploy another with --stage NAME."_s);
    if (rest && config.apiKeyRequired) {
        node.set(u"apiGateway"_s, Node::object(),
                 u"Serverless creates the key, a usage plan and their link: without them every "
                 u"call is refused with 403."_s)
            .set(u"apiKeys"_s, Node::stringArray({u"cors-api-key"_s}));
    }
    if (!rest) {
        Node &httpApi = node.set(u"httpApi"_s, Node::object());
        httpApi.set(u"cors"_s, httpCors(config),
                    u"API-wide: API Gateway answers every preflight from it and ignores CORS "
                    u"headers the function returns (not available on an imported HTTP API)."_s);
        if (config.hasAuthorizer()) {
            Node &authorizer = httpApi.set(u"authorizers"_s, Node::object())
                                   .set(u"lambdaAuthorizer"_s, Node::object());
            authorizer.set(u"type"_s, "request");
            authorizer.set(u"functionArn"_s, u"${self:custom.authorizerArn}"_s);
            authorizer.set(u"identitySource"_s, QString(u"$request.header."_s + config.authorizer));
            authorizer.set(u"enableSimpleResponses"_s, true);
            authorizer.set(u"payloadVersion"_s, "2.0");
        }
    }
    return node;
}

Node custom(const CorsConfig &config)
{
    const bool rest = config.apiType == ApiType::Rest;
    Node node = Node::object();
    if (config.hasAuthorizer()) {
        // Fn::Join, not Fn::Sub: Serverless would read "${AWS::Region}" as its own variable.
        Node arn = Node::object();
        Node &join = arn.set(u"Fn::Join"_s, Node::array());
        join.append(":");
        Node values = Node::array();
        values.append("arn");
        values.append(longRef(u"AWS::Partition"_s));
        values.append("lambda");
        values.append(longRef(u"AWS::Region"_s));
        values.append(longRef(u"AWS::AccountId"_s));
        values.append("function");
        values.append("authorizer");
        join.append(std::move(values));
        node.set(u"authorizerArn"_s, std::move(arn),
                 u"The Lambda authorizer that reads the %1 header: here a function named "
                 u"'authorizer' in the same account and region; replace it with yours."_s.arg(
                     config.authorizer));
    }
    if (!config.stages.isEmpty()) {
        Node &stages = node.set(u"stageCors"_s, Node::object(),
                                u"Each stage's CORS origins; --stage picks one."_s);
        for (const Stage &stage : config.stages) {
            const CorsConfig deployed = config.forStage(stage);
            Node &values = stages.set(stage.name, Node::object());
            values.set(u"origins"_s, Node::stringArray(deployed.allowOrigins));
            if (rest) {
                const CorsValues stageValues(deployed);
                values.set(u"allowedOrigins"_s, deployed.allowOrigins.join(u','));
                values.set(u"preflightTemplate"_s,
                           stageValues.preflightAnswer(QString()).mappingTemplate);
                values.set(u"errorOrigin"_s, staticValue(stageValues.allowOrigin));
            }
        }
    }
    return node;
}

Node function(const CorsConfig &config)
{
    const bool rest = config.apiType == ApiType::Rest;
    Node node = Node::object();
    node.set(u"handler"_s, "handler.handler",
             u"handler.mjs, the generated Lambda handler, in this folder (for handler.py set "
             u"the runtime to python3.12)."_s);
    if (rest && !config.stages.isEmpty()) {
        node.set(u"environment"_s, Node::object())
            .set(u"ALLOWED_ORIGINS"_s, stageVariable(u"allowedOrigins"_s),
                 u"The stage's origins, which the handler reads."_s);
    }
    node.set(u"events"_s, rest ? restEvents(config) : httpEvents(config));
    return node;
}

/// The OPTIONS method Serverless creates for each path, with our integration in place of its
/// own (see the top of this file).
Node preflightExtensions(const CorsConfig &config)
{
    const CorsValues values(config);
    Node extensions = Node::object();
    bool first = true;
    for (const PathPreflight &preflight : apiShape(config).preflights) {
        const PreflightAnswer answer = values.preflightAnswer(preflight.allowMethods.join(u','));
        Node &properties =
            extensions
                .set(u"ApiGatewayMethod"_s + serverlessPathName(preflight.path) + u"Options"_s,
                     Node::object(),
                     first ? u"The OPTIONS methods Serverless creates, answered by our MOCK "
                             u"integration: Serverless's own answers a disallowed origin with "
                             u"the first allowed one, matches origins as regular expressions "
                             u"and allows every method of an ANY route."_s
                           : QString())
                .set(u"Properties"_s, Node::object());
        first = false;
        properties.set(
            u"Integration"_s,
            preflightIntegration(answer, values.staged ? Node(stageVariable(u"preflightTemplate"_s))
                                                       : Node(answer.mappingTemplate)));
        properties.set(u"MethodResponses"_s, preflightMethodResponses(answer));
    }
    return extensions;
}

Node gatewayResponses(const CorsConfig &config)
{
    const CorsValues values(config);
    Node resources = Node::object();
    bool first = true;
    for (const QString &type : gatewayResponseTypes()) {
        const QString name = u"GatewayResponse"_s + type.mid(8).prepend(u"Default"_s);
        Node &resource =
            resources.set(name, Node::object(), first ? gatewayResponsesWhy(values) : QString());
        first = false;
        resource.set(u"Type"_s, "AWS::ApiGateway::GatewayResponse");
        Node &properties = resource.set(u"Properties"_s, Node::object());
        properties.set(u"RestApiId"_s, longRef(u"ApiGatewayRestApi"_s));
        properties.set(u"ResponseType"_s, type);
        // Serverless keeps each stage's values in its own variables (custom.stageCors).
        properties.set(u"ResponseParameters"_s,
                       parts::gatewayResponseHeaders(
                           config, u"gatewayresponse.header."_s,
                           config.stages.isEmpty()
                               ? std::nullopt
                               : std::optional<Node>(stageVariable(u"errorOrigin"_s))));
    }
    return resources;
}

} // namespace

QByteArray renderServerless(const CorsConfig &config)
{
    const bool rest = config.apiType == ApiType::Rest;
    Node doc = Node::object();
    doc.set(u"service"_s, "cors-api",
            u"Serverless Framework v3 (v4 reads it too): serverless.yml beside handler.mjs. "
            u"Deploy with `serverless deploy`; `serverless package` builds the CloudFormation "
            u"template without deploying."_s);
    doc.set(u"frameworkVersion"_s, "3");
    doc.set(u"provider"_s, provider(config));
    const Node customNode = custom(config);
    if (!isEmpty(customNode)) {
        doc.set(u"custom"_s, customNode);
    }
    doc.set(u"package"_s, Node::object(), u"Only the handler goes into the function's package."_s)
        .set(u"patterns"_s, Node::stringArray({u"!**"_s, u"handler.mjs"_s}));
    doc.set(u"functions"_s, Node::object()).set(u"api"_s, function(config));
    if (rest) {
        Node &resources = doc.set(u"resources"_s, Node::object());
        if (config.gatewayResponses) {
            resources.set(u"Resources"_s, gatewayResponses(config));
        }
        resources.set(u"extensions"_s, preflightExtensions(config));
    }
    return doc.toYaml(generatedBy(config));
}

} // namespace cors::render::detail
