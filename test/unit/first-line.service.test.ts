import { START, central, citizenOwner, coordinatorOther, coordinatorOwn } from "../helpers/callers";
import { form, refusal, useServicesInMemory } from "../helpers/in-memory";
import { REASONED_ANSWER, REMEDY } from "../helpers/reasoned";

describe("FirstLineService (directorates) on in-memory SQLite", () => {
  const s = useServicesInMemory(START);
  let id: string;
  beforeEach(async () => {
    id = (await s.complaints.file(citizenOwner, form())).id;
    await s.settle();
  });

  const view = async (caller = coordinatorOwn) => s.firstLine.view((await s.firstLine.casesFor(caller, [id])).get(id)!);

  it("learns of a filed complaint through ComplaintFiled, visible to its directorate's coordinator only", async () => {
    expect((await s.firstLine.casesFor(coordinatorOwn, [id])).get(id)).toMatchObject({
      reference: "IBZ-2026-000001",
      directorate: "IMMIGRATION_OFFICE",
      admissibility: "PENDING",
    });
    expect((await s.firstLine.casesFor(coordinatorOther, [id])).size).toBe(0);
    expect((await s.firstLine.casesFor(null, [id])).size).toBe(0);
  });

  it("art. 1.7 Civil Code: acknowledgement overdue after the end of the 7th day in Brussels, answer after the end of the 30th, measured on the clock", async () => {
    // Received Monday 2 March: the week ends with Monday 9 March (CET), the 30 days with Wednesday 1 April (CEST).
    s.clock.set("2026-03-09T22:59:59.999Z");
    expect(await view()).toMatchObject({ acknowledgementOverdue: false, answerOverdue: false });
    s.clock.set("2026-03-09T23:00:00.000Z");
    expect(await view()).toMatchObject({ acknowledgementOverdue: true, answerOverdue: false });
    s.clock.set("2026-04-01T21:59:59.999Z");
    expect(await view()).toMatchObject({ acknowledgementOverdue: true, answerOverdue: false });
    s.clock.set("2026-04-01T22:00:00.000Z");
    expect(await view()).toMatchObject({ acknowledgementOverdue: true, answerOverdue: true });
  });

  it("acknowledge: by the directorate's coordinator, once; intake's status follows", async () => {
    s.clock.set("2026-03-04T10:00:00.000Z");
    await expect(s.firstLine.acknowledge(coordinatorOther, id)).rejects.toMatchObject(refusal("NOT_FOUND"));
    await expect(s.firstLine.acknowledge(central, id)).rejects.toMatchObject(refusal("NOT_FOUND"));
    const done = await s.firstLine.acknowledge(coordinatorOwn, id);
    expect(done.acknowledgedAt!.toISOString()).toBe("2026-03-04T10:00:00.000Z");
    expect(done).toMatchObject({ answeredAt: null, acknowledgementOverdue: false });
    await expect(s.firstLine.acknowledge(coordinatorOwn, id)).rejects.toMatchObject(refusal("CONFLICT", /already been acknowledged/));
    await s.settle();
    const complaint = await s.complaintQueries.getVisible(central, id);
    expect(complaint.status).toBe("ACKNOWLEDGED");
    expect(complaint.acknowledgedAt!.toISOString()).toBe("2026-03-04T10:00:00.000Z");
  });

  it("answer: only once screened admissible; acknowledges too when that was not done; the answer is trimmed", async () => {
    await expect(s.firstLine.answer(coordinatorOwn, id, REASONED_ANSWER, "FOUNDED" as never, REMEDY)).rejects.toMatchObject(
      refusal("CONFLICT", /screened as admissible/),
    );
    await s.complaints.screen(central, id, true, null, null);
    await s.settle();
    s.clock.set("2026-03-20T15:00:00.000Z");
    const answered = await s.firstLine.answer(coordinatorOwn, id, `  ${REASONED_ANSWER}  `, "PARTLY_FOUNDED" as never, `  ${REMEDY}  `);
    expect(answered).toMatchObject({ answer: REASONED_ANSWER, remedy: REMEDY, outcome: "PARTLY_FOUNDED", acknowledgementOverdue: false, answerOverdue: false });
    expect([answered.acknowledgedAt!.toISOString(), answered.answeredAt!.toISOString()]).toEqual(["2026-03-20T15:00:00.000Z", "2026-03-20T15:00:00.000Z"]);
    await expect(s.firstLine.answer(coordinatorOwn, id, REASONED_ANSWER, "FOUNDED" as never, REMEDY)).rejects.toMatchObject(
      refusal("CONFLICT", /already been answered/),
    );
    await s.settle();
    const timeline = (await s.complaintQueries.timelines([id])).get(id)!.map((t) => t.status);
    expect(timeline).toEqual(["RECEIVED", "ACKNOWLEDGED", "ANSWERED"]);
    expect((await s.complaintQueries.getVisible(central, id)).status).toBe("ANSWERED");
  });

  it("a withdrawn or inadmissible complaint is neither acknowledged nor counted overdue", async () => {
    await s.complaints.withdraw(citizenOwner, id);
    await s.settle();
    await expect(s.firstLine.acknowledge(coordinatorOwn, id)).rejects.toMatchObject(refusal("CONFLICT", /withdrawn/));
    s.clock.set("2026-05-01T00:00:00.000Z");
    expect(await view()).toMatchObject({ acknowledgementOverdue: false, answerOverdue: false });

    const refused = (await s.complaints.file(citizenOwner, form({ concernsDecisionWithAppealRoute: true }))).id;
    await s.complaints.screen(coordinatorOwn, refused, false, "DECISION_WITH_APPEAL_ROUTE" as never, "Raad van State");
    await s.settle();
    await expect(s.firstLine.acknowledge(coordinatorOwn, refused)).rejects.toMatchObject(refusal("CONFLICT", /inadmissible/));
  });

  it("a transferred complaint moves to the new directorate's coordinator", async () => {
    await s.complaints.transfer(central, id, "ICT" as never, "Concerns the portal");
    await s.settle();
    // The directorate it left hears that it is no longer in its hands (issue 13 §2).
    await expect(s.firstLine.acknowledge(coordinatorOwn, id)).rejects.toMatchObject(refusal("CONFLICT"));
    expect((await s.firstLine.acknowledge(coordinatorOther, id)).acknowledgedAt!.toISOString()).toBe(START);
  });
});
