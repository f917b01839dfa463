// CloudFormation and SAM templates through AWS's offline validator (@aws/cloudformation-validate).
// Fails on ERROR and FATAL diagnostics.
//   node check-cloudformation.mjs TEMPLATE...
import { RegoEngine, TemplateFile } from "@aws/cloudformation-validate";
import { fail, finish } from "./report.mjs";

const files = process.argv.slice(2);
const engine = new RegoEngine();
try {
  for (const file of files) {
    const report = engine.validateStandard(new TemplateFile(file));
    for (const d of report.diagnostics) {
      if (d.severity === "ERROR" || d.severity === "FATAL") {
        fail(file, d.startLine, `[${d.severity}] ${d.ruleId}: ${d.message}` +
          (d.propertyPath ? ` (${d.propertyPath})` : ""));
      }
    }
  }
} finally {
  engine.free();
}
finish("cloudformation-validate", files.length);
