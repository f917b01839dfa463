// Every property of every AWS::Serverless::* resource and Globals section, checked by name and
// type against the SAM specification shipped in @aws-cdk/cfnspec. (cloudformation-validate skips
// SAM properties.)
//   node check-sam-spec.mjs TEMPLATE...
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { load } from "./cfn-yaml.mjs";
import { fail, findLine, finish } from "./report.mjs";

const require = createRequire(import.meta.url);
const spec = JSON.parse(readFileSync(require.resolve("@aws-cdk/cfnspec/spec/specification.json"), "utf8"));

// Properties the SAM documentation defines but this copy of the specification lacks
// (SAM "ApiAuth object": ApiKeyRequired, AddApiKeyRequiredToCorsPreflight, ...).
const documentedExtras = {
  "AWS::Serverless::Api.Auth": {
    ApiKeyRequired: { PrimitiveType: "Boolean" },
    AddApiKeyRequiredToCorsPreflight: { PrimitiveType: "Boolean" },
    InvokeRole: { PrimitiveType: "String" },
    ResourcePolicy: { PrimitiveType: "Json" },
    UsagePlan: { PrimitiveType: "Json" },
  },
};

const globalsSections = {
  Api: "AWS::Serverless::Api",
  HttpApi: "AWS::Serverless::HttpApi",
  Function: "AWS::Serverless::Function",
  SimpleTable: "AWS::Serverless::SimpleTable",
  StateMachine: "AWS::Serverless::StateMachine",
  LayerVersion: "AWS::Serverless::LayerVersion",
};

const isIntrinsic = (v) => v && typeof v === "object" && !Array.isArray(v) &&
  Object.keys(v).length === 1 && (Object.keys(v)[0] === "Ref" || Object.keys(v)[0].startsWith("Fn::"));

function primitiveOk(type, value) {
  if (isIntrinsic(value)) return true;
  switch (type) {
    case "String": return typeof value === "string" || typeof value === "number";
    case "Boolean": return typeof value === "boolean" || value === "true" || value === "false";
    case "Integer": case "Long": case "Double":
      return (typeof value === "number" && (type === "Double" || Number.isInteger(value))) ||
        (typeof value === "string" && /^-?[0-9]+(\.[0-9]+)?$/.test(value));
    case "Json": case "Timestamp": return true;
    default: return true;
  }
}

function propertyTypes(resourceType, name) {
  const own = spec.PropertyTypes[`${resourceType}.${name}`];
  if (!own) return undefined;
  const extras = documentedExtras[`${resourceType}.${name}`];
  return { ...own, Properties: { ...own.Properties, ...(extras ?? {}) } };
}

class Checker {
  constructor(file) { this.file = file; }

  problem(path, message) {
    const last = path[path.length - 1];
    fail(this.file, findLine(this.file, `${last}:`), `${path.join(".")}: ${message}`);
  }

