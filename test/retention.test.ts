import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { DataSource } from "typeorm";
import type { DatabaseConfig } from "../lib/config";
import { PROJECT_ROOT } from "../lib/platform/project-root";
import { servingAccount } from "./helpers/accounts";
import { central, citizenOwner } from "./helpers/callers";
import { DATABASE_KINDS, type TestDatabases } from "./helpers/databases";
import { tablesHolding } from "./helpers/personal-data";
import { WITHDRAW, days, ok, procedure, snapshot } from "./helpers/procedure";
import { ISSUER, productionKeys } from "./helpers/production";
import { startTestStack, useTestStack, type TestStack } from "./helpers/stack";
import fs from "node:fs";

type MysqlDatabase = Extract<DatabaseConfig, { kind: "mysql" }>;

const T0 = "2026-02-02T09:00:00.000Z";
const ERASED_AT = `query($id: ID!) { complaint(id: $id) { reference personalDataErasedAt subject } }`;
const AUDIT = `query($id: ID!) { auditTrail(complaintId: $id) { complaint { actorSub actorRole action what } } }`;

/** `npm run retention -- args` on the stack's databases, with the migration account (MYSQL_URL in the tests) and `env`. */
function retention(databases: TestDatabases, mailDir: string, args: string[], env: NodeJS.ProcessEnv) {
  const mysql =
    databases.kind === "mysql"
      ? { MYSQL_MIGRATION_URL: process.env.MYSQL_URL, MYSQL_DATABASE_PREFIX: (databases.configs.intake as MysqlDatabase).database.replace(/intake$/, "") }
      : {};
  return spawnSync(process.execPath, [path.join(PROJECT_ROOT, "dist", "scripts", "retention.js"), ...args], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    env: { PATH: process.env.PATH, DATA_DIR: databases.dataDir, MAIL_DIR: mailDir, LOG_LEVEL: "silent", ...mysql, ...env },
  });
}

/** Four complaints, each with its own unique text: finished at T0 (withdrawn), finished at T0 + 90 days (answered at T0), open, finished at T0 + 200 days. */
async function fourComplaints(t: TestStack) {
  const p = procedure(t);
  const mark = () => `rt${randomBytes(5).toString("hex")}`;
  const marks = { withdrawn: mark(), answered: mark(), open: mark(), recent: mark() };
  const file = (m: string) => p.filed({ subject: `Subject ${m}`, description: `Description ${m}` });
  t.clock.set(T0);
  const withdrawn = await file(marks.withdrawn);
  ok(await t.query(WITHDRAW, { id: withdrawn.id }, citizenOwner));
  const answered = await file(marks.answered);
  await p.screen(answered.id, true);
  await p.answer(answered.id);
  const open = await p.admissible({ subject: `Subject ${marks.open}`, description: `Description ${marks.open}` });
  const recent = await file(marks.recent);
  await t.settle();
  t.clock.set(days(T0, 200));
  ok(await t.query(WITHDRAW, { id: recent.id }, citizenOwner));
  await t.settle();
  return { ids: { withdrawn: withdrawn.id, answered: answered.id, open: open.id, recent: recent.id }, marks };
}

type Four = Awaited<ReturnType<typeof fourComplaints>>;

async function erasedOnes(t: TestStack, four: Four): Promise<string[]> {
  const erased: string[] = [];
  for (const [name, id] of Object.entries(four.ids)) {
    const read = ok(await t.query(ERASED_AT, { id }, central)).complaint;
    const held = await tablesHolding(t, four.marks[name as keyof Four["marks"]]);
    // Erased means both: the API says so and no table holds the text; kept means the text is where it was.
    if (read.personalDataErasedAt !== null) {
      expect(held).toEqual([]);
      erased.push(name);
    } else expect(held).toEqual(expect.arrayContaining(["intake.complaint"]));
  }
  return erased.sort();
}

