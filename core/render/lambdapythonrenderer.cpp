// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "escape.h"
#include "renderers.h"

using namespace Qt::StringLiterals;

namespace cors::render::detail {

namespace {

QString pyBool(bool value)
{
    return value ? u"True"_s : u"False"_s;
}

// The proxy-integration handler: the function answers with the CORS headers itself.
QString proxyHandler(const CorsConfig &config)
{
    const bool anyOrigin = config.allowOrigins.contains(u"*"_s);
    QString py;
    py += u"# Lambda proxy integration of a REST API: API Gateway passes the function's response\n"
          u"# through, so every response must carry its own CORS headers. (An HTTP API with a\n"
          u"# CORS configuration ignores them: render the HTTP API handler for one.)\n"
          u"import json\n"_s;
    if (!config.stages.isEmpty()) {
        // Stages: the template sets ALLOWED_ORIGINS to the deployed stage's origins.
        py += u"import os\n\n"_s
              u"# The deployed stage's origins, comma-separated: the template sets them (SAM:\n"
              u"# the StageCors mapping; CloudFormation: the AllowedOrigins output; Terraform:\n"
              u"# local.cors.allow_origins). Unset, no origin is allowed.\n"
              u"ALLOWED_ORIGINS = [o for o in os.environ.get(\"ALLOWED_ORIGINS\", "
              u"\"\").split(\",\") if o]\n"
              u"ALLOW_ANY_ORIGIN = \"*\" in ALLOWED_ORIGINS\n"_s;
    } else {
        py += u"\nALLOWED_ORIGINS = "_s +
              pythonList(anyOrigin ? QStringList{} : config.allowOrigins) + u"\n"_s;
        py += u"ALLOW_ANY_ORIGIN = "_s + pyBool(anyOrigin) + u"\n"_s;
    }
    py += u"ALLOW_CREDENTIALS = "_s + pyBool(config.allowCredentials) + u"\n"_s;
    py += u"ALLOW_METHODS = "_s + pythonString(config.allowMethods.join(u',')) + u"\n"_s;
    py += u"ALLOW_HEADERS = "_s + pythonString(config.allowHeaders.join(u',')) + u"\n"_s;
    py += u"EXPOSE_HEADERS = "_s + pythonString(config.exposeHeaders.join(u',')) + u"\n"_s;
    py += u"MAX_AGE = "_s +
          pythonString(config.maxAge ? QString::number(*config.maxAge) : QString()) + u"\n"_s;
    py += uR"(

def request_origin(headers):
    """The request's Origin header, whatever case the client wrote its name in."""
    for name, value in (headers or {}).items():
        if name.lower() == "origin":
            return value
    return None


def cors_headers(origin):
    """The CORS headers of a response to a request from origin."""
    headers = {}
    if ALLOW_ANY_ORIGIN:
        headers["Access-Control-Allow-Origin"] = "*"
    else:
        # The answer depends on the request's Origin, so caches must keep one copy per origin.
        headers["Vary"] = "Origin"
        if origin is not None and origin in ALLOWED_ORIGINS:
            headers["Access-Control-Allow-Origin"] = origin
            if ALLOW_CREDENTIALS:
                headers["Access-Control-Allow-Credentials"] = "true"
    if EXPOSE_HEADERS and "Access-Control-Allow-Origin" in headers:
        headers["Access-Control-Expose-Headers"] = EXPOSE_HEADERS
    return headers


def preflight_headers():
    """The extra headers of a preflight answer."""
    headers = {}
    if ALLOW_METHODS:
        headers["Access-Control-Allow-Methods"] = ALLOW_METHODS
    if ALLOW_HEADERS:
        headers["Access-Control-Allow-Headers"] = ALLOW_HEADERS
    if MAX_AGE:
        headers["Access-Control-Max-Age"] = MAX_AGE
    return headers


def lambda_handler(event, context):
    cors = cors_headers(request_origin(event.get("headers")))
    if event.get("httpMethod") == "OPTIONS":
        # A preflight reaches the function only where OPTIONS is routed to it (no MOCK method).
        if "Access-Control-Allow-Origin" not in cors:
            return {"statusCode": 403, "headers": cors, "body": ""}
        return {"statusCode": 204, "headers": {**cors, **preflight_headers()}, "body": ""}
    return {
        "statusCode": 200,
        "headers": {**cors, "Content-Type": "application/json"},
        "body": json.dumps({"message": "Hello from Lambda"}),
    }
)"_s;
    return py;
}

// Payload format 2.0 on an HTTP API with a CORS configuration.
QString plainHandler()
{
    return uR"(# HTTP API (payload format 2.0): API Gateway answers preflights itself and adds the CORS
# headers from the API's CORS configuration to every response; it ignores CORS headers a
# function returns, so this handler sends none.
import json


def lambda_handler(event, context):
    if event.get("requestContext", {}).get("http", {}).get("method") == "OPTIONS":
        # A preflight that reached the function (an OPTIONS route of ours targets it): answer
        # at once, without the function's work; API Gateway adds the CORS headers.
        return {"statusCode": 204, "body": ""}
    return {
        "statusCode": 200,
        "headers": {"Content-Type": "application/json"},
        "body": json.dumps({"message": "Hello from Lambda", "path": event.get("rawPath")}),
    }
)"_s;
}

} // namespace

QByteArray renderLambdaPython(const CorsConfig &config)
{
    QString py = u"# "_s + generatedBy(config) + u'\n';
    py += config.apiType == ApiType::Rest ? proxyHandler(config) : plainHandler();
    return py.toUtf8();
}

} // namespace cors::render::detail
