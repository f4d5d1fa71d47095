import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./project-root";

const OPERATION = /^\s*(?:query|mutation|subscription)\s+([A-Za-z_]\w*)/gm;

/** The names of the operations a text of GraphQL documents defines. */
export function operationNamesIn(text: string): string[] {
  return [...text.matchAll(OPERATION)].map((m) => m[1]);
}

/**
 * The operation names metrics label by: the front-end operations of operations/ (the documentation's
 * examples use the same names) plus METRICS_OPERATIONS. Any other name is counted as `other`, so callers
 * cannot fill the label space with invented names.
 */
export function knownOperationNames(configured: readonly string[] = [], root = path.join(PROJECT_ROOT, "operations")): Set<string> {
  const names = new Set(configured);
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith(".graphql")) operationNamesIn(fs.readFileSync(file, "utf8")).forEach((n) => names.add(n));
    }
  };
  walk(root);
  return names;
}