describe.each(DATABASE_KINDS)("retention: the scheduled job (RETENTION_YEARS=1) [%s]", (kind) => {
  const t = useTestStack(kind, { clock: T0, env: { RETENTION_YEARS: "1" } });
  let four: Four;

  beforeAll(async () => {
    four = await fourComplaints(t);
  });

  it("erases the complaints finished more than a year ago, leaves open and recent ones, and audits each erasure as the job's", async () => {
    expect(await erasedOnes(t, four)).toEqual([]);
    t.clock.set(days(T0, 366));
    await t.settle();
    expect(await erasedOnes(t, four)).toEqual(["withdrawn"]);
    const trail = ok(await t.query(AUDIT, { id: four.ids.withdrawn }, central)).auditTrail.complaint;
    expect(trail.filter((e: { what: string }) => e.what.startsWith("erasePersonalData"))).toEqual([
      { actorSub: "retention", actorRole: "system", action: "CHANGE", what: "erasePersonalData RETENTION_PERIOD_ENDED: RETENTION_YEARS=1" },
    ]);
    // The answer was final 90 days after it was given (the escalation window): a year after that.
    t.clock.set(days(T0, 90 + 364));
    await t.settle();
    expect(await erasedOnes(t, four)).toEqual(["withdrawn"]);
    t.clock.set(days(T0, 90 + 366));
    await t.settle();
    expect(await erasedOnes(t, four)).toEqual(["answered", "withdrawn"]);
  });
});

