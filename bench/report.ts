import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { LoadResult } from "./load";
import { TARGETS, type OperationResult, type SizeResult, type Target } from "./measure";
import type { DatabaseKind } from "./options";

export interface Summary {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  graphqlErrors: number;
  transportErrors: number;
  /** CPU ms per response of the target's own processes, mean over the rounds (absent in runs before it was measured). */
  cpuMs?: number;
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
    cpuMs: runs.every((r) => r.cpuMsPerRequest !== undefined) ? round(mean(runs.map((r) => r.cpuMsPerRequest!)), 2) : undefined,
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
      targetsOf(op).map((target) => ({ complaints: size.complaints, operation: op.name, target, summary: summarise(op.runs[target]) })),
    ),
  );
}

/** The targets a result holds (runs written before a target existed lack it). */
const targetsOf = (op: OperationResult) => TARGETS.filter((t) => op.runs[t]?.length);

function table(header: string[], body: (string | number)[][]): string {
  const lines = [header, header.map(() => "---"), ...body.map((r) => r.map(String))];
  return lines.map((l) => `| ${l.join(" | ")} |`).join("\n");
}

const DATABASE_NAMES: Record<DatabaseKind, string> = { sqlite: "SQLite", mysql: "MySQL" };

/** "SQLite", or "MySQL, 2 processes per subgraph behind a proxy". */
export function setting(size: SizeResult): string {
  const name = DATABASE_NAMES[size.database ?? "sqlite"];
  return (size.replicas ?? 1) > 1 ? `${name}, ${size.replicas} processes per subgraph behind a round-robin proxy` : name;
}

function label(op: OperationResult, target: Target): string {
  if (target === "direct") return `direct ${op.directSubgraph}${op.directWhole ? "" : " (root part only)"}`;
  return { gateway: "our gateway", hive: "Hive Gateway", "hive-rust": "Hive Gateway, Rust planner" }[target];
}

/** a / b to two decimals, or "–" when either is missing. */
function ratio(a: Summary | undefined, b: Summary | undefined): number | string {
  return a && b && b.rps > 0 ? round(a.rps / b.rps, 2) : "–";
}

function sizeTables(size: SizeResult): string[] {
  const body: (string | number)[][] = [];
  const ratios: (string | number)[][] = [];
  for (const op of size.operations) {
    const s: Partial<Record<Target, Summary>> = Object.fromEntries(targetsOf(op).map((t) => [t, summarise(op.runs[t])]));
    for (const target of targetsOf(op)) {
      const r = s[target]!;
      body.push([op.name, label(op, target), r.rps, r.p50, r.p99, r.cpuMs ?? "–", r.non2xx, r.graphqlErrors + r.transportErrors]);
    }
    const hives = [s.hive, s["hive-rust"]].filter((h): h is Summary => !!h);
    const faster = hives.length ? hives.reduce((a, b) => (b.rps > a.rps ? b : a)) : undefined;
    const vsDirect = ratio(s.gateway, s.direct);
    const cpu = (["gateway", "hive", "hive-rust"] as const).map((t) => s[t]?.cpuMs ?? "–").join(" · ");
    ratios.push([
      op.name,
      op.directWhole ? vsDirect : `${vsDirect} (part; no target)`,
      ratio(s.gateway, s.hive),
      ratio(s.gateway, s["hive-rust"]),
      ratio(s.gateway, faster),
      cpu,
    ]);
  }
  return [
    `### ${size.complaints.toLocaleString("en")} complaints, ${setting(size)} (year ${size.year}, seeded in ${size.seedSeconds.toFixed(1)} s)\n`,
    table(["operation", "target", "RPS", "p50 ms", "p99 ms", "CPU ms/request", "non-2xx", "GraphQL/transport errors"], body),
    "",
    table(["operation", "gateway/direct", "ours/Hive", "ours/Hive Rust", "ours/faster Hive", "CPU ms/request ours · Hive · Hive Rust"], ratios),
    "",
    table(
      ["process", "peak RSS MB"],
      Object.entries(size.peakRssMb).map(([name, mb]) => [
        name,
        name === "gateway" ? `${mb}${mb < 250 ? " (target < 250)" : " (**over the 250 target**)"}` : mb,
      ]),
    ),
    "",
  ];
}

function scalingTable(small: SizeResult, large: SizeResult): string[] {
  const body = small.operations.map((op) => {
    const other = large.operations.find((o) => o.name === op.name);
    const a = summarise(op.runs.gateway).p50;
    const b = other ? summarise(other.runs.gateway).p50 : NaN;
    return [op.name, a, b, round(b / a, 2)];
  });
  return [
    `### Scaling on ${setting(small)}: our gateway's p50 at ${large.complaints.toLocaleString("en")} vs ${small.complaints.toLocaleString("en")} complaints\n`,
    table(["operation", `p50 ms @ ${small.complaints}`, `p50 ms @ ${large.complaints}`, "ratio"], body),
    "",
  ];
}

/** Per operation and target, the RPS of run `b` over run `a` at the same size; below ½ in bold. */
function comparisonTable(a: SizeResult, b: SizeResult, names: [string, string]): string[] {
  const body: (string | number)[][] = [];
  for (const op of a.operations) {
    const other = b.operations.find((o) => o.name === op.name);
    for (const target of targetsOf(op)) {
      const x = summarise(op.runs[target]);
      const y = other?.runs[target]?.length ? summarise(other.runs[target]) : undefined;
      const r = ratio(y, x);
      body.push([op.name, label(op, target), x.rps, y?.rps ?? "–", typeof r === "number" && r < 0.5 ? `**${r}** (below half)` : r]);
    }
  }
  return [
    `### ${names[1]} / ${names[0]} at ${a.complaints.toLocaleString("en")} complaints\n`,
    table(["operation", "target", `${names[0]} RPS`, `${names[1]} RPS`, `${names[1]} / ${names[0]}`], body),
    "",
  ];
}

export function resultTables(sizes: SizeResult[]): string {
  const out = sizes.flatMap(sizeTables);
  const groups = new Map<string, SizeResult[]>();
  for (const size of sizes) groups.set(setting(size), [...(groups.get(setting(size)) ?? []), size]);
  for (const group of groups.values()) if (group.length > 1) out.push(...scalingTable(group[0], group[group.length - 1]));
  const find = (database: DatabaseKind, replicas: (r: number) => boolean, complaints: number) =>
    sizes.filter((s) => (s.database ?? "sqlite") === database && replicas(s.replicas ?? 1) && s.complaints === complaints);
  for (const complaints of [...new Set(sizes.map((s) => s.complaints))]) {
    const [sqlite] = find("sqlite", (r) => r === 1, complaints);
    const [mysql] = find("mysql", (r) => r === 1, complaints);
    if (sqlite && mysql) out.push(...comparisonTable(sqlite, mysql, ["SQLite", "MySQL"]));
    for (const replicated of find("mysql", (r) => r > 1, complaints)) {
      if (mysql) out.push(...comparisonTable(mysql, replicated, ["MySQL", `MySQL ×${replicated.replicas}`]));
    }
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
    "@graphql-hive/router-runtime": version("@graphql-hive/router-runtime"),
    autocannon: version("autocannon"),
    typeorm: version("typeorm"),
  };
}
