import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DataSource } from "typeorm";
import type { Caller } from "../lib/auth/caller";
import { issueDevToken } from "../lib/auth/dev-issuer";
import { LOAD_TEST_LIMITS, SUBGRAPHS, databaseFor, loadConfig, type AppConfig, type ServiceName, type SubgraphName } from "../lib/config";
import { dropMysqlDatabase } from "../lib/platform/database";
import { ReplicaSet } from "../scripts/replica-set";
import { SOAK_DIRECTORATES, sleep, soakActors, type Ask, type SoakData } from "../scripts/soak-actors";
import { countComplaints, countFeeds, openDatabases } from "../scripts/soak-checks";

/** Subgraphs first (the gateway asks them when it starts), each service restarted in that order too. */
const SERVICES: ServiceName[] = ["intake", "directorates", "escalation", "gateway"];
/**
 * How often the proxies ask /ready: every ask of a gateway's /ready makes it ask the three subgraphs', which ask their
 * database; at the proxy's default (100 ms) that is over a hundred readiness queries a second among the eight processes.
 */
const CHECK_MS = 250;
/** Eight of the proxy's /ready checks: it stops sending well before the listener closes, even when its own checks come late (a busy machine). */
const DRAIN_MS = 2_000;
/** How long the replicas must all have been ready before the next one stops (minReadySeconds in a Deployment). */
const MIN_READY_MS = 2_000;
/**
 * A process starts in about 2 s on an idle machine (the whole test: about a minute), in 30 s on one shared with a dozen
 * other busy processes: the limits are for the latter, so that a slow machine makes the test slow, not red.
 */
const LOADED_MACHINE_MS = 600_000;

/** Each successful mutation of the workload leaves exactly one event of this type in its subgraph's outbox. */
const MUTATION_EVENTS: Record<string, [SubgraphName, string]> = {
  fileComplaint: ["intake", "ComplaintFiled"],
  screenComplaint: ["intake", "ComplaintScreened"],
  acknowledgeComplaint: ["directorates", "ComplaintAcknowledged"],
  answerComplaint: ["directorates", "ComplaintAnswered"],
  requestEscalation: ["escalation", "EscalationRequested"],
  decideEscalation: ["escalation", "EscalationDecided"],
};

interface Recorded {
  at: number;
  /** 0: no HTTP answer at all (a transport error). */
  status: number;
  codes: string[];
  /** The mutation's field when the request was one, and whether it answered data. */
  mutation?: string;
  succeeded: boolean;
}

/** On MariaDB only (MYSQL_URL): skipped without it, failed under CI=true, as the other replica suites. */
function describeOnMysql(name: string, suite: () => void): void {
  if (process.env.MYSQL_URL) describe(name, suite);
  else if (process.env.CI === "true")
    describe(name, () => it("needs MYSQL_URL", () => expect(process.env.MYSQL_URL).toBe("mysql://… (CI=true: .ci/run starts MariaDB)")));
  else describe.skip(name, suite);
}

