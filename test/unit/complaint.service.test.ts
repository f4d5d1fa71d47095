import { START, central, citizenOwner, coordinatorOther, coordinatorOwn, paperInput } from "../helpers/callers";
import { form, refusal, useServicesInMemory } from "../helpers/in-memory";
import { Complaint } from "../../subgraphs/intake/complaint.entity";
import type { RegisterComplaintInput } from "../../subgraphs/intake/complaint.types";
import { OutboxEvent } from "../../lib/events/event.entities";

const paper = (overrides: Record<string, unknown> = {}) => {
  const input = paperInput(overrides);
  return { ...input, receivedAt: input.receivedAt && new Date(input.receivedAt) } as unknown as RegisterComplaintInput;
};

describe("ComplaintService (intake) on in-memory SQLite", () => {
  const s = useServicesInMemory(START);

  const rows = () => s.dataSources.intake.getRepository(Complaint).count();
  const events = async () => (await s.dataSources.intake.getRepository(OutboxEvent).find({ order: { seq: "ASC" } })).map((e) => e.type);

  it("file: consecutive references of the year, deadlines 7 and 30 days after receipt (art. 1.7 Civil Code), RECEIVED with one timeline entry, ComplaintFiled published", async () => {
    const a = await s.complaints.file(citizenOwner, form());
    s.clock.set("2026-03-03T10:30:00.000Z");
    const b = await s.complaints.file(citizenOwner, form({ complainant: { kind: "PERSON", name: "An", email: " AN@Example.BE " } }));
    expect([a.reference, b.reference]).toEqual(["IBZ-2026-000001", "IBZ-2026-000002"]);
    expect(a).toMatchObject({ status: "RECEIVED", channel: "ONLINE_FORM", admissibility: "PENDING", ownerSub: citizenOwner.sub, registeredBy: null });
    expect(a.receivedAt.toISOString()).toBe(START);
    // Monday 2 March: until the end of Monday 9 March (CET) and of Wednesday 1 April (CEST), Brussels time.
    expect(a.acknowledgementDueAt.toISOString()).toBe("2026-03-09T22:59:59.999Z");
    expect(a.answerDueAt.toISOString()).toBe("2026-04-01T21:59:59.999Z");
    expect(b.complainant.email).toBe("an@example.be");
    expect((await s.complaintQueries.timelines([a.id])).get(a.id)!.map((c) => [c.status, c.at.toISOString()])).toEqual([["RECEIVED", START]]);
    expect(await events()).toEqual(["ComplaintFiled", "ComplaintFiled"]);
  });

  it("file: a new year starts at 000001 again, at midnight in Brussels: a complaint at 00:30 on 1 January is of the new year", async () => {
    await s.complaints.file(citizenOwner, form());
    s.clock.set("2026-12-31T22:59:59.999Z");
    expect((await s.complaints.file(citizenOwner, form())).reference).toBe("IBZ-2026-000002");
    s.clock.set("2026-12-31T23:30:00.000Z");
    expect((await s.complaints.file(citizenOwner, form())).reference).toBe("IBZ-2027-000001");
  });

  it("file: the form's 'decision with an appeal route' does not decide: RECEIVED, PENDING, the answer and the route kept for the coordinator", async () => {
    const c = await s.complaints.file(
      citizenOwner,
      form({ concernsDecisionWithAppealRoute: true, appealRoute: " Raad van State ", triedOfficialHandlingFirst: true }),
    );
    expect(c).toMatchObject({
      status: "RECEIVED",
      admissibility: "PENDING",
      inadmissibilityReason: null,
      admissibilityNote: null,
      concernsDecisionWithAppealRoute: true,
      appealRoute: "Raad van State",
      triedOfficialHandlingFirst: true,
    });
    expect((await s.complaintQueries.timelines([c.id])).get(c.id)!.map((t) => t.status)).toEqual(["RECEIVED"]);
    await expect(s.complaints.screen(coordinatorOwn, c.id, true, null, " ")).rejects.toMatchObject(refusal("BAD_USER_INPUT", /which parts of it are handled/));
    expect(await s.complaints.screen(coordinatorOwn, c.id, true, null, "The treatment at the counter.")).toMatchObject({
      admissibility: "ADMISSIBLE",
      admissibilityNote: "The treatment at the counter.",
    });
  });

  it("file: without an e-mail or postal address is refused and stores nothing", async () => {
    await expect(s.complaints.file(citizenOwner, form({ complainant: { kind: "PERSON", name: "An", email: "  " } }))).rejects.toMatchObject(
      refusal("BAD_USER_INPUT", /e-mail address or a postal address/),
    );
    expect(await rows()).toBe(0);
  });

  it("register: by the directorate's coordinator, received date kept, anonymous letters INADMISSIBLE (ANONYMOUS)", async () => {
    const c = await s.complaints.register(coordinatorOwn, paper());
    expect(c).toMatchObject({ channel: "POST", ownerSub: null, registeredBy: coordinatorOwn.sub, status: "RECEIVED" });
    expect(c.receivedAt.toISOString()).toBe("2026-02-25T09:00:00.000Z");
    expect(c.registeredAt.toISOString()).toBe(START);
    expect(c.acknowledgementDueAt.toISOString()).toBe("2026-03-04T22:59:59.999Z");
    const anonymous = await s.complaints.register(coordinatorOwn, paper({ complainant: null }));
    expect(anonymous).toMatchObject({ status: "INADMISSIBLE", inadmissibilityReason: "ANONYMOUS" });
  });

  it("register: receivedOn, a date without a time, is that day in Brussels; receivedAt or receivedOn, exactly one", async () => {
    const c = await s.complaints.register(coordinatorOwn, paper({ receivedAt: null, receivedOn: "2026-02-25" }));
    expect(c.receivedAt.toISOString()).toBe("2026-02-24T23:00:00.000Z"); // 00:00 on 25 February in Brussels
    expect(c.acknowledgementDueAt.toISOString()).toBe("2026-03-04T22:59:59.999Z");
    await expect(s.complaints.register(coordinatorOwn, paper({ receivedOn: "2026-02-25" }))).rejects.toMatchObject(refusal("BAD_USER_INPUT", /not both/));
    await expect(s.complaints.register(coordinatorOwn, paper({ receivedAt: null }))).rejects.toMatchObject(refusal("BAD_USER_INPUT", /receivedOn/));
    await expect(s.complaints.register(coordinatorOwn, paper({ receivedAt: null, receivedOn: "2026-03-03" }))).rejects.toMatchObject(
      refusal("BAD_USER_INPUT", /future/),
    );
    expect(await rows()).toBe(1);
  });

  it("register: refuses the online channel, a future or over-a-year-old date, and another directorate's coordinator", async () => {
    await expect(s.complaints.register(coordinatorOwn, paper({ channel: "ONLINE_FORM" }))).rejects.toMatchObject(refusal("BAD_USER_INPUT"));
    await expect(s.complaints.register(coordinatorOwn, paper({ receivedAt: "2026-03-02T09:00:01.000Z" }))).rejects.toMatchObject(
      refusal("BAD_USER_INPUT", /future/),
    );
    await expect(s.complaints.register(coordinatorOwn, paper({ receivedAt: "2025-03-01T08:59:59.999Z" }))).rejects.toMatchObject(
      refusal("BAD_USER_INPUT", /more than a year ago/),
    );
    await expect(s.complaints.register(coordinatorOther, paper())).rejects.toMatchObject(refusal("FORBIDDEN"));
    expect(await rows()).toBe(0);
    // Exactly 366 days back is still inside the window.
    expect((await s.complaints.register(coordinatorOwn, paper({ receivedAt: "2025-03-01T09:00:00.000Z" }))).reference).toBe("IBZ-2026-000001");
  });

  it("screen: admissible once; inadmissible needs a reason (and a named route for DECISION_WITH_APPEAL_ROUTE)", async () => {
    const c = await s.complaints.file(citizenOwner, form());
    await expect(s.complaints.screen(central, c.id, false, null, null)).rejects.toMatchObject(refusal("BAD_USER_INPUT", /reason/));
    await expect(s.complaints.screen(central, c.id, true, "ANONYMOUS" as never, null)).rejects.toMatchObject(refusal("BAD_USER_INPUT"));
    await expect(s.complaints.screen(central, c.id, false, "DECISION_WITH_APPEAL_ROUTE" as never, " ")).rejects.toMatchObject(
      refusal("BAD_USER_INPUT", /appeal route/),
    );
    expect(await s.complaints.screen(coordinatorOwn, c.id, true, null, "  ")).toMatchObject({
      admissibility: "ADMISSIBLE",
      status: "RECEIVED",
      admissibilityNote: null,
    });
    await expect(s.complaints.screen(central, c.id, true, null, null)).rejects.toMatchObject(refusal("CONFLICT", /already been screened/));
    const other = await s.complaints.file(citizenOwner, form());
    s.clock.set("2026-03-04T12:00:00.000Z");
    const refused = await s.complaints.screen(central, other.id, false, "OUTSIDE_COMPETENCE" as never, " Federal police ");
    expect(refused).toMatchObject({
      status: "INADMISSIBLE",
      admissibility: "INADMISSIBLE",
      inadmissibilityReason: "OUTSIDE_COMPETENCE",
      admissibilityNote: "Federal police",
    });
    const timeline = (await s.complaintQueries.timelines([other.id])).get(other.id)!;
    expect(timeline.map((t) => [t.status, t.at.toISOString(), t.note])).toEqual([
      ["RECEIVED", START, null],
      ["INADMISSIBLE", "2026-03-04T12:00:00.000Z", "Federal police"],
    ]);
    expect(await events()).toEqual(["ComplaintFiled", "ComplaintScreened", "ComplaintFiled", "ComplaintScreened"]);
  });

  it("screen: another directorate's coordinator gets NOT_FOUND (existence does not leak)", async () => {
    const c = await s.complaints.file(citizenOwner, form());
    await expect(s.complaints.screen(coordinatorOther, c.id, true, null, null)).rejects.toMatchObject(refusal("NOT_FOUND"));
    expect((await s.complaintQueries.getVisible(central, c.id)).admissibility).toBe("PENDING");
  });

  it("transfer: moves the complaint with a timeline note, not to the same directorate, and the new coordinator sees it", async () => {
    const c = await s.complaints.file(citizenOwner, form());
    await expect(s.complaints.transfer(central, c.id, "IMMIGRATION_OFFICE" as never, "why")).rejects.toMatchObject(refusal("CONFLICT", /already/));
    await expect(s.complaints.transfer(central, c.id, "ICT" as never, "   ")).rejects.toMatchObject(refusal("BAD_USER_INPUT"));
    const moved = await s.complaints.transfer(coordinatorOwn, c.id, "ICT" as never, " Concerns the portal ");
    expect(moved.directorate).toBe("ICT");
    expect((await s.complaintQueries.timelines([c.id])).get(c.id)!.map((t) => [t.kind, t.status, t.fromDirectorate, t.toDirectorate, t.note])).toEqual([
      ["STATUS_CHANGE", "RECEIVED", null, null, null],
      [
        "TRANSFER",
        "RECEIVED",
        "IMMIGRATION_OFFICE",
        "ICT",
        "Overgedragen van Algemene Directie Dienst Vreemdelingenzaken aan Stafdienst ICT: Concerns the portal",
      ],
    ]);
    expect((await s.complaintQueries.getVisible(coordinatorOther, c.id)).id).toBe(c.id);
    await expect(s.complaintQueries.getVisible(coordinatorOwn, c.id)).rejects.toMatchObject(refusal("NOT_FOUND"));
  });

  it("withdraw: only by the complainant, only while open, once", async () => {
    const c = await s.complaints.file(citizenOwner, form());
    await expect(s.complaints.withdraw(central, c.id)).rejects.toMatchObject(refusal("FORBIDDEN"));
    expect(await s.complaints.withdraw(citizenOwner, c.id)).toMatchObject({ status: "WITHDRAWN" });
    await expect(s.complaints.withdraw(citizenOwner, c.id)).rejects.toMatchObject(refusal("CONFLICT", /complaint that is withdrawn can no longer/));
    await expect(s.complaints.transfer(central, c.id, "ICT" as never, "late")).rejects.toMatchObject(refusal("CONFLICT"));
  });

  it("list: newest first in pages with a cursor, totalCount, scoped to the caller, overdue filters measured on the clock", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      s.clock.set(new Date(Date.parse(START) + i * 86_400_000));
      ids.push((await s.complaints.file(citizenOwner, form({ directorate: i === 4 ? "ICT" : "IMMIGRATION_OFFICE" }))).id);
    }
    const first = await s.complaintQueries.list(coordinatorOwn, null, 2, null);
    expect(first.totalCount).toBe(4);
    expect(first.items.map((c) => c.id)).toEqual([ids[3], ids[2]]);
    const second = await s.complaintQueries.list(coordinatorOwn, null, 2, first.nextCursor);
    expect(second.items.map((c) => c.id)).toEqual([ids[1], ids[0]]);
    expect(second.nextCursor).toBeNull();
    expect((await s.complaintQueries.list(central, null, 10, null)).totalCount).toBe(5);
    // Filed Monday to Friday: Monday's and Tuesday's weeks have ended a minute after midnight Brussels time on Wednesday 11 March; the others have not.
    s.clock.set("2026-03-10T23:01:00.000Z");
    const overdue = await s.complaintQueries.list(central, { acknowledgementOverdue: true }, 10, null);
    expect(overdue.items.map((c) => c.id)).toEqual([ids[1], ids[0]]);
    expect((await s.complaintQueries.list(central, { acknowledgementOverdue: false }, 10, null)).totalCount).toBe(3);
    await expect(s.complaintQueries.list(central, null, 0, null)).rejects.toMatchObject(refusal("BAD_USER_INPUT"));
  });
});
