import "reflect-metadata";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DataSource } from "typeorm";
import { LOAD_TEST_LIMITS, SUBGRAPHS, databaseFor, loadConfig, type SubgraphName } from "../lib/config";
import { dropMysqlDatabase } from "../lib/platform/database";
import { startSmtp, type TestSmtp } from "./smtp-capture";
import { SOAK_DIRECTORATES, sleep, soakActors } from "./soak-actors";
import { countComplaints, countFeeds, openDatabases } from "./soak-checks";
import { complaintViews, contradictions } from "./soak-invariants";
import { countLetters, lettersInFlight } from "./soak-letters";
import { recordingClient, type Outcome } from "./soak-outcomes";
import { ESCALATIONS_SQL, FILINGS_SQL, quotaCounts, quotaFigures } from "./soak-quotas";
import { replicaSets, singleProcesses, type Victim } from "./soak-topology";
import { soakFailures, soakReport, type Kill } from "./soak-verdict";

/**
 * `npm run soak -- [--seconds 60] [--down 5] [--replicas 1]`: the services on
 * loopback, citizens, coordinators and the central service working for a fixed
 * time. One process each: the directorates subgraph SIGKILLed halfway and
 * restarted `--down` seconds later. `--replicas N` (N ≥ 2, MySQL): N processes
 * of every service behind a round-robin proxy each, one replica of every
 * service SIGKILLed halfway (a second apart) and restarted. Then the checks of
 * soak-verdict.ts; exit 1 if one fails.
 */
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
};
const SECONDS = arg("seconds", 60);
const DOWN_SECONDS = arg("down", Math.min(5, SECONDS / 4));
const REPLICAS = Math.floor(arg("replicas", 1));
/** After the restart, time for the proxies, the gateway and the consumers to reconnect. */
const KILL_GRACE_MS = 2_000;
/** With replicas, one service's replica is killed after the other, this far apart. */
const KILL_STEP_MS = 1_000;
/** Small business quotas that the citizens reach: a citizen refused goes on as a new one. */
const QUOTAS = { filings: 5, escalations: 2 };
/** A killed intake replica's claimed letters go to the other replica after this (MAIL_CLAIM_MS). */
const MAIL_CLAIM_MS = 15_000;

