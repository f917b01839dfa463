// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "templateimport.h"

#include "base/enumkeys.h"
#include "importdetail.h"
#include "templateloader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cors::templateimport {

namespace {

using namespace detail;

class TemplateImporter
{
    Q_DECLARE_TR_FUNCTIONS(TemplateImporter)
};

/// Ten times the steps a SAM template at CloudFormation's 1 MB limit takes (2,000 functions with
/// two events each: ~150,000; a step is one map entry or list item looked at), and about a
/// second of work at most.
constexpr qint64 walkBudget = 1'500'000;

Diagnostic error(SourcePosition position, const QString &message, const QString &fix)
{
    return Diagnostic{position, Severity::Error, message, fix, u"template"_s};
}

bool mentionsServerless(const Value &transform)
{
    if (transform.isSequence()) {
        const QList<Value> items = transform.items();
        return std::any_of(items.begin(), items.end(), [](const Value &item) {
            return item.text().startsWith(u"AWS::Serverless"_s);
        });
    }
    return transform.text().startsWith(u"AWS::Serverless"_s);
}

std::optional<Family> familyOf(const Value &root)
{
    if (!root.child(u"openapi"_s).isMissing()) {
        return Family::OpenApi;
    }
    if (!root.child(u"swagger"_s).isMissing()) {
        return Family::Swagger;
    }
    if (isServerlessService(root)) {
        return Family::Serverless;
    }
    const Value resources = root.child(u"Resources"_s);
    if (resources.isMissing()) {
        return std::nullopt;
    }
    if (mentionsServerless(root.child(u"Transform"_s))) {
        return Family::Sam;
    }
    for (const auto &[id, resource] : resources.members()) {
        if (resource.child(u"Type"_s).text().startsWith(u"AWS::Serverless::"_s)) {
            return Family::Sam;
        }
    }
    return Family::CloudFormation;
}

bool isProjectFile(const Value &root)
{
    return !root.child(u"version"_s).isMissing() &&
           (!root.child(u"apiType"_s).isMissing() || !root.child(u"allowOrigins"_s).isMissing());
}

/// Each API's reader, followed by the template's stages when it has them.
QList<ApiSource> withStages(QList<ApiSource> sources, const Value &root)
{
    if (!hasStageMapping(root)) {
        return sources;
    }
    for (ApiSource &source : sources) {
        source.read = [read = source.read, root](CorsConfig &config, ImportContext &context) {
            context.stagedOrigins = true;
            read(config, context);
            readStages(root, config, context);
        };
    }
    return sources;
}

QList<ApiSource> apisOf(Family family, const Value &root)
{
    switch (family) {
    case Family::Sam:
        return withStages(samApis(root) + cloudFormationApis(root), root);
    case Family::CloudFormation:
        return withStages(cloudFormationApis(root), root);
    case Family::OpenApi:
    case Family::Swagger:
        return {openApiApi(root, familyDisplayName(family))};
    case Family::Serverless:
        return serverlessApis(root);
    }
    return {};
}

QString namesOf(const QList<ApiCandidate> &apis)
{
    QStringList names;
    for (const ApiCandidate &api : apis) {
        names.append(u"%1 (%2)"_s.arg(api.name, apiTypeDisplayName(api.type)));
    }
    return names.join(u", "_s);
}

void importInto(ImportResult &result, const Value &root, const QString &apiName)
{
    if (!root.isMap()) {
        result.errors.append(error(root.position(),
                                   TemplateImporter::tr("The file holds %1, but a template is a "
                                                        "mapping with Resources (SAM, "
                                                        "CloudFormation) or openapi/swagger "
                                                        "(OpenAPI).")
                                       .arg(root.excerpt()),
                                   TemplateImporter::tr("Choose the SAM, CloudFormation or "
                                                        "OpenAPI template.")));
        return;
    }
    const std::optional<Family> family = familyOf(root);
    if (!family) {
        if (isProjectFile(root)) {
            result.status = ImportResult::Status::ProjectFile;
            result.errors.append(error({1, 1},
                                       TemplateImporter::tr("This is a CORS Configurator project "
                                                            "file, not a template."),
                                       TemplateImporter::tr("Open it instead (File → Open, or "
                                                            "pass it to the other commands).")));
            return;
        }
        result.errors.append(error({1, 1},
                                   TemplateImporter::tr("Not a SAM, CloudFormation or OpenAPI "
                                                        "template or a serverless.yml: it has no "
                                                        "Resources, openapi, swagger or service "
                                                        "key."),
                                   TemplateImporter::tr("Choose the template that defines the "
                                                        "API Gateway API.")));
        return;
    }
    result.family = *family;

    const QList<ApiSource> sources = apisOf(*family, root);
    for (const ApiSource &source : sources) {
        result.apis.append(source.candidate);
    }
    if (sources.isEmpty()) {
        result.errors.append(error({1, 1},
                                   TemplateImporter::tr("The %1 template defines no API Gateway "
                                                        "API: no AWS::Serverless::Api or "
                                                        "HttpApi, no function events, no "
                                                        "AWS::ApiGateway::RestApi or "
                                                        "AWS::ApiGatewayV2::Api, no OPTIONS "
                                                        "methods.")
                                       .arg(familyDisplayName(*family)),
                                   TemplateImporter::tr("Import the template that defines the "
                                                        "API.")));
        return;
    }

    const ApiSource *chosen = nullptr;
    if (sources.size() == 1 && apiName.isEmpty()) {
        chosen = &sources.first();
    } else if (apiName.isEmpty()) {
        result.status = ImportResult::Status::ChooseApi;
        result.errors.append(
            error({},
                  TemplateImporter::tr("The template defines %n APIs: %1.", "", int(sources.size()))
                      .arg(namesOf(result.apis)),
                  TemplateImporter::tr("Choose one (corscfg import --api "
                                       "NAME).")));
        return;
    } else {
        for (const Qt::CaseSensitivity sensitivity : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
            for (const ApiSource &source : sources) {
                if (!chosen && source.candidate.name.compare(apiName, sensitivity) == 0) {
                    chosen = &source;
                }
            }
        }
        if (!chosen) {
            result.status = ImportResult::Status::UnknownApi;
            result.errors.append(
                error({},
                      TemplateImporter::tr("The template defines no API named "
                                           "'%1'.")
                          .arg(apiName),
                      TemplateImporter::tr("Choose one of: %1.").arg(namesOf(result.apis))));
            return;
        }
    }

    CorsConfig config = CorsConfig::blank();
    config.apiType = chosen->candidate.type;
    // A REST API has CORS headers on its error responses only when the template adds them.
    config.gatewayResponses = config.apiType == ApiType::Http;
    ImportContext context;
    chosen->read(config, context);
    result.api = chosen->candidate;
    result.config = config;
    // In the order of the template, so reading the notes is reading the file.
    result.notes = context.notes;
    std::stable_sort(
        result.notes.begin(), result.notes.end(),
        [](const Diagnostic &a, const Diagnostic &b) { return a.position.line < b.position.line; });
    result.status = ImportResult::Status::Ok;
}

} // namespace

