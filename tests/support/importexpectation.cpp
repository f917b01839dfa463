// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexpectation.h"

#include "render/corsvalues.h"
#include "render/renderer.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cors::test {

using render::Format;

namespace {

/// What a rendered template of `format` says about `config`: the fields it carries keep their
/// value, the others read back as an import of a template without them does.
/// Stages as an import reads them back: CloudFormation and SAM carry every stage, the first
/// (the StageName parameter's default) giving allowOrigins and the stages with the same
/// origins inheriting them; an OpenAPI document, and what CDK and Serverless make of their
/// stack by default, is the first stage's API alone.
CorsConfig carriedStages(const CorsConfig &config, Format format)
{
    if (config.stages.isEmpty()) {
        return config;
    }
    CorsConfig expected = config.forStage(config.stages.first());
    if (format == Format::OpenApi || format == Format::Swagger || deploysOneStage(format)) {
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

} // namespace

bool deploysOneStage(Format format)
{
    return format == Format::CdkTypeScript || format == Format::CdkPython ||
           format == Format::Serverless;
}

CorsConfig carriedByImport(const CorsConfig &config, Format format)
{
    CorsConfig expected = carriedStages(config, format);
    if (format == Format::Serverless && config.apiType == ApiType::Http) {
        // Serverless keeps provider.httpApi.cors's lists as sets: a repeated entry goes.
        for (QStringList *list : {&expected.allowOrigins, &expected.allowMethods,
                                  &expected.allowHeaders, &expected.exposeHeaders}) {
            list->removeDuplicates();
        }
    }
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

namespace {

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

QList<Route> sortedRoutes(QList<Route> routes)
{
    std::sort(routes.begin(), routes.end(),
              [](const Route &a, const Route &b) { return a.path < b.path; });
    return routes;
}

} // namespace

bool sameApi(const CorsConfig &imported, const CorsConfig &expected, Format format)
{
    if (imported == expected) {
        return true;
    }
    CorsConfig reordered = imported;
    reordered.routes = sortedRoutes(imported.routes);
    CorsConfig sortedExpected = expected;
    sortedExpected.routes = sortedRoutes(expected.routes);
    if (deploysOneStage(format)) {
        // CDK and Serverless order the resources themselves: a REST API's allowMethods, the
        // union of its paths' preflights, reads back in their order.
        reordered.allowMethods.sort();
        sortedExpected.allowMethods.sort();
        for (QList<Route> *routes : {&reordered.routes, &sortedExpected.routes}) {
            for (Route &route : *routes) {
                route.methods.sort();
            }
        }
    }
    if (reordered == sortedExpected) {
        return true;
    }
    const Format rendered =
        format == Format::Sam || format == Format::OpenApi || format == Format::Swagger
            ? format
            : Format::CloudFormation;
    // The same API written differently: compared in the expected routes' path order, since a
    // template lists resources (and a deployment's DependsOn) in the routes' order.
    CorsConfig inExpectedOrder = imported;
    const auto rank = [&expected](const Route &route) {
        for (qsizetype i = 0; i < expected.routes.size(); ++i) {
            if (expected.routes.at(i).path == route.path) {
                return i;
            }
        }
        return expected.routes.size();
    };
    std::stable_sort(inExpectedOrder.routes.begin(), inExpectedOrder.routes.end(),
                     [&rank](const Route &a, const Route &b) { return rank(a) < rank(b); });
    return imported.routes != expected.routes &&
           sameDocument(YAML::Load(render::render(inExpectedOrder, rendered).text.toStdString()),
                        YAML::Load(render::render(expected, rendered).text.toStdString()));
}

} // namespace cors::test
