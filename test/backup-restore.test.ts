import fs from "node:fs";
import path from "node:path";
import { DataSource } from "typeorm";
import { LEGAL_CALENDAR } from "../lib/domain/brussels-calendar";
import { rebuildCounters } from "../subgraphs/escalation/report.counters";
import type { SubgraphName } from "../lib/config";
import { central, citizenOwner, coordinatorOther, coordinatorOwn } from "./helpers/callers";
import { describeWithMariadbTools, dumpDatabase, restoreDatabase, runSql } from "./helpers/mariadb-dump";
import { TRANSFER, WITHDRAW, ok, procedure } from "./helpers/procedure";
import { START, useTestStack, type TestStack } from "./helpers/stack";

const rows = <T = Record<string, unknown>>(ds: DataSource, sql: string, params: unknown[] = []): Promise<T[]> => ds.query(sql, params);
const REPORT = `query { annualReport(year: 2026) { totals { received } byDirectorate { directorate { code } statistics { received } } } }`;

/** The ids of a producer's outbox, by position. */
async function outbox(ds: DataSource): Promise<{ seq: number; id: string }[]> {
  return (await rows<{ seq: number; id: string }>(ds, "SELECT seq, id FROM outbox_event ORDER BY seq")).map((r) => ({ seq: Number(r.seq), id: r.id }));
}

/** How many times `consumer` applied each of `source`'s current events (by event id), and where its cursor stands. */
async function applied(t: TestStack, consumer: SubgraphName, source: SubgraphName) {
  const events = await outbox(t.stack.subgraphs[source].dataSource);
  const ds = t.stack.subgraphs[consumer].dataSource;
  const inbox = await rows<{ eventId: string }>(ds, "SELECT eventId FROM inbox_event WHERE source = ?", [source]);
  const times = (id: string) => inbox.filter((r) => r.eventId === id).length;
  const [cursor] = await rows<{ lastSeq: number; lastEventId: string }>(ds, "SELECT lastSeq, lastEventId FROM feed_cursor WHERE source = ?", [source]);
  return {
    notOnce: events.filter((e) => times(e.id) !== 1),
    cursor: { seq: Number(cursor?.lastSeq ?? 0), eventId: cursor?.lastEventId ?? null },
    end: events[events.length - 1],
  };
}

/** Each consumer has applied every event `source` now has exactly once, and its cursor stands at the end of `source`'s feed. */
async function expectCaughtUp(t: TestStack, consumers: SubgraphName[], source: SubgraphName) {
  for (const consumer of consumers) {
    const state = await applied(t, consumer, source);
    expect({ consumer, notOnce: state.notOnce, cursor: state.cursor }).toEqual({
      consumer,
      notOnce: [],
      cursor: { seq: state.end.seq, eventId: state.end.id },
    });
  }
}

/** The consumers' reports that `source`'s feed went back, by service. */
const rewindReports = (t: TestStack, source: SubgraphName) =>
  t.logs
    .filter((l) => l.source === source && /event feed went back/.test(String(l.msg)))
    .map((l) => ({ service: l.service, level: l.level, resumedAt: l.resumedAt, lostEvents: l.lostEvents, lostComplaints: l.lostComplaints }))
    .sort((a, b) => String(a.service).localeCompare(String(b.service)));

/** Each complaint as every subgraph holds it: intake's record beside the directorates' and escalation's copies. */
async function acrossSubgraphs(t: TestStack) {
  const { intake, directorates, escalation } = t.stack.subgraphs;
  const complaints = await rows<Record<string, unknown>>(
    intake.dataSource,
    "SELECT id, reference, directorate, admissibility, acknowledgedAt, answeredAt FROM complaint",
  );
  const cases = await rows<Record<string, unknown>>(
    directorates.dataSource,
    "SELECT complaintId, reference, directorate, admissibility, acknowledgedAt, answeredAt FROM complaint_case",
  );
  const facts = await rows<Record<string, unknown>>(
    escalation.dataSource,
    "SELECT complaintId, directorate, admissibility, acknowledgedAt, answeredAt FROM complaint_fact",
  );
  const time = (v: unknown) => (v ? new Date(v as string).toISOString() : null);
  const view = (r: Record<string, unknown> | undefined) =>
    r && { directorate: r.directorate, admissibility: r.admissibility, acknowledgedAt: time(r.acknowledgedAt), answeredAt: time(r.answeredAt) };
  const ids = [...new Set([...complaints.map((c) => c.id), ...cases.map((c) => c.complaintId), ...facts.map((f) => f.complaintId)])] as string[];
  return ids.map((id) => ({
    id,
    intake: view(complaints.find((c) => c.id === id)),
    directorates: view(cases.find((c) => c.complaintId === id)),
    escalation: view(facts.find((f) => f.complaintId === id)),
  }));
}