  // Checks `value` against one property specification.
  value(resourceType, prop, value, path) {
    if (prop.PrimitiveType) {
      if (!primitiveOk(prop.PrimitiveType, value)) this.problem(path, `expected ${prop.PrimitiveType}, got ${JSON.stringify(value)}`);
      return;
    }
    if (prop.PrimitiveTypes || prop.Types) {
      // Several allowed types: accept the value when any of them accepts it.
      const candidates = [...(prop.PrimitiveTypes ?? []).map((t) => ({ PrimitiveType: t })),
        ...(prop.Types ?? []).map((t) => ({ Type: t }))];
      for (const candidate of candidates) {
        const probe = new Checker(this.file);
        probe.problem = () => { probe.bad = true; };
        probe.value(resourceType, candidate, value, path);
        if (!probe.bad) return;
      }
      this.problem(path, `matches none of ${candidates.map((c) => c.PrimitiveType ?? c.Type).join(", ")}`);
      return;
    }
    if (prop.Type === "List") {
      if (!Array.isArray(value)) { if (!isIntrinsic(value)) this.problem(path, "expected a list"); return; }
      value.forEach((item, i) => this.value(resourceType,
        prop.PrimitiveItemType ? { PrimitiveType: prop.PrimitiveItemType } : { Type: prop.ItemType }, item, [...path, String(i)]));
      return;
    }
    if (prop.Type === "Map") {
      if (typeof value !== "object" || value === null || Array.isArray(value)) { this.problem(path, "expected a map"); return; }
      for (const [key, item] of Object.entries(value)) {
        this.value(resourceType, prop.PrimitiveItemType ? { PrimitiveType: prop.PrimitiveItemType } : { Type: prop.ItemType }, item, [...path, key]);
      }
      return;
    }
    if (prop.Type) {
      const struct = propertyTypes(resourceType, prop.Type);
      if (!struct) { this.problem(path, `unknown property type ${prop.Type}`); return; }
      if (isIntrinsic(value)) return;
      if (typeof value !== "object" || value === null || Array.isArray(value)) { this.problem(path, `expected a ${prop.Type} object`); return; }
      if (prop.Type === "EventSource") {
        this.eventSource(resourceType, value, path);
        return;
      }
      this.properties(resourceType, struct.Properties ?? {}, value, path);
    }
  }

  // An event's Properties depend on its Type (Api -> ApiEvent, HttpApi -> HttpApiEvent, ...).
  eventSource(resourceType, event, path) {
    const type = event.Type;
    const struct = propertyTypes(resourceType, `${type}Event`);
    if (!struct) { this.problem([...path, "Type"], `unknown event type ${type}`); return; }
    for (const key of Object.keys(event)) {
      if (key !== "Type" && key !== "Properties") this.problem([...path, key], "unknown event key");
    }
    this.properties(resourceType, struct.Properties, event.Properties ?? {}, [...path, "Properties"]);
  }

  properties(resourceType, specProperties, object, path, checkRequired = true) {
    for (const [name, value] of Object.entries(object)) {
      const prop = specProperties[name];
      if (!prop) { this.problem([...path, name], `not a property of ${resourceType} here`); continue; }
      this.value(resourceType, prop, value, [...path, name]);
    }
    if (checkRequired) {
      for (const [name, prop] of Object.entries(specProperties)) {
        if (prop.Required && !(name in object)) this.problem(path, `required property ${name} is missing`);
      }
    }
  }

  resource(resourceType, properties, path, checkRequired) {
    const resourceSpec = spec.ResourceTypes[resourceType];
    if (!resourceSpec) { this.problem(path, `unknown SAM resource type ${resourceType}`); return; }
    this.properties(resourceType, resourceSpec.Properties, properties ?? {}, path, checkRequired);
  }
}

const files = process.argv.slice(2);
for (const file of files) {
  let template;
  try {
    template = load(readFileSync(file, "utf8"));
  } catch (e) {
    fail(file, e.mark ? e.mark.line + 1 : undefined, `YAML: ${e.reason ?? e.message}`);
    continue;
  }
  const checker = new Checker(file);
  if (template.Transform !== "AWS::Serverless-2016-10-31") {
    fail(file, findLine(file, "Transform"), "not a SAM template (Transform AWS::Serverless-2016-10-31)");
  }
  for (const [section, properties] of Object.entries(template.Globals ?? {})) {
    const resourceType = globalsSections[section];
    if (!resourceType) { fail(file, findLine(file, `${section}:`), `Globals.${section}: not a SAM Globals section`); continue; }
    // Globals carry a subset of a resource's properties; requiredness is checked on resources.
    checker.resource(resourceType, properties, ["Globals", section], false);
  }
  for (const [name, resource] of Object.entries(template.Resources ?? {})) {
    if (String(resource.Type).startsWith("AWS::Serverless::")) {
      checker.resource(resource.Type, resource.Properties, ["Resources", name, "Properties"], true);
    }
  }
}
finish("sam-spec", files.length);
