// Validates Kubernetes objects against the schemas of kubernetes-models (ESM only, hence a script of
// its own that the CommonJS tests run with node). Reads a JSON array of objects on stdin; prints a JSON
// array with one entry per object: its kind and name, and the schema errors (empty when valid).
import { readFileSync } from "node:fs";

const objects = JSON.parse(readFileSync(0, "utf8"));
const results = [];
for (const object of objects) {
  const { apiVersion, kind } = object;
  const name = object.metadata?.name;
  let errors = [];
  try {
    const models = await import(`kubernetes-models/${apiVersion}`);
    const Model = models[kind];
    if (!Model) throw new Error(`no schema for ${apiVersion} ${kind}`);
    new Model(object).validate();
  } catch (err) {
    errors = err.errors ? err.errors.map((e) => `${e.instancePath || "/"} ${e.message}`) : [String(err.message ?? err)];
  }
  results.push({ apiVersion, kind, name, errors });
}
process.stdout.write(JSON.stringify(results));