/** How many transfers intake's timeline of the complaint records. */
async function transfersInIntake(t: TestStack, complaintId: string): Promise<number> {
  const [row] = await rows<{ n: number }>(
    t.stack.subgraphs.intake.dataSource,
    "SELECT COUNT(*) AS n FROM status_change WHERE complaintId = ? AND kind = 'TRANSFER'",
    [complaintId],
  );
  return Number(row.n);
}

const differing = (view: Awaited<ReturnType<typeof acrossSubgraphs>>) =>
  view.filter((c) => JSON.stringify(c.intake) !== JSON.stringify(c.directorates) || JSON.stringify(c.intake) !== JSON.stringify(c.escalation)).map((c) => c.id);

describeWithMariadbTools("backup and restore with mariadb-dump: one subgraph's database restored to an earlier point [mysql]", () => {
  const t = useTestStack("mysql", { captureLogs: true });
  const p = procedure(t);
  const dumps = () => path.join(t.databases.dataDir, "dumps");
  const transfer = async (id: string, to: string) => ok(await t.query(TRANSFER, { id, to, note: "Concerns the e-government portal" }, coordinatorOwn));

  /** What the runbook says: the subgraph stopped, its database restored from the dump, the step after (if any), the subgraph started. */
  async function restore(name: SubgraphName, file: string, before?: () => Promise<void>) {
    await t.stack.stopSubgraph(name);
    await restoreDatabase(t.databases.configs[name], file);
    await before?.();
    await t.stack.restartSubgraph(name);
  }

  it("intake (a producer) restored: consumers see its feed went back, apply its new events on reused positions once, report what it lost; no reference is handed out twice", async () => {
    fs.mkdirSync(dumps(), { recursive: true });
    t.clock.set(START);
    // Before the dump: complaints at several steps, every event applied everywhere.
    const screened = await p.admissible({ subject: "Screened before the backup" });
    const acknowledged = await p.admissible({ subject: "Acknowledged before the backup" });
    await p.acknowledge(acknowledged.id);
    const toMove = await p.filed({ subject: "Transferred after the backup" });
    await t.settle();
    const file = path.join(dumps(), "intake.sql");
    await dumpDatabase(t.databases.configs.intake, file);
    const atDump = await outbox(t.stack.subgraphs.intake.dataSource);

    // After the dump: work in intake that the restore will lose, and work elsewhere that it will not.
    const lostFilings = [await p.file({ subject: "Filed after the backup 1" }), await p.file({ subject: "Filed after the backup 2" })];
    await transfer(toMove.id, "ICT");
    await p.acknowledge(screened.id);
    await p.answer(acknowledged.id);
    await t.settle();
    const beforeRestore = await outbox(t.stack.subgraphs.intake.dataSource);
    expect(beforeRestore.length - atDump.length).toBe(3);
    const lostReferences = lostFilings.map((c) => c.reference as string);

    // The restore, with the runbook's step for references: the counter moved past every reference the directorates know.
    await restore("intake", file, () => runSql(t.databases.configs.intake, referenceFloorSql(t)));
    expect((await outbox(t.stack.subgraphs.intake.dataSource)).slice(0, atDump.length)).toEqual(atDump);
    // The transfer was the directorates' decision (their ComplaintReleased, kept there): intake, reading their feed
    // again from its restored cursor, records it anew, as one new event on the first position its consumers read before.
    await t.settle();
    const recovered = await rows<{ seq: number; type: string; complaintId: string }>(
      t.stack.subgraphs.intake.dataSource,
      "SELECT seq, type, complaintId FROM outbox_event WHERE seq > ? ORDER BY seq",
      [atDump[atDump.length - 1].seq],
    );
    expect(recovered.map((e) => ({ ...e, seq: Number(e.seq) }))).toEqual([
      { seq: beforeRestore[atDump.length].seq, type: "ComplaintTransferred", complaintId: toMove.id },
    ]);

    // New work in intake: its first events reuse positions the consumers read before, with other events; the last ones go past them.
    const filedAfter = [await p.file({ subject: "Filed after the restore 1" }), await p.file({ subject: "Filed after the restore 2" })];
    await p.screen(filedAfter[0].id, true);
    const lastAfter = await p.file({ subject: "Filed after the restore 3" });
    const now = await outbox(t.stack.subgraphs.intake.dataSource);
    expect(now.slice(0, atDump.length)).toEqual(atDump);
    const lostSeqs = beforeRestore.slice(atDump.length).map((e) => e.seq);
    const newSeqs = now.map((e) => e.seq).slice(atDump.length);
    expect(newSeqs).toEqual(lostSeqs.concat(lostSeqs[lostSeqs.length - 1] + 1, lostSeqs[lostSeqs.length - 1] + 2));
    await t.settle();

    // References: none handed out again; numbering goes on after the lost ones (the two lost numbers are a gap now).
    const lastLost = Number(lostReferences[1].slice(-6));
    expect([...filedAfter, lastAfter].map((c) => c.reference)).toEqual([1, 2, 3].map((n) => `IBZ-2026-${String(lastLost + n).padStart(6, "0")}`));

    // Every event intake now has is applied once by both consumers, whose cursors stand at its end.
    await expectCaughtUp(t, ["directorates", "escalation"], "intake");
    // Intake, a consumer too, read the others' feeds again from its restored cursors: their events since the dump applied once more, on the restored data.
    for (const source of ["directorates", "escalation"] as const) expect((await applied(t, "intake", source)).notOnce).toEqual([]);
    expect((await p.read(screened.id)).status).toBe("ACKNOWLEDGED");
    expect((await p.read(acknowledged.id)).timeline.map((s: { status: string }) => s.status)).toEqual(["RECEIVED", "ACKNOWLEDGED", "ANSWERED"]);

    // Each consumer said once, at error level, what intake lost: the two filings and the transfer, applied here and kept
    // (the transfer's event came again since, at the same position with another id: a new event, applied once above).
    const lostIds = [...lostFilings.map((c) => c.id), toMove.id].sort();
    expect(rewindReports(t, "intake")).toEqual(
      ["directorates", "escalation"].map((service) => ({
        service,
        level: 50,
        resumedAt: atDump[atDump.length - 1].seq,
        lostEvents: 3,
        lostComplaints: lostIds,
      })),
    );
    for (const name of ["directorates", "escalation"] as const) {
      const metrics = await (await fetch(`${t.stack.subgraphs[name].url}/metrics`)).text();
      expect({
        name,
        rewinds: /ibz_event_feed_rewinds_total\{source="intake"[^}]*\} (\d+)/.exec(metrics)?.[1],
        lost: /ibz_events_lost_total\{source="intake"[^}]*\} (\d+)/.exec(metrics)?.[1],
      }).toEqual({ name, rewinds: "1", lost: "3" });
    }

    // Across subgraphs every complaint agrees except the lost filings: the transfer is in intake again, recorded once.
    expect(differing(await acrossSubgraphs(t)).sort()).toEqual(lostFilings.map((c) => c.id).sort());
    expect(await transfersInIntake(t, toMove.id)).toBe(1);

    // The operator reconciles the rest as the runbook says: the copies of lost filings removed.
    for (const name of ["directorates", "escalation"] as const)
      await runSql(
        t.databases.configs[name],
        lostFilingsSql(
          name,
          lostFilings.map((c) => c.id),
        ),
        (t.databases.configs[name] as { database: string }).database,
      );
    // Facts changed by hand: the report's counters are recounted from them (`npm run report:rebuild`).
    await rebuildCounters(t.stack.subgraphs.escalation.dataSource, LEGAL_CALENDAR);
    await t.settle();
    const view = await acrossSubgraphs(t);
    expect(differing(view)).toEqual([]);
    expect(view).toHaveLength(6);

    // The figures agree with intake: six complaints received, five at the Immigration Office and one at ICT.
    const report = ok(await t.query(REPORT, {}, central)).annualReport;
    expect(report.totals.received).toBe(6);
    const received = Object.fromEntries(
      report.byDirectorate.map((d: { directorate: { code: string }; statistics: { received: number } }) => [d.directorate.code, d.statistics.received]),
    );
    expect({ dvz: received.IMMIGRATION_OFFICE, ict: received.ICT }).toEqual({ dvz: 5, ict: 1 });
    const ict = ok(await t.query(`query { complaints(first: 10) { items { id } } }`, {}, coordinatorOther)).complaints.items;
    expect(ict).toEqual([{ id: toMove.id }]);
  });

  it("directorates (a consumer of intake and escalation) restored with only a transfer's release of its own since the dump: its consumers report the lost release; it reads both feeds again from its restored cursors and converges, each event applied once", async () => {
    const received = async () => ok(await t.query(REPORT, {}, central)).annualReport.totals.received as number;
    const before = await received();
    const answered = await p.answered();
    const moved = await p.filed({ subject: "Transferred after the directorates' backup" });
    const file = path.join(dumps(), "directorates.sql");
    await dumpDatabase(t.databases.configs.directorates, file);
    const directoratesOutbox = await outbox(t.stack.subgraphs.directorates.dataSource);

    // After the dump, other subgraphs' work that the directorates learn of by their feeds, and a transfer: the first
    // line's release (its one event after the dump), which intake records as ComplaintTransferred.
    const filed = await p.file({ subject: "Filed after the directorates' backup" });
    const withdrawn = await p.file({ subject: "Withdrawn after the directorates' backup" });
    ok(await t.query(WITHDRAW, { id: withdrawn.id }, citizenOwner));
    await transfer(moved.id, "ICT");
    await p.requestEscalation(answered.id);
    await t.settle();
    const rewindsBefore = t.logs.filter((l) => /event feed went back/.test(String(l.msg))).length;

    await restore("directorates", file);
    const stale = await rows<{ complaintId: string }>(
      t.stack.subgraphs.directorates.dataSource,
      "SELECT complaintId FROM complaint_case WHERE complaintId IN (?, ?)",
      [filed.id, withdrawn.id],
    );
    expect(stale).toEqual([]);
    await t.settle();

    // Its outbox is as it was at the dump: the release is lost, and each of its consumers said so once.
    expect(await outbox(t.stack.subgraphs.directorates.dataSource)).toEqual(directoratesOutbox);
    expect(t.logs.filter((l) => /event feed went back/.test(String(l.msg))).length).toBe(rewindsBefore + 2);
    expect(rewindReports(t, "directorates")).toEqual(
      ["escalation", "intake"].map((service) => ({
        service,
        level: 50,
        resumedAt: directoratesOutbox[directoratesOutbox.length - 1].seq,
        lostEvents: 1,
        lostComplaints: [moved.id],
      })),
    );
    for (const source of ["intake", "escalation"] as const) await expectCaughtUp(t, ["directorates"], source);
    const cases = await rows<{ complaintId: string; directorate: string; withdrawn: number; escalated: number }>(
      t.stack.subgraphs.directorates.dataSource,
      "SELECT complaintId, directorate, withdrawn, escalated FROM complaint_case WHERE complaintId IN (?, ?, ?, ?) ORDER BY complaintId",
      [answered.id, moved.id, filed.id, withdrawn.id],
    );
    const expected = [
      { complaintId: answered.id, directorate: "IMMIGRATION_OFFICE", withdrawn: 0, escalated: 1 },
      { complaintId: moved.id, directorate: "ICT", withdrawn: 0, escalated: 0 },
      { complaintId: filed.id, directorate: "IMMIGRATION_OFFICE", withdrawn: 0, escalated: 0 },
      { complaintId: withdrawn.id, directorate: "IMMIGRATION_OFFICE", withdrawn: 1, escalated: 0 },
    ].sort((a, b) => a.complaintId.localeCompare(b.complaintId));
    expect(cases.map((c) => ({ ...c, withdrawn: Number(c.withdrawn), escalated: Number(c.escalated) }))).toEqual(expected);

    // It decides on what it re-learnt: the ICT coordinator sends the complaint back, a release on the lost one's position
    // (intake, which recorded the lost one there, records this one too); the Immigration Office acknowledges it.
    const back = ok(await t.query(TRANSFER, { id: moved.id, to: "IMMIGRATION_OFFICE", note: "Concerns a visa after all" }, coordinatorOther));
    expect(back.transferComplaint.directorate.code).toBe("IMMIGRATION_OFFICE");
    const released = (await outbox(t.stack.subgraphs.directorates.dataSource)).slice(directoratesOutbox.length);
    expect(released.map((e) => e.seq)).toEqual([directoratesOutbox[directoratesOutbox.length - 1].seq + 1]);
    expect(await transfersInIntake(t, moved.id)).toBe(2);
    await p.acknowledge(moved.id, coordinatorOwn);
    await t.settle();
    expect((await p.read(moved.id)).status).toBe("ACKNOWLEDGED");
    expect(differing(await acrossSubgraphs(t))).toEqual([]);
    expect(await received()).toBe(before + 4);
  });
});

