import fs from "node:fs";
import path from "node:path";
import { DataSource } from "typeorm";
import { loadConfig, type DatabaseConfig } from "../lib/config";
import { dataSourceOptions } from "../lib/platform/database";
import { startSubgraph, stopSubgraph } from "../runtime/stack";
import { runMigrate as migrate, servingAccount } from "./helpers/accounts";
import { central } from "./helpers/callers";
import { freshDatabases, type TestDatabases } from "./helpers/databases";
import { ANSWER_TEXT, ok, procedure } from "./helpers/procedure";
import { ISSUER, productionKeys } from "./helpers/production";
import { startTestStack } from "./helpers/stack";

type MysqlDatabase = Extract<DatabaseConfig, { kind: "mysql" }>;

async function connect(url: string, db: MysqlDatabase): Promise<DataSource> {
  const ds = new DataSource(dataSourceOptions({ ...db, url }, { entities: [], migrations: [] }));
  return ds.initialize();
}

(process.env.MYSQL_URL ? describe : describe.skip)("database accounts [mysql]", () => {
  let dbs: TestDatabases;
  let serving: Awaited<ReturnType<typeof servingAccount>>;
  let keys: Awaited<ReturnType<typeof productionKeys>>;
  const intake = () => dbs.configs.intake as MysqlDatabase;

  beforeAll(async () => {
    dbs = freshDatabases("mysql");
    serving = await servingAccount(Object.values(dbs.configs) as MysqlDatabase[]);
    keys = await productionKeys();
  });
  afterAll(async () => {
    await serving.drop();
    await dbs.drop();
    fs.rmSync(keys.dir, { recursive: true, force: true });
  });

  const production = (mysqlUrl: string) =>
    loadConfig({
      NODE_ENV: "production",
      DATA_DIR: dbs.dataDir,
      MAIL_DIR: path.join(dbs.dataDir, "mail"),
      MYSQL_URL: mysqlUrl,
      AUTH_PUBLIC_KEY_FILE: keys.idp.publicKey,
      AUTH_ISSUER: ISSUER,
      SERVICE_KEYS_DIR: keys.serviceKeysDir,
      LOG_LEVEL: "silent",
    });
  const development = (mysqlUrl: string) => loadConfig({ DATA_DIR: dbs.dataDir, MYSQL_URL: mysqlUrl, SERVICE_KEYS_DIR: keys.serviceKeysDir });

  it("a production subgraph refuses to start while its database is missing or behind, and never migrates it itself", async () => {
    await expect(startSubgraph("intake", production(serving.url), { port: 0, database: { ...intake(), url: serving.url } })).rejects.toThrow(
      /does not exist\. Run `npm run migrate`/,
    );
    // Even on an account that could migrate: an empty database stays empty.
    const admin = await connect(process.env.MYSQL_URL as string, { ...intake(), database: "" });
    await admin.query(`CREATE DATABASE \`${intake().database}\``);
    await admin.destroy();
    await expect(startSubgraph("intake", production(process.env.MYSQL_URL as string), { port: 0, database: intake() })).rejects.toThrow(
      /schema of database \w+ is behind: \d+ migration\(s\) not applied .*Run `npm run migrate`/,
    );
    const ds = await connect(process.env.MYSQL_URL as string, intake());
    expect(await ds.query("SHOW TABLES")).toEqual([]);
    await ds.destroy();
  });

  it("in development, a serving account that may not migrate a schema that is behind stops with the same advice", async () => {
    await expect(startSubgraph("intake", development(serving.url), { port: 0, database: { ...intake(), url: serving.url } })).rejects.toThrow(
      /may not change the schema.*Run `npm run migrate`/,
    );
  });

  it("`npm run migrate` creates and migrates every database with the migration account; then the serving account starts in production and in development", async () => {
    const r = migrate(dbs);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split("\n")).toEqual([
      expect.stringMatching(/^intake: \w+intake up to date \(\d+ migrations applied\)$/),
      expect.stringMatching(/^directorates: \w+directorates up to date/),
      expect.stringMatching(/^escalation: \w+escalation up to date/),
    ]);
    for (const config of [production(serving.url), development(serving.url)]) {
      const running = await startSubgraph("intake", config, { port: 0, database: { ...intake(), url: serving.url } });
      expect((await fetch(`${running.url}/health`)).status).toBe(200);
      await stopSubgraph(running);
    }
  });

  it("the serving account cannot drop the append-only trigger, rewrite or delete an audit entry, or change the schema", async () => {
    const ds = await connect(serving.url, intake());
    try {
      await ds.query(
        "INSERT INTO audit_entry (complaintId, at, actorSub, actorRole, action, what, requestId) VALUES ('c-1', NOW(3), 'coord-dvz', 'coordinator', 'READ', 'description', 'r-1')",
      );
      const before = await ds.query("SELECT * FROM audit_entry ORDER BY id");
      expect(before).toHaveLength(1);
      for (const statement of [
        "DROP TRIGGER audit_entry_no_update",
        "DROP TRIGGER audit_entry_no_delete",
        "CREATE TRIGGER audit_entry_ok BEFORE UPDATE ON audit_entry FOR EACH ROW SET NEW.what = NEW.what",
        "CREATE TABLE audit_copy (id INT)",
        "ALTER TABLE audit_entry RENAME TO audit_entry_away",
        "DROP TABLE audit_entry",
        "TRUNCATE TABLE audit_entry",
      ]) {
        await expect(ds.query(statement)).rejects.toThrow(/denied/i);
      }
      await expect(ds.query("UPDATE audit_entry SET actorSub = 'someone-else'")).rejects.toThrow(/append-only/);
      // No DELETE privilege at all (audit retention deletes with the migration account); the trigger is the second line.
      await expect(ds.query("DELETE FROM audit_entry")).rejects.toThrow(/denied/i);
      expect(await ds.query("SELECT * FROM audit_entry ORDER BY id")).toEqual(before);
      // It can do its work on the other tables.
      await ds.query("UPDATE reference_counter SET lastNumber = lastNumber WHERE 1 = 0");
    } finally {
      await ds.destroy();
    }
    const admin = await connect(process.env.MYSQL_URL as string, intake());
    const triggers = await admin.query<{ Trigger: string }[]>("SHOW TRIGGERS");
    expect(triggers.map((t) => t.Trigger).sort()).toEqual(["audit_entry_no_delete", "audit_entry_no_update"]);
    await admin.destroy();
  });

  it("the whole procedure runs on the serving account alone: filing, screening, answering, events, letters, audit", async () => {
    const configs = Object.fromEntries(Object.entries(dbs.configs).map(([name, db]) => [name, { ...db, url: serving.url }])) as TestDatabases["configs"];
    const t = await startTestStack("mysql", { databases: { ...dbs, configs, drop: async () => undefined }, env: { MYSQL_URL: serving.url } });
    try {
      const p = procedure(t);
      const c = await p.admissible();
      await p.acknowledge(c.id);
      await p.answer(c.id);
      await t.settle();
      const read = await p.read(c.id);
      expect(read.firstLine.answer).toBe(ANSWER_TEXT);
      const trail = ok(
        await t.query(`query($id: ID!) { auditTrail(complaintId: $id) { complaint { action what } firstLine { action what } } }`, { id: c.id }, central),
      );
      expect(trail.auditTrail.firstLine.map((e: { what: string }) => e.what)).toEqual(
        expect.arrayContaining(["acknowledgeComplaint", "answerComplaint", "answer"]),
      );
    } finally {
      await t.stop();
    }
  });
});
