import fs from "node:fs";
import type http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { SUBGRAPHS, loadConfig } from "../lib/config";
import { openDatabase } from "../lib/platform/database";
import type { PollingWorker } from "../lib/platform/worker";
import { startSubgraph, stopSubgraph, type RunningSubgraph } from "../runtime/stack";
import { SUBGRAPH_MODULES } from "../runtime/subgraphs";
import { runMigrate } from "./helpers/accounts";
import { DATABASE_KINDS, freshDatabases, type DatabaseKind, type TestDatabases } from "./helpers/databases";
import { ISSUER, productionKeys } from "./helpers/production";
import { startTestStack, type TestStack } from "./helpers/stack";

const METRIC = /^# TYPE ibz_http_requests_total counter$/m;

const get = async (url: string) => {
  const res = await fetch(url);
  return { status: res.status, text: await res.text() };
};
/** Whether each event consumer and worker of a subgraph runs. */
const loops = (running: RunningSubgraph) => [...running.subgraph.consumers, ...running.subgraph.workers].map((w) => (w as PollingWorker).looping);
const addressOf = (server: http.Server | undefined) => `http://127.0.0.1:${(server?.address() as AddressInfo).port}`;

describe.each(DATABASE_KINDS)("METRICS_PORT: /metrics on its own port, not on the GraphQL port [%s]", (kind: DatabaseKind) => {
  let t: TestStack;
  beforeAll(async () => {
    t = await startTestStack(kind, { env: { METRICS_PORT: "0" } });
  });
  afterAll(async () => {
    await t.stop();
    await t.databases.drop();
  });

  const processes = () => [
    { name: "gateway", url: t.url, metrics: t.stack.gateway.metricsServer },
    ...SUBGRAPHS.map((name) => ({ name, url: t.stack.subgraphs[name].url, metrics: t.stack.subgraphs[name].subgraph.metricsServer })),
  ];

  it("every process answers /metrics on the metrics port, 404 on its main port; the main port keeps /health and /ready", async () => {
    for (const p of processes()) {
      expect({ name: p.name, listening: p.metrics?.listening }).toEqual({ name: p.name, listening: true });
      const separate = await get(`${addressOf(p.metrics)}/metrics`);
      expect({ name: p.name, status: separate.status, metric: METRIC.test(separate.text) }).toEqual({ name: p.name, status: 200, metric: true });
      expect(separate.text).toContain(`service="${p.name}"`);
      expect({ name: p.name, status: (await get(`${p.url}/metrics`)).status }).toEqual({ name: p.name, status: 404 });
      expect((await get(`${p.url}/health`)).status).toBe(200);
      expect((await get(`${p.url}/ready`)).status).toBe(200);
    }
  });

  it("the metrics port serves /metrics only: GraphQL, /health, the feed are not there", async () => {
    for (const p of processes()) {
      for (const route of ["/", "/graphql", "/health", "/ready", "/internal/events"]) {
        expect({ name: p.name, route, status: (await get(`${addressOf(p.metrics)}${route}`)).status }).toEqual({ name: p.name, route, status: 404 });
      }
    }
  });

  it("unset, /metrics stays on the main port (nothing else changes)", async () => {
    const plain = await startTestStack(kind);
    try {
      expect(plain.stack.gateway.metricsServer).toBeUndefined();
      expect(METRIC.test((await get(`${plain.url}/metrics`)).text)).toBe(true);
      expect((await get(`${plain.stack.subgraphs.intake.url}/metrics`)).status).toBe(200);
    } finally {
      await plain.stop();
      await plain.databases.drop();
    }
  });

  it("is validated: an integer port that is none of the service ports", () => {
    expect(loadConfig({ METRICS_PORT: "9464" }).metricsPort).toBe(9464);
    expect(loadConfig({}).metricsPort).toBeUndefined();
    expect(() => loadConfig({ METRICS_PORT: "metrics" })).toThrow(/METRICS_PORT must be an integer/);
    expect(() => loadConfig({ METRICS_PORT: "4001" })).toThrow(/METRICS_PORT must differ from the service ports/);
    expect(loadConfig({}).schemaBehind).toBe("exit");
    expect(() => loadConfig({ SCHEMA_BEHIND: "later" })).toThrow(/SCHEMA_BEHIND must be exit or wait/);
  });
});

describe.each(DATABASE_KINDS)("/ready while the schema is behind its migrations (SCHEMA_BEHIND=wait) [%s]", (kind: DatabaseKind) => {
  let dbs: TestDatabases;
  let keys: Awaited<ReturnType<typeof productionKeys>>;
  beforeAll(async () => {
    dbs = freshDatabases(kind);
    keys = await productionKeys();
  });
  afterAll(async () => {
    await dbs.drop();
    fs.rmSync(keys.dir, { recursive: true, force: true });
  });

  const production = () =>
    loadConfig({
      NODE_ENV: "production",
      SCHEMA_BEHIND: "wait",
      DATA_DIR: dbs.dataDir,
      MAIL_DIR: path.join(dbs.dataDir, "mail"),
      AUTH_PUBLIC_KEY_FILE: keys.idp.publicKey,
      AUTH_ISSUER: ISSUER,
      SERVICE_KEYS_DIR: keys.serviceKeysDir,
      ...(kind === "mysql" ? { MYSQL_URL: process.env.MYSQL_URL } : {}),
    });

  if (kind === "sqlite") {
    it("SQLite is synchronised from the entities: nothing is ever pending, /ready is 200", async () => {
      const running = await startSubgraph("intake", production(), { port: 0, database: dbs.configs.intake });
      try {
        const ready = await get(`${running.url}/ready`);
        expect({ status: ready.status, body: JSON.parse(ready.text) }).toEqual({ status: 200, body: { status: "ok", service: "intake" } });
      } finally {
        await stopSubgraph(running);
      }
    });
    return;
  }

  it("one migration behind: the subgraph starts, /ready is 503 naming it, no worker runs; after `npm run migrate`: 200 and the workers start", async () => {
    const { migrations } = SUBGRAPH_MODULES.intake.database as { migrations: { name: string }[] };
    const last = migrations.at(-1)!.name;
    // The previous release's schema: every migration but the newest.
    await (await openDatabase(dbs.configs.intake, { ...SUBGRAPH_MODULES.intake.database, migrations: migrations.slice(0, -1) as never }, "apply")).destroy();

    const running = await startSubgraph("intake", production(), { port: 0, database: dbs.configs.intake });
    try {
      running.subgraph.startWorkers();
      const behind = await get(`${running.url}/ready`);
      expect(behind.status).toBe(503);
      expect(JSON.parse(behind.text)).toEqual({
        status: "unavailable",
        service: "intake",
        pendingMigrations: [last],
        reason: `database schema behind: 1 migration(s) not applied (${last}); run \`npm run migrate\``,
      });
      expect((await get(`${running.url}/health`)).status).toBe(200);
      await new Promise((r) => setTimeout(r, 300));
      expect(loops(running)).toEqual(loops(running).map(() => false));

      const r = runMigrate(dbs);
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      const ready = await get(`${running.url}/ready`);
      expect({ status: ready.status, body: JSON.parse(ready.text) }).toEqual({ status: 200, body: { status: "ok", service: "intake" } });
      // The workers notice within a recheck (2 s).
      await new Promise((r) => setTimeout(r, 2_500));
      expect(loops(running)).toEqual(loops(running).map(() => true));
    } finally {
      await stopSubgraph(running);
    }
  });
});
