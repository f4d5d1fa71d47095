import type { EventHandlers } from "../../lib/events/consumer";
import { ComplaintFact } from "./complaint-fact.entity";
import { Escalation } from "./escalation.entity";

/** From intake: who owns a complaint, where it is handled, whether it may be escalated. */
export const fromIntake: EventHandlers = {
  ComplaintFiled: async (m, e) => {
    if (await m.existsBy(ComplaintFact, { complaintId: e.complaintId })) return;
    await m.insert(ComplaintFact, {
      complaintId: e.complaintId,
      ownerSub: e.payload.ownerSub,
      directorate: e.payload.directorate,
      receivedAt: new Date(e.payload.receivedAt),
      admissibility: e.payload.admissibility,
      inadmissibilityReason: e.payload.inadmissibilityReason,
      withdrawn: false,
      category: e.payload.category ?? null,
      channel: e.payload.channel ?? null,
      language: e.payload.language ?? null,
      complainantKind: e.payload.complainantKind ?? null,
    });
  },
  ComplaintScreened: async (m, e) => {
    await m.update(
      ComplaintFact,
      { complaintId: e.complaintId },
      {
        admissibility: e.payload.admissibility,
        inadmissibilityReason: e.payload.inadmissibilityReason,
      },
    );
  },
  ComplaintRescreened: async (m, e) => {
    const { admissibility, inadmissibilityReason } = e.payload;
    await m.update(ComplaintFact, { complaintId: e.complaintId }, { admissibility, inadmissibilityReason });
  },
  ComplaintTransferred: async (m, e) => {
    await m.update(ComplaintFact, { complaintId: e.complaintId }, { directorate: e.payload.to });
    await m.update(Escalation, { complaintId: e.complaintId }, { directorate: e.payload.to });
  },
  ComplaintWithdrawn: async (m, e) => {
    await m.update(ComplaintFact, { complaintId: e.complaintId }, { withdrawn: true, withdrawnAt: new Date(e.occurredAt) });
  },
  LetterPosted: async (m, e) => {
    if (e.payload.kind !== "ACKNOWLEDGEMENT") return;
    await m.update(ComplaintFact, { complaintId: e.complaintId }, { acknowledgementPostedAt: new Date(e.payload.postedAt) });
  },
};

/** From the directorates: the first-line answer, which opens the way to the second line. */
export const fromDirectorates: EventHandlers = {
  ComplaintAcknowledged: async (m, e) => {
    await m.update(ComplaintFact, { complaintId: e.complaintId }, { acknowledgedAt: new Date(e.payload.acknowledgedAt) });
  },
  ComplaintAnswered: async (m, e) => {
    await m.update(
      ComplaintFact,
      { complaintId: e.complaintId },
      {
        acknowledgedAt: new Date(e.payload.acknowledgedAt),
        answeredAt: new Date(e.payload.answeredAt),
        outcome: e.payload.outcome,
      },
    );
  },
};
