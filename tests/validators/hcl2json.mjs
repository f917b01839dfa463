// Terraform files as JSON, parsed by @cdktf/hcl2json (HashiCorp's HCL parser compiled to
// WebAssembly), for tests that check the structure of what we render.
//   node hcl2json.mjs FILE.tf...   → {"FILE.tf": {...}, ...} on stdout
import { readFileSync } from "node:fs";
import { parse } from "@cdktf/hcl2json";

const parsed = {};
for (const file of process.argv.slice(2)) {
  parsed[file] = await parse(file, readFileSync(file, "utf8"));
}
process.stdout.write(JSON.stringify(parsed));
