import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { LoadResult } from "./load";
import { TARGETS, type SizeResult, type Target } from "./measure";

export interface Summary {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  graphqlErrors: number;
  transportErrors: number;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Mean RPS and p50 over the rounds, worst p99, every error counted. */
export function summarise(runs: LoadResult[]): Summary {
  return {
    rps: round(mean(runs.map((r) => r.rps))),
    p50: round(mean(runs.map((r) => r.p50))),
    p99: Math.max(...runs.map((r) => r.p99)),
    non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
    graphqlErrors: runs.reduce((n, r) => n + r.graphqlErrors, 0),
    transportErrors: runs.reduce((n, r) => n + r.transportErrors, 0),
  };
}

export const errorCount = (s: Summary) => s.non2xx + s.graphqlErrors + s.transportErrors;

export interface Row {
  complaints: number;
  operation: string;
  target: Target;
  summary: Summary;
}

export function rows(sizes: SizeResult[]): Row[] {
  return sizes.flatMap((size) =>
    size.operations.flatMap((op) =>
      TARGETS.map((target) => ({ complaints: size.complaints, operation: op.name, target, summary: summarise(op.runs[target]) })),
    ),
  );
}

function table(header: string[], body: (string | number)[][]): string {
  const lines = [header, header.map(() => "---"), ...body.map((r) => r.map(String))];
  return lines.map((l) => `| ${l.join(" | ")} |`).join("\n");
}

export function resultTables(sizes: SizeResult[]): string {
  const out: string[] = [];
  for (const size of sizes) {
    const body: (string | number)[][] = [];
    for (const op of size.operations) {
      const s = Object.fromEntries(TARGETS.map((t) => [t, summarise(op.runs[t])])) as Record<Target, Summary>;
      for (const target of TARGETS) {
        const r = s[target];
        const label =
          target === "direct" ? `direct ${op.directSubgraph}${op.directWhole ? "" : " (root part only)"}` : target === "hive" ? "Hive Gateway" : "our gateway";
        body.push([op.name, label, r.rps, r.p50, r.p99, r.non2xx, r.graphqlErrors + r.transportErrors]);
      }
      const vsDirect = round(s.gateway.rps / s.direct.rps, 2);
      const vsHive = round(s.gateway.rps / s.hive.rps, 2);
      body.push([op.name, `**ratios**`, `gateway/direct ${vsDirect}${op.directWhole ? "" : " (part; no target)"}`, `ours/Hive ${vsHive}`, "", "", ""]);
    }
    out.push(`### ${size.complaints.toLocaleString("en")} complaints (year ${size.year}, seeded in ${size.seedSeconds.toFixed(1)} s)\n`);
    out.push(table(["operation", "target", "RPS", "p50 ms", "p99 ms", "non-2xx", "GraphQL/transport errors"], body));
    out.push("");
    out.push(
      table(
        ["process", "peak RSS MB"],
        Object.entries(size.peakRssMb).map(([name, mb]) => [name, mb]),
      ),
    );
    out.push("");
  }
  if (sizes.length > 1) {
    const [small, large] = [sizes[0], sizes[sizes.length - 1]];
    const body = small.operations.map((op) => {
      const other = large.operations.find((o) => o.name === op.name);
      const a = summarise(op.runs.gateway).p50;
      const b = other ? summarise(other.runs.gateway).p50 : NaN;
      return [op.name, a, b, round(b / a, 2)];
    });
    out.push(`### Scaling: our gateway's p50 at ${large.complaints.toLocaleString("en")} vs ${small.complaints.toLocaleString("en")} complaints\n`);
    out.push(table(["operation", `p50 ms @ ${small.complaints}`, `p50 ms @ ${large.complaints}`, "ratio"], body));
    out.push("");
  }
  return out.join("\n");
}

function version(pkg: string): string {
  try {
    const file = path.join(__dirname, "..", "..", "node_modules", pkg, "package.json");
    return (JSON.parse(fs.readFileSync(file, "utf8")) as { version: string }).version;
  } catch {
    return "?";
  }
}

export function machine(): Record<string, string | number> {
  let jest: number;
  try {
    jest = Number(execFileSync("pgrep", ["-fc", "jest"], { encoding: "utf8" }).trim());
  } catch {
    jest = 0;
  }
  return {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? "?",
    memoryGb: round(os.totalmem() / 1024 ** 3),
    loadAverage1m: round(os.loadavg()[0], 2),
    jestProcessesSeen: jest,
    node: process.version,
    "@apollo/gateway": version("@apollo/gateway"),
    "@apollo/server": version("@apollo/server"),
    "@graphql-hive/gateway-runtime": version("@graphql-hive/gateway-runtime"),
    autocannon: version("autocannon"),
    typeorm: version("typeorm"),
    database: process.env.MYSQL_URL ? "MySQL/MariaDB (MYSQL_URL)" : "SQLite (better-sqlite3)",
  };
}
