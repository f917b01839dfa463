// OpenAPI 3.0 and Swagger 2.0 documents through @apidevtools/swagger-parser (schema and
// semantics) and the Spectral CLI with the spectral:oas ruleset (fails on errors).
//   node check-openapi.mjs FILE...
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import SwaggerParser from "@apidevtools/swagger-parser";
import { fail, finish } from "./report.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const files = process.argv.slice(2);

for (const file of files) {
  try {
    await SwaggerParser.validate(file);
  } catch (e) {
    fail(file, undefined, `swagger-parser: ${e.message}`);
  }
}

// Spectral's path-params rule finds placeholders with /\{;?\??[a-zA-Z0-9_-]+\*?\}/, which does
// not know API Gateway's greedy path variable {name+}: it then calls the declared "name+"
// parameter unused. swagger-parser (Swagger 2.0) requires that very declaration, so for this one
// case swagger-parser is the judge: the finding is skipped only when the parameter really is
// the path's greedy placeholder.
function isGreedyParameterFalsePositive(r) {
  if (r.code !== "path-params") return false;
  const m = /^Parameter "([A-Za-z0-9_]+\+)" must be used in path "([^"]*)"\.$/.exec(r.message);
  return m !== null && m[2].endsWith(`/{${m[1]}}`);
}

// One Spectral run for all files, in batches to keep the command line short.
for (let i = 0; i < files.length; i += 200) {
  const batch = files.slice(i, i + 200);
  let output;
  try {
    output = execFileSync(join(here, "node_modules/.bin/spectral"),
      ["lint", "--quiet", "--format", "json", "--fail-severity", "error",
        "--ruleset", join(here, ".spectral.yaml"), ...batch],
      { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  } catch (e) {
    output = e.stdout; // exit 1 when it found errors
    if (!output) { fail(batch[0], undefined, `spectral did not run: ${e.message}`); continue; }
  }
  const results = output.trim() === "" ? [] : JSON.parse(output.slice(output.indexOf("[")));
  for (const r of results) {
    if (r.severity === 0 && !isGreedyParameterFalsePositive(r)) {
      fail(r.source, r.range?.start ? r.range.start.line + 1 : undefined,
        `spectral ${r.code}: ${r.message} (${(r.path ?? []).join(".")})`);
    }
  }
}
finish("openapi", files.length);
