import { LEGAL_CALENDAR } from "../../lib/domain/brussels-calendar";
import { DataSource } from "typeorm";
import { escalationDueAt } from "../../lib/domain/deadlines";
import { DirectorateCode, EscalationStatus, Outcome } from "../../lib/domain/enums";
import { escalationOverdue, escalationOverdueSql } from "../../lib/domain/second-line";
import { DAY_MS } from "../../lib/platform/clock";
import { Escalation } from "../../subgraphs/escalation/escalation.entity";

// The second line's own deadline: the JS rule and its SQL twin (the `overdue` filter of the escalation lists)
// select the same rows, on in-memory SQLite with the real entity.

const NOW = new Date("2026-06-30T12:00:00.000Z");

describe("Escalation.overdue: escalationOverdueSql ⇔ escalationOverdue", () => {
  let db: DataSource;
  const rows: Escalation[] = [];

  beforeAll(async () => {
    db = new DataSource({ type: "better-sqlite3", database: ":memory:", entities: [Escalation], synchronize: true });
    await db.initialize();
    // Requests around the due instant (a millisecond either side, well inside and outside), decided or not.
    const requests = [1, 29 * DAY_MS, 30 * DAY_MS - 1, 30 * DAY_MS, 30 * DAY_MS + 1, 31 * DAY_MS, 60 * DAY_MS].map((ms) => new Date(NOW.getTime() - ms));
    for (const requestedAt of requests) {
      const dueAt = escalationDueAt(requestedAt, LEGAL_CALENDAR);
      for (const decidedAt of [null, new Date(dueAt.getTime() - 1), new Date(dueAt.getTime() + 1)]) {
        if (decidedAt && decidedAt.getTime() > NOW.getTime()) continue;
        rows.push(
          db.getRepository(Escalation).create({
            id: `e${rows.length}`,
            complaintId: `c${rows.length}`,
            ownerSub: null,
            directorate: DirectorateCode.ICT,
            review: rows.length % 2 === 0,
            recordedBy: null,
            requestedAt,
            reason: "r",
            status: decidedAt ? EscalationStatus.DECIDED : EscalationStatus.REQUESTED,
            dueAt,
            decidedAt,
            decidedBy: decidedAt ? "central" : null,
            decision: decidedAt ? "d" : null,
            outcome: decidedAt ? Outcome.UNFOUNDED : null,
            remedy: null,
          }),
        );
      }
    }
    await db.getRepository(Escalation).insert(rows);
  });
  afterAll(() => db.destroy());

  it("selects exactly the undecided escalations past their due instant, and NOT selects the others", async () => {
    const select = (sql: string) =>
      db
        .getRepository(Escalation)
        .createQueryBuilder("e")
        .where(sql, { now: NOW })
        .getMany()
        .then((found) => found.map((e) => e.id).sort());
    const expected = rows.filter((e) => escalationOverdue(e, NOW)).map((e) => e.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(rows.length);
    expect(await select(escalationOverdueSql("e"))).toEqual(expected.sort());
    expect(await select(`NOT ${escalationOverdueSql("e")}`)).toEqual(
      rows
        .filter((e) => !escalationOverdue(e, NOW))
        .map((e) => e.id)
        .sort(),
    );
  });

  it("is not overdue on the due instant, overdue a millisecond after, never once decided", () => {
    const dueAt = escalationDueAt(new Date("2026-03-02T09:00:00.000Z"), LEGAL_CALENDAR);
    expect(escalationOverdue({ decidedAt: null, dueAt }, dueAt)).toBe(false);
    expect(escalationOverdue({ decidedAt: null, dueAt }, new Date(dueAt.getTime() + 1))).toBe(true);
    expect(escalationOverdue({ decidedAt: dueAt, dueAt }, new Date(dueAt.getTime() + DAY_MS))).toBe(false);
  });
});
