import type { DataSource } from "typeorm";
import { ServiceTokens } from "../lib/auth/service-tokens";
import { EventConsumer, httpFeed } from "../lib/events/consumer";
import { createLogger } from "../lib/platform/logger";
import { fromIntake } from "../subgraphs/directorates/events";
import { central, citizenOwner, coordinatorOther, coordinatorOwn, fileInput } from "./helpers/callers";
import { DATABASE_KINDS } from "./helpers/databases";
import { days, ok, paperInput, procedure } from "./helpers/procedure";
import { answerInput } from "./helpers/reasoned";
import { START, useTestStack } from "./helpers/stack";

const count = async (ds: DataSource, sql: string, params: unknown[] = []) => Number((await ds.query(sql, params))[0].n);

// Only intake is involved while the other subgraph is down: no field of it is asked for.
const FILE_MIN = `mutation($input: FileComplaintInput!) { fileComplaint(input: $input) { id reference } }`;
const REGISTER_MIN = `mutation($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id reference status } }`;
const TRANSFER_MIN = `mutation($id: ID!, $to: DirectorateCode!) { transferComplaint(id: $id, to: $to, note: "Concerns the e-government portal") { id } }`;
const LIST = `query($after: String) { complaints(first: 50, after: $after) { totalCount nextCursor items { id reference status
  firstLine { acknowledgedAt acknowledgementOverdue answerOverdue } } } }`;

