import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { Metrics } from "../../lib/platform/metrics";
import { PROJECT_ROOT } from "../../lib/platform/project-root";
import { anchors, readDoc } from "../helpers/docs";

interface Rule {
  alert: string;
  expr: string;
  for?: string;
  labels?: { severity?: string };
  annotations?: { summary?: string; action?: string; runbook?: string };
}

const rules = (
  parse(fs.readFileSync(path.join(PROJECT_ROOT, "deploy/prometheus/alerts.yml"), "utf8")) as { groups: { name: string; rules: Rule[] }[] }
).groups.flatMap((g) => g.rules);

/** Every .ts file of the running code. */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sources(full) : entry.name.endsWith(".ts") ? [full] : [];
  });
}

/**
 * The metric names the code has: a process's registry as built (prom-client's defaults with our prefix and the
 * metrics every server has), and every other metric the code registers, named by a string literal.
 */
async function knownMetrics(): Promise<Set<string>> {
  const built = (await new Metrics("test").registry.getMetricsAsJSON()).map((m) => m.name);
  const named = ["lib", "gateway", "subgraphs", "runtime"]
    .flatMap((d) => sources(path.join(PROJECT_ROOT, d)))
    .flatMap((file) => [...fs.readFileSync(file, "utf8").matchAll(/["'`](ibz_[a-z0-9_]+)["'`]/g)].map((m) => m[1]));
  return new Set([...built, ...named].flatMap((name) => [name, `${name}_bucket`, `${name}_sum`, `${name}_count`]));
}

describe("Prometheus alert rules (deploy/prometheus/alerts.yml)", () => {
  it("parse as a rule file: every rule an alert with an expression, a severity, a summary, what to do and a runbook section", () => {
    expect(rules.length).toBeGreaterThanOrEqual(10);
    const headings = anchors(readDoc("docs/operations.md"));
    for (const rule of rules) {
      expect([rule.alert, typeof rule.expr, rule.expr.trim().length > 0]).toEqual([rule.alert, "string", true]);
      expect([rule.alert, rule.labels?.severity]).toEqual([rule.alert, expect.stringMatching(/^(page|ticket)$/)]);
      expect([rule.alert, rule.annotations?.summary, rule.annotations?.action]).toEqual([rule.alert, expect.any(String), expect.any(String)]);
      const [file, anchor] = (rule.annotations?.runbook ?? "").split("#");
      expect([rule.alert, file, headings.has(anchor)]).toEqual([rule.alert, "docs/operations.md", true]);
      if (rule.for !== undefined) expect(rule.for).toMatch(/^\d+[smh]$/);
    }
    expect(new Set(rules.map((r) => r.alert)).size).toBe(rules.length);
  });

  it("name only metrics the code has", async () => {
    const known = await knownMetrics();
    expect(known.has("ibz_nodejs_eventloop_lag_p99_seconds")).toBe(true);
    expect(known.has("ibz_subgraph_fetch_duration_seconds_count")).toBe(true);
    const unknown = rules.flatMap((r) =>
      [...r.expr.matchAll(/\b(ibz_[a-z0-9_]+)/g)].map((m) => `${r.alert}: ${m[1]}`).filter((n) => !known.has(n.split(": ")[1])),
    );
    expect(unknown).toEqual([]);
  });

  it("every alert of the runbook's table is in the file, and every alert of the file in the table", () => {
    const documented = [...readDoc("docs/operations.md").matchAll(/^\| `(Ibz[A-Za-z]+)` \|/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual(rules.map((r) => r.alert).sort());
  });
});
