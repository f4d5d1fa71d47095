import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { measure, type SizeResult } from "./measure";
import { parseOptions } from "./options";
import { errorCount, machine, resultTables, rows } from "./report";

const OUT_DIR = path.join(__dirname, "..", "..", "bench");

/** `npm run bench`: see README "Benchmark". */
async function main() {
  const options = parseOptions(process.argv.slice(2));
  const before = machine();
  const sizes: SizeResult[] = [];
  for (const complaints of options.sizes) sizes.push(await measure(options, complaints));
  const after = machine();
  const tables = resultTables(sizes);
  console.log(tables);

  const errors = rows(sizes).reduce((n, r) => n + errorCount(r.summary), 0);
  const settings = { ...options, sizes: options.sizes.join(",") };
  if (options.write) {
    const args = process.argv.slice(2).join(" ");
    fs.writeFileSync(path.join(OUT_DIR, "results.json"), JSON.stringify({ date: new Date().toISOString(), settings, machine: { before, after }, sizes }, null, 2) + "\n");
    fs.writeFileSync(
      path.join(OUT_DIR, "RESULTS.md"),
      [
        `# Benchmark results\n`,
        `\`npm run bench${args ? ` -- ${args}` : ""}\` on ${new Date().toISOString()}. Every process in its own Node process with`,
        `NODE_ENV=production; autocannon in the bench process; all on one machine over loopback.`,
        `${options.connections} connections, each with its own caller token; warm-up ${options.warmupSeconds} s per target,`,
        `then ${options.rounds} alternating rounds of ${options.seconds} s per target. RPS and p50: mean over the rounds; p99: worst round.\n`,
        `Machine: ${before.cores} cores (${before.cpu}), ${before.memoryGb} GB, Node ${before.node}; ${before.database}.`,
        `Load average before/after: ${before.loadAverage1m} / ${after.loadAverage1m}; jest processes seen before/after: ${before.jestProcessesSeen} / ${after.jestProcessesSeen} (0 = machine not shared with a test run).`,
        `Versions: @apollo/gateway ${before["@apollo/gateway"]}, @apollo/server ${before["@apollo/server"]}, @graphql-hive/gateway-runtime ${before["@graphql-hive/gateway-runtime"]}, autocannon ${before.autocannon}, typeorm ${before.typeorm}.\n`,
        tables,
      ].join("\n"),
    );
  }
  if (errors > 0) {
    console.error(`[bench] FAILED: ${errors} responses with errors`);
    process.exit(1);
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack ?? err.message : err);
  process.exit(1);
});
