// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "escape.h"
#include "renderers.h"

using namespace Qt::StringLiterals;

namespace cors::render::detail {

namespace {

QString jsBool(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

// The proxy-integration handler: the function answers with the CORS headers itself.
QString proxyHandler(const CorsConfig &config)
{
    const bool anyOrigin = config.allowOrigins.contains(u"*"_s);
    QString js;
    js += u"// Lambda proxy integration of a REST API: API Gateway passes the function's response\n"
          u"// through, so every response must carry its own CORS headers. (An HTTP API with a\n"
          u"// CORS configuration ignores them: render the HTTP API handler for one.)\n"
          u"// @ts-check\n\n"_s;
    // JSDoc types keep the constants general: the handler type-checks for any configuration.
    const auto constant = [&js](const char *type, const char *name, const QString &value) {
        js += u"/** @type {%1} */\nconst %2 = "_s.arg(QLatin1StringView(type),
                                                      QLatin1StringView(name)) +
              value + u";\n"_s;
    };
    if (!config.stages.isEmpty()) {
        js +=
            u"// The deployed stage's origins, comma-separated: the template sets them (SAM: the\n"
            u"// StageCors mapping; CloudFormation: the AllowedOrigins output; Terraform:\n"
            u"// local.cors.allow_origins). Unset, no origin is allowed.\n"_s;
        constant("string[]", "ALLOWED_ORIGINS",
                 u"(process.env.ALLOWED_ORIGINS ?? \"\").split(\",\").filter((o) => o !== \"\")"_s);
        constant("boolean", "ALLOW_ANY_ORIGIN", u"ALLOWED_ORIGINS.includes(\"*\")"_s);
    } else {
        constant("string[]", "ALLOWED_ORIGINS",
                 jsArray(anyOrigin ? QStringList{} : config.allowOrigins));
        constant("boolean", "ALLOW_ANY_ORIGIN", jsBool(anyOrigin));
    }
    constant("boolean", "ALLOW_CREDENTIALS", jsBool(config.allowCredentials));
    constant("string", "ALLOW_METHODS", jsString(config.allowMethods.join(u',')));
    constant("string", "ALLOW_HEADERS", jsString(config.allowHeaders.join(u',')));
    constant("string", "EXPOSE_HEADERS", jsString(config.exposeHeaders.join(u',')));
    constant("string", "MAX_AGE",
             jsString(config.maxAge ? QString::number(*config.maxAge) : QString()));
    js += u'\n';
    js += uR"(/**
 * The request's Origin header. Header names are case-insensitive and API Gateway passes them
 * on as the client wrote them.
 * @param {Record<string, string | undefined> | null | undefined} headers
 * @returns {string | undefined}
 */
function requestOrigin(headers) {
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === "origin") {
      return value;
    }
  }
  return undefined;
}

/**
 * The CORS headers of a response to a request from `origin`.
 * @param {string | undefined} origin
 * @returns {Record<string, string>}
 */
function corsHeaders(origin) {
  /** @type {Record<string, string>} */
  const headers = {};
  if (ALLOW_ANY_ORIGIN) {
    headers["Access-Control-Allow-Origin"] = "*";
  } else {
    // The answer depends on the request's Origin, so caches must keep one copy per origin.
    headers["Vary"] = "Origin";
    if (origin !== undefined && ALLOWED_ORIGINS.includes(origin)) {
      headers["Access-Control-Allow-Origin"] = origin;
      if (ALLOW_CREDENTIALS) {
        headers["Access-Control-Allow-Credentials"] = "true";
      }
    }
  }
  if (EXPOSE_HEADERS !== "" && "Access-Control-Allow-Origin" in headers) {
    headers["Access-Control-Expose-Headers"] = EXPOSE_HEADERS;
  }
  return headers;
}

/**
 * The extra headers of a preflight answer.
 * @returns {Record<string, string>}
 */
function preflightHeaders() {
  /** @type {Record<string, string>} */
  const headers = {};
  if (ALLOW_METHODS !== "") {
    headers["Access-Control-Allow-Methods"] = ALLOW_METHODS;
  }
  if (ALLOW_HEADERS !== "") {
    headers["Access-Control-Allow-Headers"] = ALLOW_HEADERS;
  }
  if (MAX_AGE !== "") {
    headers["Access-Control-Max-Age"] = MAX_AGE;
  }
  return headers;
}

/** @type {import("aws-lambda").APIGatewayProxyHandler} */
export const handler = async (event) => {
  const cors = corsHeaders(requestOrigin(event.headers));
  if (event.httpMethod === "OPTIONS") {
    // A preflight reaches the function only where OPTIONS is routed to it (no MOCK method).
    if (!("Access-Control-Allow-Origin" in cors)) {
      return { statusCode: 403, headers: cors, body: "" };
    }
    return { statusCode: 204, headers: { ...cors, ...preflightHeaders() }, body: "" };
  }
  return {
    statusCode: 200,
    headers: { ...cors, "Content-Type": "application/json" },
    body: JSON.stringify({ message: "Hello from Lambda" }),
  };
};
)"_s;
    return js;
}

// Payload format 2.0 on an HTTP API with a CORS configuration.
QString plainHandler()
{
    return uR"(// HTTP API (payload format 2.0): API Gateway answers preflights itself and adds the CORS
// headers from the API's CORS configuration to every response; it ignores CORS headers a
// function returns, so this handler sends none.
// @ts-check

/** @type {import("aws-lambda").APIGatewayProxyHandlerV2} */
export const handler = async (event) => {
  if (event.requestContext?.http?.method === "OPTIONS") {
    // A preflight that reached the function (an OPTIONS route of ours targets it): answer at
    // once, without the function's work; API Gateway adds the CORS headers.
    return { statusCode: 204, body: "" };
  }
  return {
    statusCode: 200,
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ message: "Hello from Lambda", path: event.rawPath }),
  };
};
)"_s;
}

} // namespace

QByteArray renderLambdaNode(const CorsConfig &config)
{
    QString js = u"// "_s + generatedBy(config) + u'\n';
    js += config.apiType == ApiType::Rest ? proxyHandler(config) : plainHandler();
    return js.toUtf8();
}

} // namespace cors::render::detail
