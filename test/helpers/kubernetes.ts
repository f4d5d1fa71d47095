import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseAllDocuments } from "yaml";
import { PROJECT_ROOT } from "../../lib/platform/project-root";

export const KUBERNETES_DIR = path.join(PROJECT_ROOT, "deploy", "kubernetes");
export const OVERLAYS = ["dev", "production"] as const;

/** A rendered Kubernetes object, loosely typed: the tests read what they check. */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  spec?: any;
  data?: Record<string, string>;
}

/** kubectl on PATH, or undefined. */
export function findKubectl(): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const file = path.join(dir, "kubectl");
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return file;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/** `kubectl kustomize deploy/kubernetes/overlays/<overlay>`, parsed. */
export function render(kubectl: string, overlay: string): K8sObject[] {
  const yaml = execFileSync(kubectl, ["kustomize", path.join(KUBERNETES_DIR, "overlays", overlay)], { encoding: "utf8" });
  return parseAllDocuments(yaml).map((doc) => doc.toJS() as K8sObject);
}

export interface SchemaResult {
  apiVersion: string;
  kind: string;
  name: string;
  errors: string[];
}

/** Each object checked against the Kubernetes schemas of kubernetes-models (an ESM package: run by node in a child process). */
export function validateSchemas(objects: unknown[]): SchemaResult[] {
  const out = execFileSync(process.execPath, [path.join(PROJECT_ROOT, "test", "helpers", "kubernetes-validate.mjs")], {
    cwd: PROJECT_ROOT,
    input: JSON.stringify(objects),
    encoding: "utf8",
  });
  return JSON.parse(out) as SchemaResult[];
}

/** Whether a label selector's matchLabels / matchExpressions (In) select pods with `labels`. */
export function selects(
  selector: { matchLabels?: Record<string, string>; matchExpressions?: { key: string; operator: string; values?: string[] }[] },
  labels: Record<string, string>,
): boolean {
  const byLabel = Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
  const byExpression = (selector.matchExpressions ?? []).every((e) => e.operator === "In" && e.values?.includes(labels[e.key]));
  return byLabel && byExpression;
}
