import fs from "node:fs";
import path from "node:path";
import { DataSource } from "typeorm";
import { issueDevToken } from "../lib/auth/dev-issuer";
import { loadConfig } from "../lib/config";
import { PROJECT_ROOT } from "../lib/platform/project-root";
import { citizenOwner, fileInput } from "./helpers/callers";
import { DATABASE_KINDS, freshDatabases, type DatabaseKind } from "./helpers/databases";
import { spawnStack, type SpawnedStack } from "./helpers/spawned-stack";
import { useTestStack } from "./helpers/stack";
import { feedEnd } from "../lib/events/outbox";

const FILE = `mutation FileComplaint($i: FileComplaintInput!) { fileComplaint(input: $i) { id } }`;
const FOLLOW = `query FollowComplaint($id: ID!) { complaint(id: $id) { reference timeline { status } } }`;
const VERSION = (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")) as { version: string }).version;

type Samples = Map<string, number>;

/** `name{a="x",b="y"} value` lines, keyed by the name and its labels in sorted order (the `service` label left out). */
function parseMetrics(text: string): Samples {
  const samples: Samples = new Map();
  for (const line of text.split("\n")) {
    const m = /^([a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) continue;
    const labels = [...(m[2] ?? "").matchAll(/(\w+)="([^"]*)"/g)].filter(([, k]) => k !== "service").map(([, k, v]) => `${k}=${v}`);
    samples.set(`${m[1]}{${labels.sort().join(",")}}`, Number(m[3]));
  }
  return samples;
}

const scrape = async (url: string) => parseMetrics(await (await fetch(`${url}/metrics`)).text());

/** A citizen whose e-mail address is not confirmed yet: filing sends a confirmation code. */
const unconfirmed = { sub: "citizen-metrics", role: "citizen", name: "An Peeters", email: "an@example.be" } as const;

/** A port nothing listens on: every e-mail fails to send. */
const CLOSED_SMTP = "smtp://127.0.0.1:9";

describe.each(DATABASE_KINDS)("/metrics of a running stack after provoking each [%s]", (kind: DatabaseKind) => {
  const databases = freshDatabases(kind);
  const mysql = databases.configs.intake.kind === "mysql" ? databases.configs.intake : undefined;
  let stack: SpawnedStack;
  let metrics: Record<"gateway" | "intake" | "directorates" | "escalation", Samples>;

  beforeAll(async () => {
    stack = await spawnStack({
      EVENT_POLL_MS: "50",
      MAIL_POLL_MS: "50",
      MAIL_RETRY_MS: "3600000",
      SMTP_URL: CLOSED_SMTP,
      APP_COMMIT: "0123abc",
      ...(mysql ? { MYSQL_URL: mysql.url, MYSQL_DATABASE_PREFIX: mysql.database.slice(0, -"intake".length) } : {}),
    });
    const auth = { authorization: `Bearer ${await stack.token(unconfirmed)}` };
    const filed = await stack.post(FILE, { i: fileInput() }, auth);
    expect(filed.body.errors).toBeUndefined();
    // Refused tokens, each for its reason.
    const config = loadConfig({ DATA_DIR: stack.dataDir });
    const expired = await issueDevToken(config.dataDir, config.auth, citizenOwner, -60);
    const good = await stack.token(citizenOwner);
    const forged = `${good.slice(0, good.lastIndexOf(".") + 1)}${Buffer.from("x".repeat(64)).toString("base64url")}`;
    for (const token of ["not-a-token", expired, forged])
      expect((await stack.post(`{ directorates { code } }`, {}, { authorization: `Bearer ${token}` })).status).toBe(401);
    // A call to a subgraph without the gateway's signature: 401 before GraphQL.
    expect((await fetch(`${stack.urls.intake}/`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" })).status).toBe(401);
    // Apollo's refusal of a persisted query's version has no code of its own: the client reads BAD_REQUEST.
    const apq = await stack.post(`{ directorates { code } }`, {}, {});
    expect(apq.status).toBe(200);
    const unsupported = await fetch(`${stack.urls.gateway}/`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ directorates { code } }", extensions: { persistedQuery: { version: 2, sha256Hash: "0".repeat(64) } } }),
    });
    expect(((await unsupported.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe("BAD_REQUEST");
    // Every feed read up to its end (intake's own, for its letters, and the peers').
    const deadline = Date.now() + 15_000;
    for (;;) {
      metrics = {
        gateway: await scrape(stack.urls.gateway),
        intake: await scrape(stack.urls.intake),
        directorates: await scrape(stack.urls.directorates),
        escalation: await scrape(stack.urls.escalation),
      };
      const caughtUp = metrics.directorates.get("ibz_events_applied_total{source=intake}") && metrics.intake.get("ibz_mail_queue_failed{queue=confirmation}");
      if (caughtUp || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    if (mysql) {
      // An internal error on MySQL too: a table gone from under the running process.
      const db = await new DataSource({ type: "mysql", url: `${mysql.url}/${mysql.database}` }).initialize();
      await db.query("RENAME TABLE status_change TO status_change_gone");
      await db.destroy();
    } else {
      const db = await new DataSource({ type: "better-sqlite3", database: path.join(stack.dataDir, "intake.sqlite") }).initialize();
      await db.query("ALTER TABLE status_change RENAME TO status_change_gone");
      await db.destroy();
    }
    const broken = await stack.post(FOLLOW, { id: filed.body.data.fileComplaint.id }, auth);
    expect(broken.body.errors[0].extensions.code).toBe("INTERNAL_SERVER_ERROR");
    metrics.gateway = await scrape(stack.urls.gateway);
    metrics.intake = await scrape(stack.urls.intake);
  }, 60_000);
  afterAll(async () => {
    await stack?.stop();
    await databases.drop();
  });

  it("build info: package.json's version and the commit of APP_COMMIT, in every process", () => {
    for (const service of Object.values(metrics)) expect(service.get(`ibz_build_info{commit=0123abc,version=${VERSION}}`)).toBe(1);
  });

  it("authentication refusals by reason: the caller's tokens at the gateway, the missing service token at the subgraph (both 401 before GraphQL)", () => {
    const reasons = ["malformed", "expired", "bad_signature"].map((reason) => metrics.gateway.get(`ibz_auth_refusals_total{reason=${reason}}`));
    expect(reasons).toEqual([1, 1, 1]);
    expect(metrics.intake.get("ibz_auth_refusals_total{reason=service_token_missing}")).toBe(1);
  });

  it("errors counted by the code the client read: BAD_REQUEST (not INTERNAL_SERVER_ERROR) for the refused persisted query; the internal error as INTERNAL_SERVER_ERROR", () => {
    expect(metrics.gateway.get("ibz_graphql_errors_total{code=BAD_REQUEST,operation=invalid}")).toBe(1);
    expect(metrics.gateway.get("ibz_graphql_errors_total{code=INTERNAL_SERVER_ERROR,operation=invalid}")).toBeUndefined();
    expect(metrics.gateway.get("ibz_graphql_errors_total{code=INTERNAL_SERVER_ERROR,operation=FollowComplaint}")).toBe(1);
    expect(metrics.intake.get("ibz_graphql_errors_total{code=INTERNAL_SERVER_ERROR,operation=FollowComplaint}")).toBe(1);
  });

  it("per feed: the backlog after the last poll (0: caught up) and the seconds since the last successful poll", () => {
    const feeds = { intake: ["intake", "directorates", "escalation"], directorates: ["intake", "escalation"], escalation: ["intake", "directorates"] } as const;
    for (const [consumer, sources] of Object.entries(feeds)) {
      for (const source of sources) {
        const samples = metrics[consumer as keyof typeof feeds];
        expect({ consumer, source, backlog: samples.get(`ibz_event_backlog{source=${source}}`) }).toEqual({ consumer, source, backlog: 0 });
        expect(samples.get(`ibz_event_feed_last_success_age_seconds{source=${source}}`)).toBeLessThan(5);
      }
    }
  });

  it("the e-mail queue: the confirmation code waits, its send failed, and its age counts", () => {
    expect(metrics.intake.get("ibz_mail_queue_waiting{queue=confirmation}")).toBe(1);
    expect(metrics.intake.get("ibz_mail_queue_failed{queue=confirmation}")).toBe(1);
    expect(metrics.intake.get("ibz_mail_queue_oldest_age_seconds{queue=confirmation}")).toBeGreaterThan(0);
    expect(metrics.intake.get("ibz_mail_queue_waiting{queue=letter}")).toEqual(expect.any(Number));
  });

  it(
    kind === "mysql" ? "database pool use: connections in use and idle, waiting, the limit" : "database pool use: not reported on SQLite (one connection)",
    () => {
      for (const name of ["intake", "directorates", "escalation"] as const) {
        const samples = metrics[name];
        if (kind === "sqlite") {
          expect(samples.has("ibz_db_pool_connections{state=idle}")).toBe(false);
          continue;
        }
        expect(samples.get("ibz_db_pool_max{}")).toBeGreaterThan(0);
        expect(samples.get("ibz_db_pool_connections{state=idle}")! + samples.get("ibz_db_pool_connections{state=in_use}")!).toBeGreaterThan(0);
        expect(samples.get("ibz_db_pool_waiting{}")).toBe(0);
      }
    },
  );
});

describe.each(DATABASE_KINDS)("ibz_event_backlog counts what a consumer has not passed yet [%s]", (kind: DatabaseKind) => {
  // One event per poll, and no background polling: the test decides when the directorates read intake's feed.
  const t = useTestStack(kind, { env: { EVENT_BATCH_SIZE: "1" } });

  it("three filings, one poll: the backlog is the feed's end minus the one applied; after the rest, 0", async () => {
    for (let i = 0; i < 3; i++) expect((await t.query(FILE, { i: fileInput() }, citizenOwner)).errors).toBeUndefined();
    const end = await feedEnd(t.stack.subgraphs.intake.dataSource);
    expect(end).toBeGreaterThanOrEqual(3);
    const directorates = t.stack.subgraphs.directorates;
    const fromIntake = directorates.subgraph.consumers.find((c) => c.source === "intake")!;
    expect(await fromIntake.pollOnce()).toBe(1);
    expect((await scrape(directorates.url)).get("ibz_event_backlog{source=intake}")).toBe(end - 1);
    await t.settle();
    expect((await scrape(directorates.url)).get("ibz_event_backlog{source=intake}")).toBe(0);
  });
});
