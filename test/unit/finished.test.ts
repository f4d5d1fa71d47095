import { DataSource } from "typeorm";
import { ConfigError, loadConfig } from "../../lib/config";
import { ErasureGround, erasureRefusal } from "../../lib/domain/erasure";
import { Admissibility, Channel, ComplaintCategory, ComplaintStatus, DirectorateCode, Language } from "../../lib/domain/enums";
import { OPEN, finalAct, finishFactsOnMove, finishedAt, finishedBeforeSql, isFinished, retentionBound, type FinishFacts } from "../../lib/domain/finished";
import { escalationWindowRefusal } from "../../lib/domain/second-line";
import { withoutPersonalText } from "../../lib/events/personal-payload";
import { DAY_MS } from "../../lib/platform/clock";
import { Complaint } from "../../subgraphs/intake/complaint.entity";

const NOW = new Date("2026-06-30T12:00:00.000Z");
const WINDOW = 90;
const at = (days: number, ms = 0) => new Date(NOW.getTime() + days * DAY_MS + ms);

describe("finished (lib/domain/finished.ts)", () => {
  it("a withdrawal and a second-line decision are final at once; an answer and an inadmissibility decision after the window", () => {
    expect(finishedAt(finalAct("withdrawal", NOW), WINDOW)).toEqual(NOW);
    expect(finishedAt(finalAct("secondLineDecision", NOW), WINDOW)).toEqual(NOW);
    expect(finishedAt(finalAct("answer", NOW), WINDOW)).toEqual(at(90));
    expect(finishedAt(finalAct("inadmissibility", NOW), 30)).toEqual(at(30));
    expect(finishedAt(OPEN, WINDOW)).toBeNull();
    expect(isFinished(finalAct("answer", NOW), at(90, -1), WINDOW)).toBe(false);
    expect(isFinished(finalAct("answer", NOW), at(90), WINDOW)).toBe(true);
    expect(finishFactsOnMove(ComplaintStatus.WITHDRAWN, NOW)).toEqual(finalAct("withdrawal", NOW));
    expect(finishFactsOnMove(ComplaintStatus.INADMISSIBLE, NOW)).toEqual(finalAct("inadmissibility", NOW));
    expect(finishFactsOnMove(ComplaintStatus.RECEIVED, NOW)).toEqual(OPEN);
  });

  it("the retention bound is calendar years back, in UTC", () => {
    expect(retentionBound(new Date("2033-02-10T08:00:00.000Z"), 7)).toEqual(new Date("2026-02-10T08:00:00.000Z"));
  });

  describe("finishedBeforeSql selects exactly the complaints isFinished accepts", () => {
    let db: DataSource;
    const offsets = [-400, -91, -90, -89, -1, 0, 1, 30].flatMap((d) => [-1, 0, 1].map((ms) => at(d, ms)));
    const facts: (FinishFacts & { id: string })[] = [
      { id: "open", ...OPEN },
      ...offsets.flatMap((when, n) => [
        { id: `a${n}`, finalActAt: when, finalActAppealable: true },
        { id: `f${n}`, finalActAt: when, finalActAppealable: false },
      ]),
    ];

    beforeAll(async () => {
      db = new DataSource({ type: "better-sqlite3", database: ":memory:", entities: [Complaint], synchronize: true });
      await db.initialize();
      await db.getRepository(Complaint).insert(
        facts.map((f, n) => ({
          ...f,
          reference: `IBZ-2026-${String(n).padStart(6, "0")}`,
          referenceYear: 2026,
          referenceNumber: n,
          ownerSub: null,
          complainant: {},
          channel: Channel.ONLINE_FORM,
          category: ComplaintCategory.SERVICE_QUALITY,
          directorate: DirectorateCode.ICT,
          subject: "s",
          description: "d",
          language: Language.NL,
          receivedAt: NOW,
          registeredAt: NOW,
          admissibility: Admissibility.ADMISSIBLE,
          acknowledgementDueAt: NOW,
          answerDueAt: NOW,
          status: ComplaintStatus.ANSWERED,
        })),
      );
    });
    afterAll(() => db.destroy());

    it.each([NOW, at(-1), at(90)])("finished before %s", async (before) => {
      const due = finishedBeforeSql("c", before, WINDOW);
      const selected = await db.getRepository(Complaint).createQueryBuilder("c").where(due.sql, due.parameters).getMany();
      const expected = facts.filter((f) => isFinished(f, before, WINDOW)).map((f) => f.id);
      expect(selected.map((c) => c.id).sort()).toEqual(expected.sort());
      expect(expected.length).toBeGreaterThan(3);
    });
  });
});