describe.each(DATABASE_KINDS)("domain events survive a stopped subgraph and redelivery [%s]", (kind) => {
  const t = useTestStack(kind);
  const p = procedure(t);

  it("directorates down while complaints are filed and registered, and a transfer refused: after restart its coordinators see each of them once, with firstLine", async () => {
    t.clock.set(START);
    await t.stack.stopSubgraph("directorates");
    const filed: string[] = [];
    for (let i = 0; i < 4; i++)
      filed.push(ok(await t.query(FILE_MIN, { input: fileInput({ subject: `Filed while down ${i}` }) }, citizenOwner)).fileComplaint.id);
    const registered: string[] = [];
    for (const channel of ["POST", "FAX"])
      registered.push(ok(await t.query(REGISTER_MIN, { input: paperInput({ channel }) }, coordinatorOwn)).registerComplaint.id);
    const anonymous = ok(await t.query(REGISTER_MIN, { input: paperInput({ complainant: null }) }, central)).registerComplaint;
    expect(anonymous.status).toBe("INADMISSIBLE");
    // The first line decides a transfer (one arbiter with the answer, docs/architecture.md): without it, none is made.
    const intakeOutbox = () => count(t.stack.subgraphs.intake.dataSource, "SELECT COUNT(*) AS n FROM outbox_event");
    const before = await intakeOutbox();
    const refused = await t.query(TRANSFER_MIN, { id: filed[3], to: "ICT" }, coordinatorOwn);
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(["SERVICE_UNAVAILABLE"]);
    expect(await intakeOutbox()).toBe(before);

    await t.settle(); // directorates is down: nothing to deliver to it, and no error either
    await t.stack.restartSubgraph("directorates");
    await t.settle();
    ok(await t.query(TRANSFER_MIN, { id: filed[3], to: "ICT" }, coordinatorOwn));
    await t.settle();

    const dvz = ok(await t.query(LIST, {}, coordinatorOwn)).complaints;
    const dvzIds = [...filed.slice(0, 3), ...registered, anonymous.id];
    expect(dvz.totalCount).toBe(dvzIds.length);
    expect(dvz.items.map((c: { id: string }) => c.id).sort()).toEqual([...dvzIds].sort());
    for (const c of dvz.items) expect(c.firstLine).toEqual({ acknowledgedAt: null, acknowledgementOverdue: false, answerOverdue: false });

    const ict = ok(await t.query(LIST, {}, coordinatorOther)).complaints;
    expect(ict.items.map((c: { id: string }) => c.id)).toEqual([filed[3]]);
    expect(ict.items[0].firstLine).not.toBeNull();

    const ds = t.stack.subgraphs.directorates.dataSource;
    expect(await count(ds, "SELECT COUNT(*) AS n FROM complaint_case")).toBe(7);
    for (const id of [...dvzIds, filed[3]]) expect(await count(ds, "SELECT COUNT(*) AS n FROM complaint_case WHERE complaintId = ?", [id])).toBe(1);
    expect(await count(ds, "SELECT COUNT(*) AS n FROM complaint_case WHERE directorate = 'ICT'")).toBe(1);
    // Every intake event applied once.
    const outbox = await count(t.stack.subgraphs.intake.dataSource, "SELECT COUNT(*) AS n FROM outbox_event");
    expect(await count(ds, "SELECT COUNT(*) AS n FROM inbox_event WHERE source = 'intake'")).toBe(outbox);

    // The first line works on them: acknowledgement for the admissible-or-pending ones, in their current directorate.
    for (const id of [...filed.slice(0, 3), ...registered]) expect((await p.acknowledge(id)).acknowledgedAt).toBe(START);
    expect((await p.acknowledge(filed[3], coordinatorOther)).acknowledgedAt).toBe(START);
    await t.settle();
    for (const id of [...filed.slice(0, 3), ...registered, filed[3]]) expect((await p.read(id)).status).toBe("ACKNOWLEDGED");
  });

  it("escalation down while first-line answers are given: after restart + settle, requestEscalation works for each and each is ESCALATED", async () => {
    t.clock.set(START);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await p.admissible({ subject: `Answered while escalation is down ${i}` })).id);

    await t.stack.stopSubgraph("escalation");
    t.clock.set("2026-03-10T09:00:00.000Z");
    for (const id of ids) {
      const r = ok(
        await t.query(
          `mutation($id: ID!, $input: AnswerInput!) { answerComplaint(complaintId: $id, input: $input) { answeredAt } }`,
          { id, input: answerInput("UNFOUNDED") },
          coordinatorOwn,
        ),
      );
      expect(r.answerComplaint.answeredAt).toBe("2026-03-10T09:00:00.000Z");
    }
    await t.settle();
    await t.stack.restartSubgraph("escalation");
    await t.settle();

    const es = t.stack.subgraphs.escalation.dataSource;
    for (const id of ids) expect(await count(es, "SELECT COUNT(*) AS n FROM complaint_fact WHERE complaintId = ? AND answeredAt IS NOT NULL", [id])).toBe(1);
    const outbox = await count(t.stack.subgraphs.directorates.dataSource, "SELECT COUNT(*) AS n FROM outbox_event");
    expect(await count(es, "SELECT COUNT(*) AS n FROM inbox_event WHERE source = 'directorates'")).toBe(outbox);

    t.clock.set("2026-03-11T09:00:00.000Z");
    for (const id of ids) expect((await p.requestEscalation(id)).status).toBe("REQUESTED");
    await t.settle();
    for (const id of ids) {
      const c = await p.read(id, citizenOwner);
      expect(c.status).toBe("ESCALATED");
      expect(c.ombudsman).not.toBeNull();
      expect(c.timeline.map((s: { status: string }) => s.status)).toEqual(["RECEIVED", "ACKNOWLEDGED", "ANSWERED", "ESCALATED"]);
    }
  });

  it("feeds out of step: intake learns of the escalation before the answer it follows; the status never goes back and the timeline stays in time order", async () => {
    t.clock.set(START);
    const { id } = await p.admissible();
    t.clock.set(days(START, 3));
    await p.answer(id);
    // Only the escalation subgraph reads the directorates' feed now; then that feed goes away.
    const fromDirectorates = t.stack.subgraphs.escalation.subgraph.consumers.find((c) => c.source === "directorates")!;
    expect(await fromDirectorates.drain()).toBe(2);
    await t.stack.stopSubgraph("directorates");
    t.clock.set(days(START, 4));
    await p.requestEscalation(id);
    await t.settle();
    const early = ok(await t.query(`query($id: ID!) { complaint(id: $id) { status timeline { status at } } }`, { id }, citizenOwner)).complaint;
    expect(early).toEqual({
      status: "ESCALATED",
      timeline: [
        { status: "RECEIVED", at: START },
        { status: "ESCALATED", at: days(START, 4) },
      ],
    });

    await t.stack.restartSubgraph("directorates");
    await t.settle();
    const c = await p.read(id, citizenOwner);
    expect(c.status).toBe("ESCALATED");
    expect(c.timeline).toEqual([
      { status: "RECEIVED", at: START, note: null },
      { status: "ACKNOWLEDGED", at: days(START, 3), note: null },
      { status: "ANSWERED", at: days(START, 3), note: null },
      { status: "ESCALATED", at: days(START, 4), note: null },
    ]);
  });

  /** Everything the consumers wrote, to compare before and after a redelivery. */
  async function consumerState() {
    const { intake, directorates, escalation } = t.stack.subgraphs;
    return {
      cases: await directorates.dataSource.query("SELECT * FROM complaint_case ORDER BY complaintId"),
      facts: await escalation.dataSource.query("SELECT * FROM complaint_fact ORDER BY complaintId"),
      escalations: await escalation.dataSource.query("SELECT * FROM escalation ORDER BY id"),
      complaints: await intake.dataSource.query("SELECT id, status, directorate, acknowledgedAt, answeredAt FROM complaint ORDER BY id"),
      timeline: await intake.dataSource.query("SELECT complaintId, status, at, note FROM status_change ORDER BY id"),
    };
  }

  it("delivering every event a second time (feed cursors reset to 0, drained again) changes nothing", async () => {
    // Make the last steps ones that a replay of an earlier event could undo: a transfer after filing, a withdrawal.
    t.clock.set(START);
    const moved = await p.file();
    const gone = await p.file();
    await t.settle();
    ok(await t.query(TRANSFER_MIN, { id: moved.id, to: "ICT" }, coordinatorOwn));
    ok(await t.query(`mutation($id: ID!) { withdrawComplaint(id: $id) { id } }`, { id: gone.id }, citizenOwner));
    await t.settle();
    const before = await consumerState();
    expect(before.cases.find((c: { complaintId: string }) => c.complaintId === moved.id).directorate).toBe("ICT");

    for (const running of Object.values(t.stack.subgraphs)) {
      await running.dataSource.query("UPDATE feed_cursor SET lastSeq = 0");
      for (const consumer of running.subgraph.consumers) expect(await consumer.drain()).toBe(0);
      for (const row of await running.dataSource.query("SELECT lastSeq FROM feed_cursor")) expect(Number(row.lastSeq)).toBeGreaterThan(0);
    }
    await t.settle();
    expect(await consumerState()).toEqual(before);
  });

  it("two consumers of one feed over one database, draining concurrently, apply each event exactly once", async () => {
    t.clock.set(START);
    const ids: string[] = [];
    const running = t.stack.subgraphs.directorates;
    // Selecting intake's fields only: a response reaching into directorates would have it catch up with these events (read-your-writes).
    const FILE_MIN = `mutation($input: FileComplaintInput!) { fileComplaint(input: $input) { id } }`;
    const file = async (i: number) =>
      ids.push(ok(await t.query(FILE_MIN, { input: fileInput({ subject: `Replica test ${i}` }) }, citizenOwner)).fileComplaint.id);
    // The transfers first: the first line decides each (docs/architecture.md), catching up with intake's feed before it does.
    for (let i = 0; i < 4; i++) await file(i);
    for (const id of ids.slice(0, 4)) ok(await t.query(TRANSFER_MIN, { id, to: "ICT" }, coordinatorOwn));
    for (let i = 4; i < 12; i++) await file(i);
    for (const id of ids.slice(4, 6)) ok(await t.query(`mutation($id: ID!) { withdrawComplaint(id: $id) { id } }`, { id }, citizenOwner));
    const cursor = async () => Number((await running.dataSource.query("SELECT lastSeq FROM feed_cursor WHERE source = 'intake'"))[0].lastSeq);
    const newEvents = (await count(t.stack.subgraphs.intake.dataSource, "SELECT COUNT(*) AS n FROM outbox_event")) - (await cursor());
    // At least the last transfer, the 8 filings after it and the 2 withdrawals wait for the consumers.
    expect(newEvents).toBeGreaterThanOrEqual(11);

    // A second replica's consumer: same database, same feed, small batches so the two interleave.
    const replica = (batchSize: number) =>
      ServiceTokens.load(t.config.serviceKeysDir, "directorates", { generate: true }).then(
        (tokens) =>
          new EventConsumer({
            source: "intake",
            feed: httpFeed("intake", () => t.stack.subgraphs.intake.url, tokens),
            dataSource: running.dataSource,
            handlers: fromIntake,
            batchSize,
            pollMs: 10,
            log: createLogger("replica", "silent"),
          }),
      );
    const [own] = running.subgraph.consumers;
    const applied = await Promise.all([own.drain(), (await replica(3)).drain(), (await replica(5)).drain()]);
    expect(applied.reduce((a, b) => a + b, 0)).toBe(newEvents);

    const ds = running.dataSource;
    const outbox = await count(t.stack.subgraphs.intake.dataSource, "SELECT COUNT(*) AS n FROM outbox_event");
    expect(await count(ds, "SELECT COUNT(*) AS n FROM inbox_event WHERE source = 'intake'")).toBe(outbox);
    for (const [i, id] of ids.entries()) {
      const rows = await ds.query("SELECT directorate, withdrawn FROM complaint_case WHERE complaintId = ?", [id]);
      expect(rows).toHaveLength(1);
      expect(rows[0].directorate).toBe(i < 4 ? "ICT" : "IMMIGRATION_OFFICE");
      expect(Boolean(Number(rows[0].withdrawn))).toBe(i >= 4 && i < 6);
    }
    expect(Number((await ds.query("SELECT lastSeq FROM feed_cursor WHERE source = 'intake'"))[0].lastSeq)).toBe(outbox);
  });
});