/// In the order of Family's values.
constexpr const char16_t *const familyDisplayNames[] = {u"AWS SAM", u"CloudFormation", u"OpenAPI 3",
                                                        u"Swagger 2.0", u"Serverless Framework"};

QString familyDisplayName(Family family)
{
    return keyOf(familyDisplayNames, family);
}

ImportResult importTemplate(const QByteArray &bytes, const QString &apiName)
{
    ImportResult result;
    LoadedTemplate loaded = loadTemplate(bytes);
    if (!loaded.ok()) {
        result.errors = loaded.errors;
        return result;
    }
    try {
        importInto(result, Value(loaded.root, QString(), std::make_shared<WalkBudget>(walkBudget)),
                   apiName);
    } catch (const WalkBudgetExceeded &) {
        result = ImportResult();
        result.errors.append(error({},
                                   TemplateImporter::tr("Reading the template takes more than "
                                                        "%L1 steps: it refers to the same parts "
                                                        "over and over (YAML aliases).")
                                       .arg(walkBudget),
                                   TemplateImporter::tr("Import the template API Gateway "
                                                        "deploys; real templates take a few "
                                                        "thousand steps.")));
    }
    return result;
}

ImportResult importTemplateFile(const QString &path, const QString &apiName)
{
    ImportResult result;
    result.status = ImportResult::Status::Unreadable;
    const auto fail = [&result](const QString &message, const QString &fix) {
        result.errors.append(error({}, message, fix));
        return result;
    };
    const QFileInfo info(path);
    if (!info.exists()) {
        return fail(TemplateImporter::tr("No such file."),
                    TemplateImporter::tr("Check the path of the template."));
    }
    if (info.isDir()) {
        return fail(TemplateImporter::tr("This is a folder, not a template."),
                    TemplateImporter::tr("Name the template file inside it (template.yaml, "
                                         "openapi.json, ...)."));
    }
    if (info.size() > maxTemplateSize) {
        result.errors.append(tooLargeError(info.size()));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(TemplateImporter::tr("Cannot open the file: %1.").arg(file.errorString()),
                    TemplateImporter::tr("Check that you may read it."));
    }
    // One byte past the limit, so a file that grew since the size check is still refused.
    return importTemplate(file.read(maxTemplateSize + 1), apiName);
}

} // namespace cors::templateimport
