// js-yaml with CloudFormation's short-form intrinsic functions (!Ref, !GetAtt, !Sub, ...).
import yaml from "js-yaml";

const functions = ["Base64", "Cidr", "FindInMap", "GetAtt", "GetAZs", "ImportValue", "Join",
  "Select", "Split", "Sub", "Transform", "And", "Equals", "If", "Not", "Or", "Condition", "Ref"];
const types = [];
for (const name of functions) {
  const key = name === "Ref" || name === "Condition" ? name : `Fn::${name}`;
  for (const kind of ["scalar", "sequence", "mapping"]) {
    types.push(new yaml.Type(`!${name}`, {
      kind,
      construct: (data) => ({ [key]: name === "GetAtt" && typeof data === "string" ? data.split(".") : data }),
    }));
  }
}
export const schema = yaml.DEFAULT_SCHEMA.extend(types);

export function load(text) {
  return yaml.load(text, { schema });
}
