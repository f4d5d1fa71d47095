import "reflect-metadata";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Caller } from "../lib/auth/caller";
import { issueDevToken } from "../lib/auth/dev-issuer";
import { SUBGRAPHS, databaseFor, loadConfig, type ServiceName } from "../lib/config";
import { dropMysqlDatabase } from "../lib/database";
import { DirectorateCode } from "../lib/enums";
import { countComplaints, countFeeds, countLetters, openDatabases } from "./soak-checks";
import { ServiceProcess, freePort } from "./soak-processes";

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
const DIRECTORATES = [DirectorateCode.IMMIGRATION_OFFICE, DirectorateCode.ICT, DirectorateCode.CIVIL_SECURITY];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Outcome {
  at: number;
  status: number;
  codes: string[];
}

/** The fields the soak's operations read back. */
interface SoakData {
  fileComplaint?: { id: string; reference: string };
  myComplaints?: { id: string; status: string; firstLine: { answeredAt: string | null } | null; escalation: { id: string } | null }[];
  complaints?: { items: { id: string; admissibility: string }[] };
  escalations?: { id: string }[];
}

async function main(): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ibz-soak-"));
  const ports = { gateway: await freePort(), intake: await freePort(), directorates: await freePort(), escalation: await freePort() };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    NODE_ENV: "development",
    HOST: "127.0.0.1",
    DATA_DIR: dir,
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    EVENT_POLL_MS: "100",
    GATEWAY_PORT: String(ports.gateway),
    INTAKE_PORT: String(ports.intake),
    DIRECTORATES_PORT: String(ports.directorates),
    ESCALATION_PORT: String(ports.escalation),
    ...(process.env.MYSQL_URL ? { MYSQL_URL: process.env.MYSQL_URL, MYSQL_DATABASE_PREFIX: `soak${randomBytes(3).toString("hex")}_` } : {}),
  };
  const config = loadConfig(env);
  const services = Object.fromEntries(
    (["intake", "directorates", "escalation", "gateway"] as ServiceName[]).map((name) => [name, new ServiceProcess(name, env, dir)]),
  ) as Record<ServiceName, ServiceProcess>;
  console.log(`soak: ${SECONDS} s, ${VICTIM} killed for ${DOWN_SECONDS} s halfway, ${config.mysqlUrl ? "MySQL" : "SQLite"}, logs in ${dir}`);
  for (const name of ["intake", "directorates", "escalation", "gateway"] as ServiceName[]) await services[name].start();
  const url = `http://127.0.0.1:${ports.gateway}/`;

  const outcomes: Outcome[] = [];
  const acknowledged = new Map<string, string>();
  const transportFailures: number[] = [];
  const tokens = new Map<string, Promise<string>>();
  const ask = async (caller: Caller, query: string, variables: Record<string, unknown> = {}) => {
    if (!tokens.has(caller.sub)) tokens.set(caller.sub, issueDevToken(dir, config.auth, caller, 3 * 3600));
    const token = await tokens.get(caller.sub)!;
    try {
      const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }), signal: AbortSignal.timeout(15_000) });
      const body = (await res.json().catch(() => ({}))) as { data?: SoakData; errors?: { extensions?: { code?: string } }[] };
      outcomes.push({ at: Date.now(), status: res.status, codes: (body.errors ?? []).map((e) => e.extensions?.code ?? "?") });
      return body.data ?? null;
    } catch {
      transportFailures.push(Date.now());
      return null;
    }
  };

  const end = Date.now() + SECONDS * 1000;
  const citizen = async (i: number) => {
    const me: Caller = { sub: `soak-citizen-${i}`, role: "citizen", name: `Citizen ${i}` };
    while (Date.now() < end) {
      const input = {
        complainant: { kind: "PERSON", name: `Burger ${i}`, email: `burger${i}@example.be` },
        category: "SERVICE_QUALITY",
        directorate: DIRECTORATES[Math.floor(Math.random() * DIRECTORATES.length)],
        subject: "Soak test complaint",
        description: "Filed by npm run soak.",
        language: "NL",
        concernsDecisionWithAppealRoute: false,
      };
      const filed = await ask(me, `mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id reference } }`, { i: input });
      if (filed?.fileComplaint) acknowledged.set(filed.fileComplaint.id, filed.fileComplaint.reference);
      const mine = await ask(me, `{ myComplaints { id status firstLine { answeredAt } escalation { id } } }`);
      const answered = (mine?.myComplaints ?? []).find((c) => c.status === "ANSWERED" && c.firstLine?.answeredAt && !c.escalation);
      if (answered) await ask(me, `mutation($id: ID!) { requestEscalation(complaintId: $id, reason: "Not satisfied") { id } }`, { id: answered.id });
      await sleep(20);
    }
  };
  const coordinator = async (directorate: DirectorateCode) => {
    const me: Caller = { sub: `soak-coord-${directorate}`, role: "coordinator", directorate };
    while (Date.now() < end) {
      const page = await ask(me, `{ complaints(filter: { status: [RECEIVED, ACKNOWLEDGED] }, first: 5) { items { id admissibility } } }`);
      for (const c of page?.complaints?.items ?? []) {
        if (c.admissibility === "PENDING") await ask(me, `mutation($id: ID!) { screenComplaint(id: $id, admissible: true) { id } }`, { id: c.id });
        await ask(me, `mutation($id: ID!) { acknowledgeComplaint(complaintId: $id) { acknowledgedAt } }`, { id: c.id });
        await ask(me, `mutation($id: ID!) { answerComplaint(complaintId: $id, input: { answer: "Reviewed.", outcome: PARTLY_FOUNDED }) { answeredAt } }`, { id: c.id });
      }
      await sleep(50);
    }
  };
  const centralService = async () => {
    const me: Caller = { sub: "soak-central", role: "central-service" };
    while (Date.now() < end) {
      const open = await ask(me, `{ escalations(status: REQUESTED, first: 5) { id } }`);
      for (const e of open?.escalations ?? []) {
        await ask(me, `mutation($id: ID!) { decideEscalation(id: $id, input: { decision: "Decided.", outcome: FOUNDED }) { id } }`, { id: e.id });
      }
      await ask(me, `query($y: Int!) { annualReport(year: $y) { totals { received escalated } } }`, { y: new Date().getUTCFullYear() });
      await sleep(100);
    }
  };

  let killWindow: [number, number] = [0, 0];
  const chaos = async () => {
    await sleep((SECONDS * 1000) / 2);
    const killedAt = Date.now();
    await services[VICTIM].kill();
    console.log(`soak: ${VICTIM} killed at +${Math.round((killedAt - (end - SECONDS * 1000)) / 1000)} s`);
    await sleep(DOWN_SECONDS * 1000);
    await services[VICTIM].start();
    killWindow = [killedAt, Date.now() + KILL_GRACE_MS];
    console.log(`soak: ${VICTIM} back after ${((Date.now() - killedAt) / 1000).toFixed(1)} s`);
  };

  await Promise.all([
    ...Array.from({ length: 6 }, (_, i) => citizen(i)),
    ...DIRECTORATES.map((d) => coordinator(d)),
    centralService(),
    chaos(),
  ]);

  // Let the consumers drain the feeds (they poll every 100 ms).
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
  const stopCodes = [];
  for (const name of ["gateway", "intake", "directorates", "escalation"] as ServiceName[]) stopCodes.push(await services[name].stop());

  const inWindow = (at: number) => at >= killWindow[0] && at <= killWindow[1];
  const fiveXX = outcomes.filter((o) => o.status >= 500);
  const byStatus = count(outcomes.map((o) => String(o.status)));
  const byCode = count(outcomes.flatMap((o) => o.codes));
  const report = {
    requests: outcomes.length + transportFailures.length,
    byStatus,
    errorCodes: byCode,
    fiveXXInKillWindow: fiveXX.filter((o) => inWindow(o.at)).length,
    fiveXXOutsideKillWindow: fiveXX.filter((o) => !inWindow(o.at)).length,
    transportFailuresOutsideKillWindow: transportFailures.filter((at) => !inWindow(at)).length,
    serviceUnavailableOutsideKillWindow: outcomes.filter((o) => !inWindow(o.at) && o.codes.includes("SERVICE_UNAVAILABLE")).length,
    complaints,
    feeds,
    letters,
    exitCodes: stopCodes,
  };
  console.log(JSON.stringify(report, null, 2));

  const failures = [
    report.fiveXXOutsideKillWindow > 0 && "5xx outside the kill window",
    report.transportFailuresOutsideKillWindow > 0 && "requests without an answer outside the kill window",
    report.serviceUnavailableOutsideKillWindow > 0 && "SERVICE_UNAVAILABLE outside the kill window (no recovery)",
    complaints.acknowledgedMissing > 0 && "acknowledged complaints missing",
    complaints.notAcknowledged > 0 && "complaints stored but never acknowledged",
    complaints.duplicateReferences > 0 && "duplicate references",
    complaints.directoratesCopies !== complaints.inDatabase && "directorates does not know every complaint",
    complaints.escalationCopies !== complaints.inDatabase && "escalation does not know every complaint",
    feeds.some((f) => f.duplicates > 0 || f.missing > 0 || f.applied !== f.produced) && "an event not applied exactly once",
    acknowledged.size === 0 && "no complaint was filed",
    letters.unsent > 0 && "e-mail letters left unsent",
    letters.emlFiles !== letters.byEmail && "not exactly one e-mail per e-mail letter",
    letters.letters === 0 && "no letter was written",
    stopCodes.some((c) => c !== 0) && "a process did not stop cleanly",
  ].filter(Boolean);

  for (const name of SUBGRAPHS) {
    const db = databaseFor(config, name);
    if (db.kind === "mysql") await dropMysqlDatabase(db);
  }
  // The logs stay for a failed run.
  if (!failures.length) fs.rmSync(dir, { recursive: true, force: true });
  console.log(failures.length ? `soak: FAILED: ${failures.join("; ")} (logs in ${dir})` : "soak: OK");
  return failures.length ? 1 : 0;
}

function count(values: string[]): Record<string, number> {
  const result: Record<string, number> = {};
  for (const v of values) result[v] = (result[v] ?? 0) + 1;
  return result;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error("soak:", err instanceof Error ? err.message : err);
    process.exit(2);
  },
);