describe("erasure and the escalation window", () => {
  it("NO_LONGER_NEEDED waits until the complaint is finished; the legal grounds do not", () => {
    expect(erasureRefusal(OPEN, ErasureGround.NO_LONGER_NEEDED, NOW, WINDOW)?.message.key).toBe("erasure.notFinished");
    const answered = finalAct("answer", at(-10));
    expect(erasureRefusal(answered, ErasureGround.NO_LONGER_NEEDED, NOW, WINDOW)).toMatchObject({
      kind: "state",
      message: { key: "erasure.finishesLater", params: { date: at(80).toISOString() } },
    });
    expect(erasureRefusal(answered, ErasureGround.NO_LONGER_NEEDED, at(80), WINDOW)).toBeNull();
    for (const ground of [ErasureGround.OBJECTION_UPHELD, ErasureGround.UNLAWFULLY_PROCESSED, ErasureGround.LEGAL_OBLIGATION]) {
      expect(erasureRefusal(OPEN, ground, NOW, WINDOW)).toBeNull();
    }
  });

  it("the second line may be asked within the window after the answer, or after the inadmissibility decision for a review", () => {
    const answered = { admissibility: Admissibility.ADMISSIBLE, answeredAt: NOW, inadmissibleSince: null };
    expect(escalationWindowRefusal(answered, at(90, -1), WINDOW)).toBeNull();
    expect(escalationWindowRefusal(answered, at(90), WINDOW)?.message).toEqual({ key: "escalation.windowClosed", params: { days: 90 } });
    const inadmissible = { admissibility: Admissibility.INADMISSIBLE, answeredAt: null, inadmissibleSince: NOW };
    expect(escalationWindowRefusal(inadmissible, at(89), WINDOW)).toBeNull();
    expect(escalationWindowRefusal(inadmissible, at(91), WINDOW)?.message.key).toBe("escalation.reviewWindowClosed");
    expect(escalationWindowRefusal({ ...inadmissible, inadmissibleSince: null }, at(900), WINDOW)).toBeNull();
  });
});

describe("personal text in event payloads", () => {
  it("is nulled field by field; what consumers decide on stays", () => {
    const answered = { acknowledgedAt: "a", answeredAt: "b", outcome: "FOUNDED", answer: "text", remedy: "fix", handler: { name: "Coordinator" } };
    expect(withoutPersonalText("ComplaintAnswered", answered)).toEqual({ ...answered, answer: null, remedy: null });
    expect(withoutPersonalText("ComplaintWithdrawn", {})).toEqual({});
    expect(withoutPersonalText("ComplaintTransferred", { from: "ICT", to: "CRISIS_CENTRE" })).toEqual({ from: "ICT", to: "CRISIS_CENTRE" });
  });
});

describe("settings", () => {
  it("RETENTION_YEARS and AUDIT_RETENTION_YEARS have no default; ESCALATION_WINDOW_DAYS is 90 by default; bad values stop the start", () => {
    expect(loadConfig({}).retention).toEqual({ years: undefined, auditYears: undefined, intervalMs: 3_600_000 });
    expect(loadConfig({}).procedure.escalationWindowDays).toBe(90);
    expect(loadConfig({ RETENTION_YEARS: "7", AUDIT_RETENTION_YEARS: "10", ESCALATION_WINDOW_DAYS: "60" })).toMatchObject({
      retention: { years: 7, auditYears: 10 },
      procedure: { escalationWindowDays: 60 },
    });
    for (const bad of [{ RETENTION_YEARS: "0" }, { RETENTION_YEARS: "seven" }, { AUDIT_RETENTION_YEARS: "1.5" }, { ESCALATION_WINDOW_DAYS: "0" }]) {
      expect(() => loadConfig(bad)).toThrow(ConfigError);
    }
  });
});
