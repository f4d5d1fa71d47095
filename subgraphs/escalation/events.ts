import { IsNull, type EntityManager } from "typeorm";
import { Admissibility } from "../../lib/domain/enums";
import type { EventHandlers } from "../../lib/events/consumer";
import type { DomainEvent } from "../../lib/events/event-types";
import { eraseOutboxText } from "../../lib/events/personal-payload";
import { ComplaintFact } from "./complaint-fact.entity";
import { Escalation } from "./escalation.entity";

/**
 * The second line's part of an erasure (intake's PersonalDataErased): the escalations' reasons, decisions and remedies,
 * and their copies in this outbox; dates, outcomes and statuses (the annual figures) stay. Resolves to the number of escalations erased.
 */
export async function eraseSecondLine(m: EntityManager, complaintId: string, erasedAt: Date): Promise<number> {
  const erased = await m.update(Escalation, { complaintId }, { reason: "", decision: null, remedy: null });
  await m.update(ComplaintFact, { complaintId, personalDataErasedAt: IsNull() }, { personalDataErasedAt: erasedAt });
  await eraseOutboxText(m, complaintId);
  return erased.affected ?? 0;
}

/** Since when the complaint is inadmissible after a screening event at `occurredAt`; null when it is not. */
const inadmissibleSince = (admissibility: Admissibility, occurredAt: string): Date | null =>
  admissibility === Admissibility.INADMISSIBLE ? new Date(occurredAt) : null;

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
      inadmissibleSince: inadmissibleSince(e.payload.admissibility, e.occurredAt),
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
        inadmissibleSince: inadmissibleSince(e.payload.admissibility, e.occurredAt),
      },
    );
  },
  ComplaintRescreened: async (m, e) => {
    const { admissibility, inadmissibilityReason } = e.payload;
    await m.update(
      ComplaintFact,
      { complaintId: e.complaintId },
      { admissibility, inadmissibilityReason, inadmissibleSince: inadmissibleSince(admissibility, e.occurredAt) },
    );
  },
  ComplaintTransferred: async (m, e) => {
    await m.update(ComplaintFact, { complaintId: e.complaintId }, { directorate: e.payload.to });
    await m.update(Escalation, { complaintId: e.complaintId }, { directorate: e.payload.to });
  },
  ComplaintWithdrawn: async (m, e) => {
    await m.update(ComplaintFact, { complaintId: e.complaintId }, { withdrawn: true, withdrawnAt: new Date(e.occurredAt) });
  },
  PersonalDataErased: async (m, e) => {
    await eraseSecondLine(m, e.complaintId, new Date(e.payload.erasedAt));
  },
  LetterPosted: async (m, e) => {
    if (e.payload.kind !== "ACKNOWLEDGEMENT") return;
    await m.update(ComplaintFact, { complaintId: e.complaintId }, { acknowledgementPostedAt: new Date(e.payload.postedAt) });
  },
};

/** From the directorates: the first-line answer, which opens the way to the second line. */
/**
 * The directorates' feed and intake's are read apart, so a step of the first line can arrive before the complaint's
 * ComplaintFiled (intake's feed late or unreachable, another replica behind). Applied to no fact it would be lost:
 * it fails instead, the feed's cursor stays before it, and it is applied once intake's feed brought the complaint.
 */
async function knownFact(m: EntityManager, e: DomainEvent): Promise<void> {
  if (!(await m.existsBy(ComplaintFact, { complaintId: e.complaintId }))) {
    throw new Error(`${e.type} (directorates #${e.seq}) for complaint ${e.complaintId} before its ComplaintFiled: waiting for intake's feed`);
  }
}

export const fromDirectorates: EventHandlers = {
  ComplaintAcknowledged: async (m, e) => {
    await knownFact(m, e);
    await m.update(ComplaintFact, { complaintId: e.complaintId }, { acknowledgedAt: new Date(e.payload.acknowledgedAt) });
  },
  ComplaintAnswered: async (m, e) => {
    await knownFact(m, e);
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