/** Calls the gateway's proxy with a development token per caller, recording every answer. */
function recordingClient(url: string, dir: string, config: AppConfig, answers: Recorded[]): Ask {
  const tokens = new Map<string, Promise<string>>();
  return async (caller: Caller, query: string, variables: Record<string, unknown> = {}) => {
    if (!tokens.has(caller.sub)) tokens.set(caller.sub, issueDevToken(dir, config.auth, caller, 3600));
    const mutation = /^mutation[^{]*\{\s*(\w+)/.exec(query)?.[1];
    try {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${await tokens.get(caller.sub)}` },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(20_000),
      });
      const body = (await res.json().catch(() => ({}))) as { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] };
      const codes = (body.errors ?? []).map((e) => e.extensions?.code ?? "?");
      const succeeded = res.status === 200 && codes.length === 0 && (mutation === undefined || body.data?.[mutation] != null);
      answers.push({ at: Date.now(), status: res.status, codes, mutation, succeeded });
      return { data: (body.data as SoakData | undefined) ?? null, codes };
    } catch {
      answers.push({ at: Date.now(), status: 0, codes: [], mutation, succeeded: false });
      return { data: null, codes: [] };
    }
  };
}

/** What the replicas' own /ready said (every 100 ms), per port, while `watched` holds them: the status and the body's `status`. */
function watchReadiness(): { watched: number[]; seen: Map<number, Set<string>>; stop: () => void } {
  const watched: number[] = [];
  const seen = new Map<number, Set<string>>();
  const timer = setInterval(() => {
    for (const port of watched)
      fetch(`http://127.0.0.1:${port}/ready`, { signal: AbortSignal.timeout(1_000) })
        .then(async (res) => seen.set(port, (seen.get(port) ?? new Set()).add(`${res.status} ${((await res.json()) as { status: string }).status}`)))
        .catch(() => seen.set(port, (seen.get(port) ?? new Set()).add("down")));
  }, 100);
  return { watched, seen, stop: () => clearInterval(timer) };
}

const eventsOfType = async (ds: DataSource, type: string) =>
  Number((await ds.query<{ n: string }[]>("SELECT COUNT(*) AS n FROM outbox_event WHERE type = ?", [type]))[0].n);

describeOnMysql("rolling restart under load: every replica of every service drained and restarted one by one [mysql]", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ibz-rolling-"));
  const sets = {} as Record<ServiceName, ReplicaSet>;
  let config: AppConfig;
  let passed = false;

  beforeAll(async () => {
    const plans = Object.fromEntries(await Promise.all(SERVICES.map(async (name) => [name, await ReplicaSet.plan(name, 2, dir)] as const)));
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      NODE_ENV: "development",
      HOST: "127.0.0.1",
      DATA_DIR: dir,
      LOG_LEVEL: "warn",
      EVENT_POLL_MS: "100",
      ...LOAD_TEST_LIMITS,
      MYSQL_URL: process.env.MYSQL_URL,
      MYSQL_DATABASE_PREFIX: `roll${randomBytes(3).toString("hex")}_`,
      SHUTDOWN_DRAIN_MS: String(DRAIN_MS),
      ...Object.fromEntries(SUBGRAPHS.map((name) => [`${name.toUpperCase()}_URL`, `http://127.0.0.1:${plans[name].proxyPort}`])),
    };
    config = loadConfig(env);
    for (const name of SERVICES) {
      sets[name] = plans[name].create(env, CHECK_MS);
      await sets[name].start();
    }
  }, LOADED_MACHINE_MS);

  afterAll(async () => {
    for (const name of [...SERVICES].reverse()) await sets[name]?.stop();
    for (const name of SUBGRAPHS) {
      const db = databaseFor(config, name);
      if (db.kind === "mysql") await dropMysqlDatabase(db);
    }
    // The replicas' logs stay for a failed run.
    if (passed) fs.rmSync(dir, { recursive: true, force: true });
    else console.log(`rolling restart: logs in ${dir}`);
  }, 60_000);

  it(
    "loses no request, applies every successful mutation once and every event exactly once; each replica says `stopping` on /ready and exits 0",
    async () => {
      const answers: Recorded[] = [];
      const acknowledged = new Map<string, string>();
      const ask = recordingClient(`${sets.gateway.url}/`, dir, config, answers);
      // The actors work until `end`, compared at each turn: read then, so the load stops once the restarts are done.
      let stopAt = Number.POSITIVE_INFINITY;
      const end = { valueOf: () => stopAt } as unknown as number;
      const actors = soakActors(ask, end, acknowledged);
      const load = Promise.all([
        ...[0, 1, 2, 3].map((i) => actors.citizen(i)),
        ...SOAK_DIRECTORATES.map((d) => actors.coordinator(d)),
        actors.centralService(),
      ]);

      await sleep(1_500);
      const watcher = watchReadiness();
      const restartFrom = Date.now();
      const exitCodes: Partial<Record<ServiceName, (number | null)[]>> = {};
      try {
        for (const name of SERVICES) {
          // Only the service being restarted: /ready costs a database query, and the proxies ask it often enough already.
          watcher.watched.splice(0, watcher.watched.length, ...sets[name].proxy.backends.map((b) => b.port));
          exitCodes[name] = await sets[name].restartOneByOne(LOADED_MACHINE_MS, MIN_READY_MS);
        }
      } finally {
        watcher.stop();
        const restartUntil = Date.now();
        await sleep(1_000);
        stopAt = 0;
        await load;
        const during = answers.filter((a) => a.at >= restartFrom && a.at <= restartUntil);
        console.log(
          JSON.stringify({
            restartSeconds: (restartUntil - restartFrom) / 1000,
            requests: answers.length,
            duringRestarts: during.length,
            mutationsSucceededDuringRestarts: during.filter((a) => a.mutation && a.succeeded).length,
            byStatus: tally(answers.map((a) => String(a.status))),
            errorCodes: tally(answers.flatMap((a) => a.codes)),
            proxies: Object.fromEntries(SERVICES.map((name) => [name, sets[name].proxy.counts])),
          }),
        );
      }

      // Everything is read first and compared in one go: a failed run shows every check that failed, not only the first.
      const ports = SERVICES.flatMap((name) => sets[name].proxy.backends.map((b) => b.port));
      const dbs = await openDatabases(config);
      try {
        let feeds = await countFeeds(dbs);
        for (let i = 0; i < 100 && feeds.some((f) => f.applied < f.produced); i++) {
          await sleep(200);
          feeds = await countFeeds(dbs);
        }
        const complaints = await countComplaints(dbs, acknowledged);
        const stored: Record<string, number> = {};
        const succeeded: Record<string, number> = {};
        for (const [mutation, [subgraph, type]] of Object.entries(MUTATION_EVENTS)) {
          stored[mutation] = await eventsOfType(dbs[subgraph], type);
          succeeded[mutation] = answers.filter((a) => a.mutation === mutation && a.succeeded).length;
        }
        expect({
          // Zero failed requests: every answer a 200 with no error but a business refusal (CONFLICT: the state moved on).
          failedRequests: answers.filter((a) => a.status !== 200 || a.codes.some((c) => c !== "CONFLICT")),
          // Nothing cut in flight (502) or refused for want of a ready replica (503) at any proxy, the subgraphs' included.
          proxies: SERVICES.map((name) => ({ name, failedInFlight: sets[name].proxy.counts.failedInFlight, noBackend: sets[name].proxy.counts.noBackend })),
          exitCodes,
          stopping: ports.map((port) => ({ port, said: watcher.seen.get(port)?.has("503 stopping") })),
          enoughMutations: answers.filter((a) => a.mutation && a.succeeded).length > 20,
          // Every event applied exactly once on every feed.
          feedsNotExactlyOnce: feeds.filter((f) => f.duplicates > 0 || f.missing > 0 || f.applied !== f.produced),
          complaints: {
            acknowledgedMissing: complaints.acknowledgedMissing,
            notAcknowledged: complaints.notAcknowledged,
            duplicateReferences: complaints.duplicateReferences,
          },
          // Every mutation that succeeded left its change once (one event), and none that failed left one.
          eventsOfSuccessfulMutations: stored,
        }).toEqual({
          failedRequests: [],
          proxies: SERVICES.map((name) => ({ name, failedInFlight: 0, noBackend: 0 })),
          exitCodes: Object.fromEntries(SERVICES.map((name) => [name, [0, 0]])),
          stopping: ports.map((port) => ({ port, said: true })),
          enoughMutations: true,
          feedsNotExactlyOnce: [],
          complaints: { acknowledgedMissing: 0, notAcknowledged: 0, duplicateReferences: 0 },
          eventsOfSuccessfulMutations: succeeded,
        });
        passed = true;
      } finally {
        for (const ds of Object.values(dbs)) await ds.destroy();
      }
    },
    LOADED_MACHINE_MS,
  );
});

function tally(values: string[]): Record<string, number> {
  const result: Record<string, number> = {};
  for (const v of values) result[v] = (result[v] ?? 0) + 1;
  return result;
}