/** The runbook's reference step on SQLite (docs/operations.md), with the directorates' database attached as `d`. */
const SQLITE_REFERENCE_STEP = `INSERT INTO reference_counter (year, lastNumber)
  SELECT CAST(substr(reference, 5, 4) AS INTEGER), MAX(CAST(substr(reference, 10) AS INTEGER)) FROM d.complaint_case WHERE true GROUP BY 1
  ON CONFLICT (year) DO UPDATE SET lastNumber = MAX(lastNumber, excluded.lastNumber)`;

/**
 * The same on SQLite, where a backup is a copy of the subgraph's file: the consumers'
 * side of a producer's restore (detection, exactly once, the report) and the reference step.
 */
describe("a producer's database file restored from a copy [sqlite]", () => {
  const t = useTestStack("sqlite", { captureLogs: true });
  const p = procedure(t);
  const transfer = async (id: string, to: string) => ok(await t.query(TRANSFER, { id, to, note: "Concerns the e-government portal" }, coordinatorOwn));
  const intakeFile = () => (t.databases.configs.intake as { file: string }).file;
  const copy = async (from: string, to: string, before?: () => Promise<void>) => {
    await t.stack.stopSubgraph("intake");
    for (const suffix of ["-wal", "-shm"]) fs.rmSync(to + suffix, { force: true });
    fs.copyFileSync(from, to);
    if (fs.existsSync(from + "-wal")) fs.copyFileSync(from + "-wal", to + "-wal");
    await before?.();
    await t.stack.restartSubgraph("intake");
  };
  /** The runbook's reference step on SQLite: intake's file with the directorates' attached. */
  const referenceStep = async () => {
    const intake = new DataSource({ type: "better-sqlite3", database: intakeFile() });
    await intake.initialize();
    await intake.query("ATTACH DATABASE ? AS d", [(t.databases.configs.directorates as { file: string }).file]);
    await intake.query(SQLITE_REFERENCE_STEP);
    await intake.destroy();
  };

  it("consumers apply intake's new events on reused positions once and report the lost ones; references go on past the lost one", async () => {
    t.clock.set(START);
    const kept = await p.admissible({ subject: "Before the copy" });
    const backup = path.join(t.databases.dataDir, "intake-copy.sqlite");
    await copy(intakeFile(), backup);
    const atCopy = await outbox(t.stack.subgraphs.intake.dataSource);

    const lost = await p.file({ subject: "Filed after the copy" });
    await transfer(kept.id, "ICT");
    await t.settle();
    await copy(backup, intakeFile(), referenceStep);

    const after = [await p.file({ subject: "Filed after the restore 1" }), await p.file({ subject: "Filed after the restore 2" })];
    await p.file({ subject: "Filed after the restore 3" });
    await t.settle();

    await expectCaughtUp(t, ["directorates", "escalation"], "intake");
    const lostComplaints = [lost.id, kept.id].sort();
    expect(rewindReports(t, "intake")).toEqual(
      ["directorates", "escalation"].map((service) => ({ service, level: 50, resumedAt: atCopy[atCopy.length - 1].seq, lostEvents: 2, lostComplaints })),
    );
    // The lost transfer was the directorates' release, which they kept: intake recorded it again from their feed (once).
    expect(differing(await acrossSubgraphs(t))).toEqual([lost.id]);
    expect(await transfersInIntake(t, kept.id)).toBe(1);
    // Without the reference step the restored counter would hand out the lost filing's reference again.
    expect(after.map((c) => c.reference)).toEqual([1, 2].map((n) => `IBZ-2026-${String(Number(lost.reference.slice(-6)) + n).padStart(6, "0")}`));
  });
});

/** The runbook's reference step (intake restored, before it starts): each year's counter past the highest reference the directorates know. */
function referenceFloorSql(t: TestStack): string {
  const { intake, directorates } = t.databases.configs as Record<SubgraphName, { database: string }>;
  return `INSERT INTO \`${intake.database}\`.reference_counter (year, lastNumber)
    SELECT CAST(SUBSTRING(reference, 5, 4) AS UNSIGNED), MAX(CAST(SUBSTRING(reference, 10) AS UNSIGNED)) FROM \`${directorates.database}\`.complaint_case GROUP BY 1
    ON DUPLICATE KEY UPDATE lastNumber = GREATEST(lastNumber, VALUES(lastNumber));`;
}

/** The runbook's clean-up of the copies of filings intake lost, once handled. */
function lostFilingsSql(name: "directorates" | "escalation", ids: string[]): string {
  const list = ids.map((id) => `'${id}'`).join(", ");
  return name === "directorates" ? `DELETE FROM complaint_case WHERE complaintId IN (${list});` : `DELETE FROM complaint_fact WHERE complaintId IN (${list});`;
}
