import "reflect-metadata";
import { ConfigError, databaseFor, loadConfig } from "../lib/config";
import { BelgianCalendar } from "../lib/domain/brussels-calendar";
import { openDatabase } from "../lib/platform/database";
import { SUBGRAPH_MODULES } from "../runtime/subgraphs";
import { counterDifferences, rebuildCounters } from "../subgraphs/escalation/report.counters";

/**
 * `npm run report:rebuild`: the annual report's counters recounted from the escalation subgraph's facts (after data
 * was written without events, or EXTRA_PUBLIC_HOLIDAYS changed). `-- --check` only compares, and exits 1 when they differ.
 * Run it while the escalation subgraph applies no events (stopped, or its producers quiet): a change committed
 * during the rebuild may be lost from the counters (run it again, or check).
 */
async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  const config = loadConfig();
  const calendar = new BelgianCalendar(config.extraPublicHolidays);
  const dataSource = await openDatabase(databaseFor(config, "escalation"), SUBGRAPH_MODULES.escalation.database);
  try {
    if (!check) console.log(`report counters rebuilt: ${await rebuildCounters(dataSource, calendar)} counters`);
    const differences = await counterDifferences(dataSource, calendar);
    for (const d of differences.slice(0, 50)) console.log(`differs: ${d.key} counter ${d.counter}, recount ${d.recount}`);
    console.log(differences.length ? `${differences.length} counters differ from a recount of the facts` : "report counters agree with a recount of the facts");
    if (differences.length) process.exitCode = 1;
  } finally {
    await dataSource.destroy();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : `report:rebuild failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
