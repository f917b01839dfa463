// Shared reporting: every failure names the snippet, the line, and shows that line.
import { readFileSync } from "node:fs";

let failures = 0;

/** Reports a failure at FILE:LINE with the offending source line. */
export function fail(file, line, message) {
  failures += 1;
  let context = "";
  if (line) {
    try {
      const text = readFileSync(file, "utf8").split("\n")[line - 1];
      if (text !== undefined) context = `\n    ${line} | ${text}`;
    } catch {
      // the message alone must do
    }
  }
  console.log(`${file}${line ? `:${line}` : ""}: ${message}${context}`);
}

/** The first line of `file` that contains `needle` after line `after`, or undefined. */
export function findLine(file, needle, after = 0) {
  const lines = readFileSync(file, "utf8").split("\n");
  for (let i = after; i < lines.length; i += 1) {
    if (lines[i].includes(needle)) return i + 1;
  }
  return undefined;
}

/** Exits 1 when anything failed, printing a summary line either way. */
export function finish(tool, checked) {
  console.log(`${tool}: ${checked} file(s) checked, ${failures} failure(s)`);
  process.exit(failures === 0 ? 0 : 1);
}
