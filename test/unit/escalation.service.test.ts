import { START, central, citizenOwner, coordinatorOther, coordinatorOwn, otherCitizen } from "../helpers/callers";
import { form, refusal, useServicesInMemory } from "../helpers/in-memory";
import { REASONED_ANSWER, REASONED_DECISION, REMEDY } from "../helpers/reasoned";

const REASON = "The answer ignores my second letter.";

describe("EscalationService (escalation) on in-memory SQLite", () => {
  const s = useServicesInMemory(START);
  let id: string;
  beforeEach(async () => {
    id = (await s.complaints.file(citizenOwner, form())).id;
    await s.complaints.screen(central, id, true, null, null);
    await s.settle();
  });

  const answer = async () => {
    await s.firstLine.answer(coordinatorOwn, id, REASONED_ANSWER, "UNFOUNDED" as never);
    await s.settle();
  };

  it("request: refused before the answer while the answer is not late; allowed once answered, due at the end of the 30th day in Brussels (art. 1.7 Civil Code); the complaint becomes ESCALATED", async () => {
    await expect(s.escalations.request(citizenOwner, id, REASON)).rejects.toMatchObject(refusal("CONFLICT", /once you have the answer/));
    await answer();
    s.clock.set("2026-03-10T08:00:00.000Z");
    const e = await s.escalations.request(citizenOwner, id, `  ${REASON}  `);
    expect(e).toMatchObject({
      complaintId: id,
      ownerSub: citizenOwner.sub,
      directorate: "IMMIGRATION_OFFICE",
      status: "REQUESTED",
      reason: REASON,
      outcome: null,
    });
    // Tuesday 10 March + 30 days = Thursday 9 April, until 23:59:59.999 summer time.
    expect(e.dueAt.toISOString()).toBe("2026-04-09T21:59:59.999Z");
    await s.settle();
    expect((await s.complaintQueries.getVisible(central, id)).status).toBe("ESCALATED");
  });

  it("request: allowed without an answer once the answer is late (after the 30th day after receipt, art. 1.7 Civil Code)", async () => {
    s.clock.set("2026-04-01T21:59:59.999Z"); // the last millisecond of Wednesday 1 April in Brussels
    await expect(s.escalations.request(citizenOwner, id, REASON)).rejects.toMatchObject(refusal("CONFLICT"));
    s.clock.set("2026-04-01T22:00:00.000Z");
    expect((await s.escalations.request(citizenOwner, id, REASON)).status).toBe("REQUESTED");
  });

  it("request: by the complainant only, with a reason, once per complaint", async () => {
    await answer();
    await expect(s.escalations.request(otherCitizen, id, REASON)).rejects.toMatchObject(refusal("NOT_FOUND"));
    await expect(s.escalations.request(citizenOwner, id, "   ")).rejects.toMatchObject(refusal("BAD_USER_INPUT", /Say why/));
    await s.escalations.request(citizenOwner, id, REASON);
    await expect(s.escalations.request(citizenOwner, id, REASON)).rejects.toMatchObject(refusal("CONFLICT", /already been escalated/));
    expect((await s.escalations.byComplaint([id])).size).toBe(1);
  });

  it("request: a withdrawn complaint cannot be escalated; an inadmissible one is taken to the second line for review", async () => {
    const refused = (await s.complaints.file(citizenOwner, form())).id;
    await s.complaints.screen(central, refused, false, "OUTSIDE_COMPETENCE" as never, null);
    const withdrawn = (await s.complaints.file(citizenOwner, form())).id;
    await s.complaints.withdraw(citizenOwner, withdrawn);
    await s.settle();
    // Within the escalation window (ESCALATION_WINDOW_DAYS, 90) of the inadmissibility decision; test/unit/finished.test.ts has its end.
    s.clock.set("2026-05-25T00:00:00.000Z");
    expect(await s.escalations.request(citizenOwner, refused, REASON)).toMatchObject({ review: true, status: "REQUESTED" });
    await expect(s.escalations.request(citizenOwner, refused, REASON)).rejects.toMatchObject(refusal("CONFLICT", /review .* already been asked/));
    await expect(s.escalations.request(citizenOwner, withdrawn, REASON)).rejects.toMatchObject(refusal("CONFLICT", /withdrawn/));
  });

  it("decide: by the central service, once; closes the complaint; coordinators see their directorate's escalations only", async () => {
    await answer();
    const e = await s.escalations.request(citizenOwner, id, REASON);
    expect((await s.escalations.visibleByIds(coordinatorOwn, [e.id])).size).toBe(1);
    expect((await s.escalations.visibleByIds(coordinatorOther, [e.id])).size).toBe(0);
    await expect(s.escalations.decide(coordinatorOther, e.id, REASONED_DECISION, "FOUNDED" as never, REMEDY)).rejects.toMatchObject(refusal("NOT_FOUND"));
    s.clock.set("2026-03-25T11:00:00.000Z");
    const decided = await s.escalations.decide(central, e.id, ` ${REASONED_DECISION} `, "PARTLY_FOUNDED" as never, ` ${REMEDY} `);
    expect(decided).toMatchObject({ status: "DECIDED", decidedBy: central.sub, decision: REASONED_DECISION, outcome: "PARTLY_FOUNDED", remedy: REMEDY });
    expect(decided.decidedAt!.toISOString()).toBe("2026-03-25T11:00:00.000Z");
    await expect(s.escalations.decide(central, e.id, REASONED_DECISION, "FOUNDED" as never, REMEDY)).rejects.toMatchObject(
      refusal("CONFLICT", /already been decided/),
    );
    await s.settle();
    expect((await s.complaintQueries.timelines([id])).get(id)!.map((t) => t.status)).toEqual(["RECEIVED", "ACKNOWLEDGED", "ANSWERED", "ESCALATED", "CLOSED"]);
  });

  it("list: newest first, by status, paged after an escalation id", async () => {
    const made: string[] = [];
    for (let i = 0; i < 3; i++) {
      s.clock.set(new Date(Date.parse(START) + i * 86_400_000));
      const c = (await s.complaints.file(citizenOwner, form())).id;
      await s.complaints.screen(central, c, true, null, null);
      await s.settle();
      await s.firstLine.answer(coordinatorOwn, c, REASONED_ANSWER, "FOUNDED" as never, REMEDY);
      await s.settle();
      made.push((await s.escalations.request(citizenOwner, c, REASON)).id);
    }
    await s.escalations.decide(central, made[1], REASONED_DECISION, "FOUNDED" as never, REMEDY);
    expect((await s.escalations.list(central, {}, 2, null)).map((e) => e.id)).toEqual([made[2], made[1]]);
    expect((await s.escalations.list(central, {}, 2, made[1])).map((e) => e.id)).toEqual([made[0]]);
    expect((await s.escalations.list(central, { status: "REQUESTED" as never }, 10, null)).map((e) => e.id)).toEqual([made[2], made[0]]);
    await expect(s.escalations.list(central, {}, 2, "not-an-id")).rejects.toMatchObject(refusal("BAD_USER_INPUT"));
  });
});