describe.each(DATABASE_KINDS)("retention: npm run retention [%s]", (kind) => {
  const t = useTestStack(kind, { clock: T0 });
  let four: Four;
  const run = (args: string[], env: NodeJS.ProcessEnv = { RETENTION_YEARS: "1" }) => retention(t.databases, t.config.mail.dir, args, env);

  beforeAll(async () => {
    four = await fourComplaints(t);
  });

  it("without RETENTION_YEARS erases nothing and says so", async () => {
    const before = await snapshot(t);
    const r = run([], {});
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/RETENTION_YEARS is not set: nothing is erased/);
    expect(await snapshot(t)).toEqual(before);
  });

  it("--dry-run prints per subgraph what it would erase and changes nothing", async () => {
    const reference = ok(await t.query(ERASED_AT, { id: four.ids.withdrawn }, central)).complaint.reference;
    const before = await snapshot(t);
    const r = run(["--dry-run", "--as-of", "2027-02-10"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split("\n")).toEqual([
      "retention as of 2027-02-09T23:00:00.000Z (dry run: nothing is changed)",
      `intake: would erase the personal data of 1 complaint(s) finished before 2026-02-09T23:00:00.000Z (RETENTION_YEARS=1): ${reference}`,
      "directorates: would erase the answers of 1 case(s)",
      "escalation: would erase the reasons and decisions of 0 escalation(s)",
      "audit: AUDIT_RETENTION_YEARS is not set: no entry is deleted",
    ]);
    expect(await snapshot(t)).toEqual(before);
  });

  it("erases what it printed in every subgraph; open and recent complaints stay; the running subgraphs follow without harm", async () => {
    const r = run(["--as-of", "2027-06-01"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^intake: erased the personal data of 2 complaint\(s\)/m);
    expect(r.stdout).toMatch(/^directorates: erased the answers of 2 case\(s\)$/m);
    await t.settle();
    expect(await erasedOnes(t, four)).toEqual(["answered", "withdrawn"]);
    expect(run(["--as-of", "2027-06-01"]).stdout).toMatch(/^intake: erased the personal data of 0 complaint\(s\)/m);
  });

  it("refuses an unknown argument and a date it cannot read, changing nothing", () => {
    expect(run(["--now"]).stderr).toMatch(/unknown argument "--now"\nusage: npm run retention/);
    expect(run(["--as-of", "soon"]).stderr).toMatch(/--as-of: not a date/);
  });
});

/** An audit entry `yearsAgo` years old (by the database's clock), written as the migration account can. */
async function oldEntry(ds: DataSource, yearsAgo: number, what: string): Promise<void> {
  const at = new Date();
  at.setUTCFullYear(at.getUTCFullYear() - yearsAgo);
  await ds.query(
    "INSERT INTO audit_entry (complaintId, at, actorSub, actorRole, action, what, requestId) VALUES ('c-1', ?, 'coord', 'coordinator', 'READ', ?, 'r-1')",
    [at.toISOString().replace("T", " ").replace("Z", ""), what],
  );
}

const whats = async (ds: DataSource) =>
  (await ds.query<{ what: string }[]>("SELECT what FROM audit_entry WHERE complaintId = 'c-1' ORDER BY what")).map((r) => r.what);

describe.each(DATABASE_KINDS)("audit retention (AUDIT_RETENTION_YEARS=10) [%s]", (kind) => {
  const t = useTestStack(kind, { clock: T0 });
  const run = (args: string[]) => retention(t.databases, t.config.mail.dir, args, { AUDIT_RETENTION_YEARS: "10" });

  it("the trigger refuses every UPDATE, and DELETE of an entry younger than the period; npm run retention deletes only the older ones", async () => {
    const ds = t.stack.subgraphs.intake.dataSource;
    await oldEntry(ds, 11, "eleven years");
    await oldEntry(ds, 9, "nine years");
    await expect(ds.query("UPDATE audit_entry SET what = 'x' WHERE complaintId = 'c-1'")).rejects.toThrow(/append-only/);
    // Before npm run retention has recorded the period, nothing may be deleted at all.
    await expect(ds.query("DELETE FROM audit_entry WHERE what = 'eleven years'")).rejects.toThrow(/append-only/);
    const dry = run(["--dry-run"]);
    expect(dry.stderr).toBe("");
    expect(dry.stdout).toMatch(/^intake audit: would delete 1 entry older than 10 year\(s\)/m);
    expect(await whats(ds)).toEqual(["eleven years", "nine years"]);
    const r = run([]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^intake audit: deleted 1 entry older than 10 year\(s\)/m);
    expect(r.stdout).toMatch(/^directorates audit: deleted 0 entries/m);
    expect(await whats(ds)).toEqual(["nine years"]);
    await expect(ds.query("DELETE FROM audit_entry WHERE what = 'nine years'")).rejects.toThrow(/append-only/);
    await expect(ds.query("UPDATE audit_entry SET what = 'x' WHERE what = 'nine years'")).rejects.toThrow(/append-only/);
    expect(await whats(ds)).toEqual(["nine years"]);
  });

  (kind === "mysql" ? it : it.skip)("the serving account has no DELETE on the audit table, not even of an entry past the period", async () => {
    const intake = t.databases.configs.intake as MysqlDatabase;
    const serving = await servingAccount([intake]);
    const ds = new DataSource({ type: "mysql", url: serving.url, database: intake.database });
    await ds.initialize();
    try {
      await oldEntry(t.stack.subgraphs.intake.dataSource, 12, "twelve years");
      await expect(ds.query("DELETE FROM audit_entry WHERE what = 'twelve years'")).rejects.toThrow(/denied/i);
      await expect(ds.query("UPDATE audit_entry SET what = 'x' WHERE what = 'twelve years'")).rejects.toThrow(/append-only/);
      expect(await whats(t.stack.subgraphs.intake.dataSource)).toEqual(["nine years", "twelve years"]);
    } finally {
      await ds.destroy();
      await serving.drop();
    }
  });
});

describe("retention in production [sqlite]", () => {
  it("a production process warns at start while RETENTION_YEARS is unset, and not once it is set", async () => {
    const keys = await productionKeys();
    const warnings = async (env: NodeJS.ProcessEnv) => {
      const t = await startTestStack("sqlite", {
        captureLogs: true,
        env: { NODE_ENV: "production", AUTH_PUBLIC_KEY_FILE: keys.idp.publicKey, AUTH_ISSUER: ISSUER, SERVICE_KEYS_DIR: keys.serviceKeysDir, ...env },
      });
      await t.stop();
      return t.logs.filter((l) => String(l.msg).startsWith("RETENTION_YEARS is not set")).map((l) => [l.level, l.service ?? l.name]);
    };
    try {
      expect(await warnings({})).toEqual([[40, "intake"]]);
      expect(await warnings({ RETENTION_YEARS: "10" })).toEqual([]);
    } finally {
      fs.rmSync(keys.dir, { recursive: true, force: true });
    }
  });
});
