// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkverdict.h"

#include "fetch/safelist.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cors::advisor {

namespace {

class Verdict
{
    Q_DECLARE_TR_FUNCTIONS(Verdict)
};

/// What an API Gateway error status means, for a request CORS let through.
QString statusMeaning(const fetch::FlowResult &result)
{
    const int status = result.status;
    // AWS: API Gateway response types (UNAUTHORIZED 401, ACCESS_DENIED/MISSING_AUTHENTICATION_
    // TOKEN/INVALID_API_KEY 403, THROTTLED 429, INTEGRATION_FAILURE 5xx).
    switch (status) {
    case 401:
        return Verdict::tr("the authorizer denied the request: the token is missing or invalid");
    case 403:
        return Verdict::tr("the API refused it: a missing or wrong API key, an authorizer's "
                           "Deny, a resource policy, or no route for this path and method");
    case 404:
        return Verdict::tr("nothing serves this path");
    case 429:
        return Verdict::tr("the request was throttled");
    case 502:
    case 503:
    case 504:
        return Verdict::tr("the integration failed or timed out");
    default:
        return status >= 500 ? Verdict::tr("the API failed") : Verdict::tr("its own error");
    }
}

QStringList nonSafelistedHeaders(const fetch::FetchInit &init)
{
    QStringList names;
    for (const fetch::Header &header : init.headers) {
        if (!fetch::isCorsSafelistedRequestHeader(header.name, header.value, init.browser)) {
            names.append(QString::fromLatin1(header.name));
        }
    }
    return names;
}

/// The method a preflight asks about: fetch() upper-cases only the six standard names (Fetch
/// §2.2.1 "normalize a method"); a CORS-safelisted method never needs allowing.
QString preflightMethod(const fetch::FetchInit &init)
{
    const QByteArray method = fetch::normalizeMethod(init.method);
    return fetch::isCorsSafelistedMethod(method) ? QString() : QString::fromLatin1(method);
}

QString deployFix(ApiType type)
{
    return type == ApiType::Rest
               ? Verdict::tr("The project allows this request, so the deployed REST API does not "
                             "answer as it says: deploy the project's snippet (SAM, "
                             "CloudFormation or Terraform make a new deployment, so the stage "
                             "serves it).")
               : Verdict::tr("The project allows this request, so the deployed HTTP API does not "
                             "answer as it says: update its CorsConfiguration from the project's "
                             "snippet (an auto-deploy stage takes it live; otherwise deploy the "
                             "stage).");
}

} // namespace

bool projectAllowsOrigin(const CorsConfig &config, QStringView origin)
{
    for (const QString &entry : config.allowOrigins) {
        const QString allowed = entry.trimmed();
        if (allowed == u"*" || allowed == origin) {
            return true;
        }
        // HTTP API scheme wildcards: "https://*" admits every https origin.
        if (config.apiType == ApiType::Http && allowed.endsWith(u"://*"_s) &&
            origin.startsWith(QStringView(allowed).chopped(1))) {
            return true;
        }
    }
    return false;
}

CheckVerdict judgeCheck(const CorsConfig &config, const fetch::FetchInit &init,
                        const fetch::FlowResult &result)
{
    CheckVerdict verdict;
    if (result.allowed) {
        if (result.status < 400) {
            verdict.outcome = CheckOutcome::Allowed;
            verdict.headline = Verdict::tr("Allowed — the page's script can read the response "
                                           "(HTTP %1).")
                                   .arg(result.status);
            return verdict;
        }
        verdict.outcome = CheckOutcome::ApiRefused;
        verdict.headline = Verdict::tr("CORS passed — the API answered %1: %2.")
                               .arg(result.status)
                               .arg(statusMeaning(result));
        verdict.explanation = Verdict::tr("The browser lets the script read this error, so the "
                                          "page sees the %1 itself: a matter for the request "
                                          "(token, key, path), not for CORS.")
                                  .arg(result.status);
        return verdict;
    }
    if (result.error && fetch::isNoResponse(result.error->code)) {
        verdict.outcome = CheckOutcome::NoResponse;
        verdict.headline = Verdict::tr("No response — %1").arg(result.error->message);
        verdict.fix = result.error->fix;
        return verdict;
    }
    const QString origin = QString::fromLatin1(init.origin);
    if (!origin.isEmpty() && !projectAllowsOrigin(config, origin)) {
        verdict.outcome = CheckOutcome::BlockedAsConfigured;
        verdict.headline = Verdict::tr("Blocked as configured — %1 is not an allowed origin of "
                                       "this project, so the browser keeps the response from it.")
                               .arg(origin);
        verdict.explanation =
            result.error ? result.error->message : Verdict::tr("The request was blocked.");
        verdict.fix = Verdict::tr("Nothing to fix if that page must not call the API. If it "
                                  "should, add %1 to Allowed origins and deploy.")
                          .arg(origin);
        return verdict;
    }
    verdict.outcome = CheckOutcome::Blocked;
    verdict.headline = Verdict::tr("Blocked — %1")
                           .arg(result.error ? result.error->message
                                             : Verdict::tr("the browser blocked the request."));
    if (result.actualSent && result.status >= 400) {
        // The API's own error (its authorizer, a missing key, throttling) lost its CORS headers
        // for this origin: the error is the problem to solve, and the page cannot even see it.
        verdict.explanation = Verdict::tr("The API answered %1 (%2), and the browser hides that "
                                          "answer from this page.")
                                  .arg(result.status)
                                  .arg(statusMeaning(result));
        const bool severalOrigins = config.apiType == ApiType::Rest &&
                                    config.allowOrigins.size() > 1 && config.gatewayResponses;
        verdict.fix =
            severalOrigins
                // AWS: gateway responses take static values only (REST_GATEWAY_RESPONSE_ORIGIN).
                ? Verdict::tr("Fix the request (token, key, path) so the API does not refuse it. "
                              "API Gateway's own errors name one origin, %1, so pages on other "
                              "origins see them as CORS errors.")
                      .arg(config.allowOrigins.first().trimmed())
                : Verdict::tr("Fix the request (token, key, path) so the API does not refuse it, "
                              "and give API Gateway's own errors CORS headers (Gateway "
                              "responses) so pages can read them.");
        return verdict;
    }
    // What the project itself lacks comes first: one click adds it.
    verdict.fixes = preflightFixes(config, preflightMethod(init), nonSafelistedHeaders(init));
    verdict.fix = verdict.fixes.isEmpty() ? deployFix(config.apiType)
                                          : Verdict::tr("The project does not allow this "
                                                        "request yet: %1, then deploy.")
                                                .arg(verdict.fixes.first().label);
    return verdict;
}

} // namespace cors::advisor
