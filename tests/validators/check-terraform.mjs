// Terraform files parsed by @cdktf/hcl2json, and every resource, block and argument checked by
// name and type against the AWS provider schema shipped in @cdktf/provider-aws (its .jsii).
//   node check-terraform.mjs FILE.tf...
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parse } from "@cdktf/hcl2json";
import { fail, findLine, finish } from "./report.mjs";

const require = createRequire(import.meta.url);
const jsiiPath = require.resolve("@cdktf/provider-aws/.jsii");
const types = JSON.parse(readFileSync(jsiiPath, "utf8")).types;

// Terraform's own meta-arguments, valid on every resource.
const metaArguments = new Set(["count", "for_each", "depends_on", "provider", "lifecycle",
  "provisioner", "connection"]);

// "... {@link https://registry.terraform.io/.../resources/api_gateway_method#http_method ...}"
const anchorName = (docs) => /#([a-z0-9_]+)\s/.exec(`${docs?.summary ?? ""} ${docs?.remarks ?? ""}`)?.[1];

// resource type name -> jsii config struct
const resources = new Map();
for (const type of Object.values(types)) {
  const match = /docs\/resources\/([a-z0-9_]+) (aws_[a-z0-9_]+)\}/.exec(type.docs?.summary ?? "");
  if (type.kind === "class" && match && type.initializer?.parameters?.[2]) {
    resources.set(match[2], type.initializer.parameters[2].type.fqn);
  }
}

function structProperties(fqn) {
  const struct = types[fqn];
  const properties = new Map();
  for (const p of struct?.properties ?? []) {
    const name = anchorName(p.docs);
    if (name) properties.set(name, p);
  }
  return properties;
}

const isExpression = (v) => typeof v === "string" && v.includes("${");

function typeName(type) {
  if (type.primitive) return type.primitive;
  if (type.collection) return `${type.collection.kind} of ${typeName(type.collection.elementtype)}`;
  if (type.union) return type.union.types.map(typeName).join(" | ");
  return type.fqn;
}

class Checker {
  constructor(file) { this.file = file; }

  problem(where, message) {
    fail(this.file, findLine(this.file, where.needle, where.after), `${where.path}: ${message}`);
  }

  // Does `value` (hcl2json form) fit the jsii `type`? Returns an error message or undefined.
  check(type, value, where) {
    if (type.union) {
      const errors = type.union.types.map((t) => this.check(t, value, where));
      return errors.includes(undefined) ? undefined : errors[0];
    }
    if (type.fqn === "cdktf.IResolvable") return isExpression(value) ? undefined : "not an expression";
    if (isExpression(value) && !type.fqn) return undefined;
    if (type.primitive) {
      switch (type.primitive) {
        case "string": return ["string", "number", "boolean"].includes(typeof value) ? undefined : `expected a string, got ${JSON.stringify(value)}`;
        case "boolean": return typeof value === "boolean" || value === "true" || value === "false" ? undefined : `expected a bool, got ${JSON.stringify(value)}`;
        case "number": return typeof value === "number" || /^-?[0-9.]+$/.test(String(value)) ? undefined : `expected a number, got ${JSON.stringify(value)}`;
        default: return undefined;
      }
    }
    if (type.collection) {
      const element = type.collection.elementtype;
      if (type.collection.kind === "map") {
        if (typeof value !== "object" || value === null || Array.isArray(value)) return "expected a map";
        for (const [k, v] of Object.entries(value)) {
          const e = this.check(element, v, where);
          if (e) return `${k}: ${e}`;
        }
        return undefined;
      }
      if (!Array.isArray(value)) return "expected a list";
      if (element.fqn && types[element.fqn]?.kind === "interface") {
        value.forEach((block) => this.block(element.fqn, block, where));
        return undefined;
      }
      for (const v of value) {
        const e = this.check(element, v, where);
        if (e) return e;
      }
      return undefined;
    }
    if (type.fqn && types[type.fqn]?.kind === "interface") {
      // A single nested block: hcl2json writes blocks as a list of objects.
      const blocks = Array.isArray(value) ? value : [value];
      if (blocks.length > 1) return "only one such block is allowed";
      blocks.forEach((block) => this.block(type.fqn, block, where));
      return undefined;
    }
    return undefined;
  }

  block(fqn, body, where) {
    const properties = structProperties(fqn);
    for (const [name, value] of Object.entries(body)) {
      const path = `${where.path}.${name}`;
      const here = { ...where, path, needle: name };
      if (where.topLevel && metaArguments.has(name)) continue;
      const property = properties.get(name);
      if (!property) { this.problem(here, `unknown argument or block (expected one of ${[...properties.keys()].join(", ")})`); continue; }
      const error = this.check(property.type, value, { ...here, topLevel: false });
      if (error) this.problem(here, `${error} (schema: ${typeName(property.type)})`);
    }
    for (const [name, property] of properties) {
      if (!property.optional && !(name in body)) this.problem(where, `required argument ${name} is missing`);
    }
  }
}

const files = process.argv.slice(2);
for (const file of files) {
  let json;
  try {
    json = await parse(file, readFileSync(file, "utf8"));
  } catch (e) {
    fail(file, undefined, `HCL does not parse: ${e.message ?? e}`);
    continue;
  }
  const checker = new Checker(file);
  for (const [type, byName] of Object.entries(json.resource ?? {})) {
    const fqn = resources.get(type);
    for (const [name, bodies] of Object.entries(byName)) {
      const header = `resource "${type}" "${name}"`;
      const after = (findLine(file, header) ?? 1) - 1;
      if (!fqn) { fail(file, after + 1, `${type}: not a resource of the AWS provider`); continue; }
      for (const body of bodies) {
        checker.block(fqn, body, { path: `${type}.${name}`, needle: header, after, topLevel: true });
      }
    }
  }
}
finish("terraform-schema", files.length);
