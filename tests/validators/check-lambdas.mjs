// The Lambda examples: `node --check`, tsc against @types/aws-lambda, pyflakes3, then both the
// Node.js and the Python handler invoked with API Gateway v1 and v2 events (allowed origin,
// disallowed origin, no Origin, OPTIONS) and their headers compared with what the case's CORS
// configuration means.
//   node check-lambdas.mjs CASE_DIR...    (each with case.json, handler.mjs and handler.py)
import { execFile, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { fail, finish } from "./report.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const dirs = process.argv.slice(2);
const cases = dirs.map((dir) => ({ dir, config: JSON.parse(readFileSync(join(dir, "case.json"), "utf8")) }));
const nodeFiles = cases.map((c) => join(c.dir, "handler.mjs"));
const pythonFiles = cases.map((c) => join(c.dir, "handler.py"));

// 1. node --check, two at a time.
const run = promisify(execFile);
for (let i = 0; i < nodeFiles.length; i += 2) {
  await Promise.all(nodeFiles.slice(i, i + 2).map(async (file) => {
    try {
      await run(process.execPath, ["--check", file]);
    } catch (e) {
      fail(file, undefined, `node --check: ${e.stderr || e.message}`);
    }
  }));
}

// 2. tsc: the handlers typed against APIGatewayProxyHandler / APIGatewayProxyHandlerV2.
const project = mkdtempSync(join(tmpdir(), "cors-tsc-"));
writeFileSync(join(project, "tsconfig.json"), JSON.stringify({
  compilerOptions: {
    allowJs: true, checkJs: true, noEmit: true, strict: true, skipLibCheck: true,
    module: "nodenext", moduleResolution: "nodenext", target: "es2022",
    baseUrl: here, paths: { "aws-lambda": ["node_modules/@types/aws-lambda"] },
    typeRoots: [join(here, "node_modules/@types")], types: ["aws-lambda", "node"],
  },
  files: nodeFiles,
}));
try {
  execFileSync(process.execPath, [join(here, "node_modules/typescript/bin/tsc"), "-p", project], { encoding: "utf8" });
} catch (e) {
  for (const line of String(e.stdout).split("\n")) {
    const m = /^(.*)\((\d+),\d+\): (error .*)$/.exec(line);
    if (m) fail(m[1], Number(m[2]), `tsc ${m[3]}`);
  }
  if (!/error TS/.test(String(e.stdout))) fail(project, undefined, `tsc did not run: ${e.message}`);
}
rmSync(project, { recursive: true, force: true });

// 3. pyflakes3 over every Python handler.
try {
  execFileSync("pyflakes3", pythonFiles, { encoding: "utf8" });
} catch (e) {
  if (e.code === "ENOENT") fail(pythonFiles[0], undefined, "pyflakes3 is not installed (apt-get install pyflakes3)");
  for (const line of String(e.stdout ?? "").split("\n").filter(Boolean)) {
    const m = /^(.*?):(\d+):(?:\d+:)? (.*)$/.exec(line);
    if (m) fail(m[1], Number(m[2]), `pyflakes: ${m[3]}`); else fail(pythonFiles[0], undefined, `pyflakes: ${line}`);
  }
}

// 4. Invocations.
const DISALLOWED = "https://evil.example";

function v1Event(method, headers) {
  return {
    resource: "/{proxy+}", path: "/items", httpMethod: method, headers,
    multiValueHeaders: Object.fromEntries(Object.entries(headers ?? {}).map(([k, v]) => [k, [v]])),
    queryStringParameters: null, multiValueQueryStringParameters: null, pathParameters: { proxy: "items" },
    stageVariables: null, requestContext: { httpMethod: method, path: "/prod/items", stage: "prod" },
    body: null, isBase64Encoded: false,
  };
}

function v2Event(method, headers) {
  return {
    version: "2.0", routeKey: "$default", rawPath: "/items", rawQueryString: "",
    headers: Object.fromEntries(Object.entries(headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
    requestContext: { http: { method, path: "/items", protocol: "HTTP/1.1", sourceIp: "192.0.2.1", userAgent: "test" }, stage: "$default" },
    isBase64Encoded: false,
  };
}

/** The scenarios each handler runs, with what the configuration says the answer must be. */
function scenarios(config) {
  const rest = config.apiType === "rest";
  const anyOrigin = config.allowOrigins.includes("*");
  const allowed = anyOrigin ? "https://anything.example" : config.allowOrigins[0];
  const list = [];
  for (const [label, origin, originHeaderName] of [
    ["allowed origin", allowed, "Origin"], ["allowed origin, lower-case header", allowed, "origin"],
    ["disallowed origin", DISALLOWED, "Origin"], ["no Origin", undefined, "Origin"]]) {
    for (const method of ["GET", "OPTIONS"]) {
      for (const format of ["v1", "v2"]) {
        const headers = origin === undefined ? { Accept: "*/*" } : { [originHeaderName]: origin, Accept: "*/*" };
        if (method === "OPTIONS") headers["Access-Control-Request-Method"] = "GET";
        const event = format === "v1" ? v1Event(method, headers) : v2Event(method, headers);
        list.push({ label: `${format} ${method}, ${label}`, event, expect: expectation(config, rest, anyOrigin, method, format, origin) });
      }
    }
  }
  return list;
}

function expectation(config, rest, anyOrigin, method, format, origin) {
  if (!rest) {
    // HTTP API: API Gateway adds CORS headers; the function must send none. An OPTIONS request
    // that reaches it (an open OPTIONS route targets it) is answered at once with 204.
    const preflight = method === "OPTIONS" && format === "v2";
    return { status: preflight ? 204 : 200, headers: {}, noCors: true };
  }
  const allowed = anyOrigin || (origin !== undefined && config.allowOrigins.includes(origin));
  const headers = {
    "Access-Control-Allow-Origin": allowed ? (anyOrigin ? "*" : origin) : null,
    "Vary": anyOrigin ? null : "Origin",
    "Access-Control-Allow-Credentials": allowed && config.allowCredentials ? "true" : null,
    "Access-Control-Expose-Headers": allowed && config.exposeHeaders.length ? config.exposeHeaders.join(",") : null,
  };
  // The v1 event carries httpMethod; a v2 event does not, so the proxy handler treats it as an
  // actual request.
  const preflight = method === "OPTIONS" && format === "v1";
  if (preflight) {
    if (!allowed) return { status: 403, headers };
    headers["Access-Control-Allow-Methods"] = config.allowMethods.length ? config.allowMethods.join(",") : null;
    headers["Access-Control-Allow-Headers"] = config.allowHeaders.length ? config.allowHeaders.join(",") : null;
    headers["Access-Control-Max-Age"] = config.maxAge === null ? null : String(config.maxAge);
    return { status: 204, headers };
  }
  return { status: 200, headers };
}

function compare(file, label, expect, response) {
  if (!response || typeof response !== "object") { fail(file, undefined, `${label}: no response object`); return; }
  if (response.statusCode !== expect.status) fail(file, undefined, `${label}: status ${response.statusCode}, expected ${expect.status}`);
  const got = response.headers ?? {};
  if (expect.noCors) {
    for (const name of Object.keys(got)) {
      if (name.toLowerCase().startsWith("access-control-")) fail(file, undefined, `${label}: sends ${name}, which API Gateway ignores`);
    }
    return;
  }
  for (const [name, value] of Object.entries(expect.headers)) {
    const actual = got[name];
    if (value === null && actual !== undefined) fail(file, undefined, `${label}: unexpected ${name}: ${actual}`);
    if (value !== null && actual !== value) fail(file, undefined, `${label}: ${name} is ${JSON.stringify(actual)}, expected ${JSON.stringify(value)}`);
  }
  if (typeof response.body !== "string") fail(file, undefined, `${label}: body is not a string`);
}

const python = spawn("python3", [join(here, "invoke_lambda.py")], { stdio: ["pipe", "pipe", "inherit"] });
const pythonLines = createInterface({ input: python.stdout })[Symbol.asyncIterator]();
async function invokePython(file, event, env) {
  python.stdin.write(JSON.stringify({ file, event, env }) + "\n");
  const { value } = await pythonLines.next();
  return JSON.parse(value);
}

for (const c of cases) {
  const nodeFile = join(c.dir, "handler.mjs");
  const pythonFile = join(c.dir, "handler.py");
  let handler;
  try {
    // A staged handler reads ALLOWED_ORIGINS when it loads, as Lambda sets it before.
    delete process.env.ALLOWED_ORIGINS;
    Object.assign(process.env, c.config.env ?? {});
    ({ handler } = await import(pathToFileURL(nodeFile).href));
  } catch (e) {
    fail(nodeFile, undefined, `import: ${e.message}`);
  }
  for (const s of scenarios(c.config)) {
    if (handler) {
      try {
        compare(nodeFile, s.label, s.expect, await handler(s.event));
      } catch (e) {
        fail(nodeFile, undefined, `${s.label}: threw ${e.message}`);
      }
    }
    const answer = await invokePython(pythonFile, s.event, c.config.env ?? {});
    if (answer.error) fail(pythonFile, undefined, `${s.label}: ${answer.error}`);
    else compare(pythonFile, s.label, s.expect, answer.response);
  }
}
python.stdin.end();
finish("lambdas", nodeFiles.length + pythonFiles.length);
