import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { measure, type SizeResult } from "./measure";
import { parseOptions, settings } from "./options";
import { errorCount, machine, resultTables, rows, setting as settingName } from "./report";

const OUT_DIR = path.join(__dirname, "..", "..", "bench");
const JSON_FILE = path.join(OUT_DIR, "results.json");

interface Run {
  command: string;
  date: string;
  settings: Record<string, unknown>;
  machine: { before: ReturnType<typeof machine>; after: ReturnType<typeof machine> };
  sizes: SizeResult[];
}

function markdown(run: Run): string {
  const { before, after } = run.machine;
  const s = run.settings as { connections: number; warmupSeconds: number; rounds: number; seconds: number; gatewayNodeArgs?: string[] };
  const databases = [...new Set(run.sizes.map(settingName))].join("; ");
  const proxies = run.sizes.some((size) => (size.replicas ?? 1) > 1)
    ? " With replicas, one ReplicaProxy per subgraph (scripts/replica-proxy.ts) runs in a process of its own (bench/proxies.ts) in front of them."
    : "";
  const nodeArgs = s.gatewayNodeArgs?.length ? ` Our gateway ran with the extra node arguments \`${s.gatewayNodeArgs.join(" ")}\`.` : "";
  return [
    `## \`${run.command}\` — ${run.date}\n`,
    `Every process a separate Node process with NODE_ENV=production, started with its npm start script's arguments;`,
    `autocannon in the bench process; all on one machine over loopback. ${s.connections} connections, each with its own`,
    `caller token; warm-up ${s.warmupSeconds} s per target, then ${s.rounds} alternating rounds of ${s.seconds} s per target.`,
    `RPS and p50: mean over the rounds; p99: worst round; CPU ms/request: user + system time of the target's own processes`,
    `(the gateway, or the subgraph's processes for direct) per response.${proxies}${nodeArgs}\n`,
    `Machine: ${before.cores} cores (${before.cpu}), ${before.memoryGb} GB, Node ${before.node}; ${before.database ?? databases}.`,
    `Load average before/after: ${before.loadAverage1m} / ${after.loadAverage1m}; jest processes seen before/after:`,
    `${before.jestProcessesSeen} / ${after.jestProcessesSeen} (another engineer's test runs share the machine when > 0).`,
    `Versions: @apollo/gateway ${before["@apollo/gateway"]}, @apollo/server ${before["@apollo/server"]},`,
    `@graphql-hive/gateway-runtime ${before["@graphql-hive/gateway-runtime"]}, @graphql-hive/router-runtime ${before["@graphql-hive/router-runtime"] ?? "(not run)"},`,
    `autocannon ${before.autocannon}, typeorm ${before.typeorm}.\n`,
    resultTables(run.sizes),
  ].join("\n");
}

/** `npm run bench`: see docs/operations.md, "Benchmark". */
async function main() {
  const options = parseOptions(process.argv.slice(2), process.env.MYSQL_URL);
  const before = machine();
  const sizes: SizeResult[] = [];
  for (const { database, replicas } of settings(options)) {
    for (const complaints of options.sizes) sizes.push(await measure(options, database, replicas, complaints));
  }
  const after = machine();
  console.log(resultTables(sizes));

  const args = process.argv.slice(2).join(" ");
  const run: Run = {
    command: `npm run bench${args ? ` -- ${args}` : ""}`,
    date: new Date().toISOString(),
    settings: { ...options },
    machine: { before, after },
    sizes,
  };
  if (options.write) {
    const earlier: Run[] = options.append && fs.existsSync(JSON_FILE) ? (JSON.parse(fs.readFileSync(JSON_FILE, "utf8")) as { runs: Run[] }).runs : [];
    const runs = [...earlier, run];
    fs.writeFileSync(JSON_FILE, JSON.stringify({ runs }, null, 2) + "\n");
    fs.writeFileSync(
      path.join(OUT_DIR, "RESULTS.md"),
      [`# Benchmark results\n`, `Written by \`npm run bench\`; see "Benchmark" in docs/operations.md.\n`, ...runs.map(markdown)].join("\n"),
    );
  }
  const errors = rows(sizes).reduce((n, r) => n + errorCount(r.summary), 0);
  if (errors > 0) {
    console.error(`[bench] FAILED: ${errors} responses with errors`);
    process.exit(1);
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