async function main(): Promise<number> {
  if (REPLICAS >= 2 && !process.env.MYSQL_URL) {
    console.error("soak: --replicas 2 or more needs MYSQL_URL: replicas of a subgraph share one MySQL database (a SQLite file belongs to one process)");
    return 2;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ibz-soak-"));
  const smtp = await startSmtp();
  const env = soakEnvironment(dir, smtp.url);
  const config = loadConfig(env);
  const topology = REPLICAS >= 2 ? await replicaSets(REPLICAS, env, dir) : await singleProcesses(env, dir);
  const victims = topology.victims.map((v) => v.label).join(", ");
  console.log(
    `soak: ${REPLICAS} process(es) per service, ${SECONDS} s, ${victims} killed for ${DOWN_SECONDS} s halfway, ${config.mysqlUrl ? "MySQL" : "SQLite"}, logs in ${dir}`,
  );
  await topology.start();
  const dbs = await openDatabases(config);

  const outcomes: Outcome[] = [];
  const acknowledged = new Map<string, string>();
  const inFlight = new Set<string>();
  const ask = recordingClient(topology.gatewayUrl, dir, config.auth, outcomes);
  const startedAt = Date.now();
  const end = startedAt + SECONDS * 1000;
  const actors = soakActors(ask, end, acknowledged);
  const burstAt = (ms: number, i: number) => sleep(ms).then(() => actors.quotaBurst(i, 3 * QUOTAS.filings));
  const afterKill = (v: Victim) => async () => {
    // What the killed intake had claimed and not marked sent may reach the mail server twice.
    if (v.service === "intake") for (const id of await lettersInFlight(dbs.intake)) inFlight.add(id);
  };
  const [kills] = await Promise.all([
    Promise.all(topology.victims.map((v, i) => killAndRestart(v, startedAt, (SECONDS * 1000) / 2 + i * KILL_STEP_MS, afterKill(v)))),
    ...Array.from({ length: 6 }, (_, i) => actors.citizen(i)),
    burstAt((SECONDS * 1000) / 4, 0),
    burstAt((SECONDS * 1000) / 2 + KILL_STEP_MS / 2, 1),
    ...SOAK_DIRECTORATES.map((d) => actors.coordinator(d)),
    actors.centralService(),
  ]);

  const settled = await settledState(dbs, smtp, inFlight, acknowledged, outcomes);
  const proxies = topology.proxyCounts();
  const exitCodes = await topology.stop();
  await smtp.close();
  const observations = {
    replicas: REPLICAS,
    startedAt,
    outcomes,
    kills,
    victims: topology.victims.length,
    acknowledged: acknowledged.size,
    ...settled,
    proxies,
    exitCodes,
  };
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

/** The processes' settings: a data dir of their own, MySQL databases of their own when MYSQL_URL is set, letters to the soak's SMTP server. */
function soakEnvironment(dir: string, smtpUrl: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    NODE_ENV: "development",
    HOST: "127.0.0.1",
    DATA_DIR: dir,
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    EVENT_POLL_MS: "100",
    ...LOAD_TEST_LIMITS,
    FILINGS_PER_CITIZEN_PER_DAY: String(QUOTAS.filings),
    ESCALATION_REQUESTS_PER_CITIZEN_PER_DAY: String(QUOTAS.escalations),
    SMTP_URL: smtpUrl,
    MAIL_POLL_MS: "200",
    MAIL_CLAIM_MS: String(MAIL_CLAIM_MS),
    ...(process.env.MYSQL_URL ? { MYSQL_URL: process.env.MYSQL_URL, MYSQL_DATABASE_PREFIX: `soak${randomBytes(3).toString("hex")}_` } : {}),
  };
}

/** Kills the victim `afterMs` into the run and restarts it `--down` seconds later; the window in which failures are expected. */
async function killAndRestart(victim: Victim, startedAt: number, afterMs: number, afterKill: () => Promise<void>): Promise<Kill> {
  await sleep(startedAt + afterMs - Date.now());
  const killedAt = Date.now();
  await victim.kill();
  await afterKill();
  console.log(`soak: ${victim.label} killed at +${((killedAt - startedAt) / 1000).toFixed(1)} s`);
  await sleep(DOWN_SECONDS * 1000);
  await victim.restart();
  const backAt = Date.now();
  console.log(`soak: ${victim.label} back after ${((backAt - killedAt) / 1000).toFixed(1)} s`);
  return { service: victim.service, label: victim.label, killedAt, backAt, window: [killedAt, backAt + KILL_GRACE_MS] };
}

/** The databases once the consumers have drained the feeds and the dispatchers the letters (they poll every 100 and 200 ms). */
async function settledState(
  dbs: Record<SubgraphName, DataSource>,
  smtp: TestSmtp,
  inFlight: Set<string>,
  acknowledged: Map<string, string>,
  outcomes: Outcome[],
) {
  let feeds = await countFeeds(dbs);
  for (let i = 0; i < 150 && feeds.some((f) => f.applied < f.produced); i++) {
    await sleep(200);
    feeds = await countFeeds(dbs);
  }
  const complaints = await countComplaints(dbs, acknowledged);
  let letters = await countLetters(dbs.intake, smtp, inFlight);
  // Letters claimed by a killed replica wait for their claim to expire.
  for (let i = 0; i < (MAIL_CLAIM_MS + 10_000) / 200 && letters.unsent > 0; i++) {
    await sleep(200);
    letters = await countLetters(dbs.intake, smtp, inFlight);
  }
  const burstSubs = [0, 1].map((i) => `soak-quota-${i}`);
  const quotas = {
    filings: quotaFigures(QUOTAS.filings, await quotaCounts(dbs.intake, "FILING", FILINGS_SQL), outcomes, "fileComplaint", burstSubs),
    escalations: quotaFigures(QUOTAS.escalations, await quotaCounts(dbs.escalation, "ESCALATION_REQUEST", ESCALATIONS_SQL), outcomes, "requestEscalation", []),
  };
  const broken = contradictions(await complaintViews(dbs));
  for (const ds of Object.values(dbs)) await ds.destroy();
  return { complaints, feeds, letters, quotas, contradictions: broken };
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error("soak:", err instanceof Error ? err.message : err);
    process.exit(2);
  },
);
