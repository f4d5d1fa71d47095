import "reflect-metadata";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Caller } from "../lib/auth/caller";
import { issueDevToken } from "../lib/auth/dev-issuer";
import { LOAD_TEST_LIMITS, SUBGRAPHS, databaseFor, loadConfig, type AppConfig, type ServiceName } from "../lib/config";
import { dropMysqlDatabase } from "../lib/platform/database";
import { SOAK_DIRECTORATES, sleep, soakActors, type Ask, type SoakData } from "./soak-actors";
import { countComplaints, countFeeds, countLetters, openDatabases } from "./soak-checks";
import { ServiceProcess, freePort } from "./soak-processes";
import { soakFailures, soakReport, type Outcome, type SoakObservations } from "./soak-verdict";

/**
 * `npm run soak -- [--seconds 60] [--down 5]`: the four processes on loopback,
 * citizens, coordinators and the central service working for a fixed time,
 * the directorates subgraph SIGKILLed halfway and restarted `--down` seconds
 * later. Then: every complaint the API acknowledged exists exactly once, every
 * event was applied exactly once, no 5xx outside the kill window. Exit 1 if not.
 */
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
};
const SECONDS = arg("seconds", 60);
const DOWN_SECONDS = arg("down", Math.min(5, SECONDS / 4));
const VICTIM = "directorates";
/** After the restart, time for the gateway and the consumers to reconnect. */
const KILL_GRACE_MS = 2_000;
const START_ORDER: ServiceName[] = ["intake", "directorates", "escalation", "gateway"];
const STOP_ORDER: ServiceName[] = ["gateway", "intake", "directorates", "escalation"];

async function main(): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ibz-soak-"));
  const { env, gatewayPort } = await soakEnvironment(dir);
  const config = loadConfig(env);
  const services = Object.fromEntries(START_ORDER.map((name) => [name, new ServiceProcess(name, env, dir)])) as Record<ServiceName, ServiceProcess>;
  console.log(`soak: ${SECONDS} s, ${VICTIM} killed for ${DOWN_SECONDS} s halfway, ${config.mysqlUrl ? "MySQL" : "SQLite"}, logs in ${dir}`);
  for (const name of START_ORDER) await services[name].start();

  const outcomes: Outcome[] = [];
  const transportFailures: number[] = [];
  const acknowledged = new Map<string, string>();
  const ask = client(`http://127.0.0.1:${gatewayPort}/`, dir, config, outcomes, transportFailures);
  const end = Date.now() + SECONDS * 1000;
  const actors = soakActors(ask, end, acknowledged);
  const [killWindow] = await Promise.all([
    killHalfway(services[VICTIM], end),
    ...Array.from({ length: 6 }, (_, i) => actors.citizen(i)),
    ...SOAK_DIRECTORATES.map((d) => actors.coordinator(d)),
    actors.centralService(),
  ]);

  const settled = await settledState(config, acknowledged);
  const exitCodes: (number | null)[] = [];
  for (const name of STOP_ORDER) exitCodes.push(await services[name].stop());
  const observations: SoakObservations = { outcomes, transportFailures, killWindow, acknowledged: acknowledged.size, ...settled, exitCodes };
  console.log(JSON.stringify(soakReport(observations), null, 2));
  const failures = soakFailures(observations);

  for (const name of SUBGRAPHS) {
    const db = databaseFor(config, name);
    if (db.kind === "mysql") await dropMysqlDatabase(db);
  }
  // The logs stay for a failed run.
  if (!failures.length) fs.rmSync(dir, { recursive: true, force: true });
  console.log(failures.length ? `soak: FAILED: ${failures.join("; ")} (logs in ${dir})` : "soak: OK");
  return failures.length ? 1 : 0;
}

/** The four processes' settings: free loopback ports, a data dir of their own, MySQL databases of their own when MYSQL_URL is set. */
async function soakEnvironment(dir: string): Promise<{ env: NodeJS.ProcessEnv; gatewayPort: number }> {
  const ports = { gateway: await freePort(), intake: await freePort(), directorates: await freePort(), escalation: await freePort() };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    NODE_ENV: "development",
    HOST: "127.0.0.1",
    DATA_DIR: dir,
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    EVENT_POLL_MS: "100",
    ...LOAD_TEST_LIMITS,
    GATEWAY_PORT: String(ports.gateway),
    INTAKE_PORT: String(ports.intake),
    DIRECTORATES_PORT: String(ports.directorates),
    ESCALATION_PORT: String(ports.escalation),
    ...(process.env.MYSQL_URL ? { MYSQL_URL: process.env.MYSQL_URL, MYSQL_DATABASE_PREFIX: `soak${randomBytes(3).toString("hex")}_` } : {}),
  };
  return { env, gatewayPort: ports.gateway };
}

/** Calls the gateway with a development token per caller, recording every answer's status and error codes. */
function client(url: string, dir: string, config: AppConfig, outcomes: Outcome[], transportFailures: number[]): Ask {
  const tokens = new Map<string, Promise<string>>();
  return async (caller: Caller, query: string, variables: Record<string, unknown> = {}) => {
    if (!tokens.has(caller.sub)) tokens.set(caller.sub, issueDevToken(dir, config.auth, caller, 3 * 3600));
    const token = await tokens.get(caller.sub)!;
    try {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(15_000),
      });
      const body = (await res.json().catch(() => ({}))) as { data?: SoakData; errors?: { extensions?: { code?: string } }[] };
      outcomes.push({ at: Date.now(), status: res.status, codes: (body.errors ?? []).map((e) => e.extensions?.code ?? "?") });
      return body.data ?? null;
    } catch {
      transportFailures.push(Date.now());
      return null;
    }
  };
}

/** Kills the victim halfway through the run and restarts it; resolves to the window in which failures are expected. */
async function killHalfway(victim: ServiceProcess, end: number): Promise<[number, number]> {
  const start = end - SECONDS * 1000;
  await sleep((SECONDS * 1000) / 2);
  const killedAt = Date.now();
  await victim.kill();
  console.log(`soak: ${VICTIM} killed at +${Math.round((killedAt - start) / 1000)} s`);
  await sleep(DOWN_SECONDS * 1000);
  await victim.start();
  console.log(`soak: ${VICTIM} back after ${((Date.now() - killedAt) / 1000).toFixed(1)} s`);
  return [killedAt, Date.now() + KILL_GRACE_MS];
}

/** The databases once the consumers have drained the feeds and the dispatcher the letters (they poll every 100 ms). */
async function settledState(config: AppConfig, acknowledged: Map<string, string>) {
  const dbs = await openDatabases(config);
  let feeds = await countFeeds(dbs);
  for (let i = 0; i < 150 && feeds.some((f) => f.applied < f.produced); i++) {
    await sleep(200);
    feeds = await countFeeds(dbs);
  }
  const complaints = await countComplaints(dbs, acknowledged);
  let letters = await countLetters(dbs, config.mail.dir);
  for (let i = 0; i < 50 && letters.unsent > 0; i++) {
    await sleep(200);
    letters = await countLetters(dbs, config.mail.dir);
  }
  for (const ds of Object.values(dbs)) await ds.destroy();
  return { complaints, feeds, letters };
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error("soak:", err instanceof Error ? err.message : err);
    process.exit(2);
  },
);
