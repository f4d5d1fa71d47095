import { IsNull, type EntityManager } from "typeorm";
import type { EventHandlers } from "../../lib/events/consumer";
import { OutboxEvent } from "../../lib/events/event.entities";
import { eraseOutboxText } from "../../lib/events/personal-payload";
import { ComplaintCase, withFormer } from "./complaint-case.entity";

/**
 * The first line's part of an erasure (intake's PersonalDataErased): the answer and remedy, and their copies in this
 * outbox; dates, outcome and who answered stay. Resolves to the number of cases erased (0 or 1).
 */
export async function eraseFirstLine(m: EntityManager, complaintId: string, erasedAt: Date): Promise<number> {
  const erased = await m.update(ComplaintCase, { complaintId }, { answer: null, remedy: null });
  await m.update(ComplaintCase, { complaintId, personalDataErasedAt: IsNull() }, { personalDataErasedAt: erasedAt });
  await eraseOutboxText(m, complaintId);
  return erased.affected ?? 0;
}

/** Whether this outbox still holds, at `seq`, the release of `complaintId` that intake recorded. */
async function releaseKept(m: EntityManager, complaintId: string, seq: number): Promise<boolean> {
  return (await m.countBy(OutboxEvent, { seq, complaintId, type: "ComplaintReleased" })) > 0;
}

/** What the first line learns from intake. Each handler is idempotent on its own too. */
export const fromIntake: EventHandlers = {
  ComplaintFiled: async (m, e) => {
    if (await m.existsBy(ComplaintCase, { complaintId: e.complaintId })) return;
    await m.insert(ComplaintCase, {
      complaintId: e.complaintId,
      reference: e.payload.reference,
      ownerSub: e.payload.ownerSub,
      directorate: e.payload.directorate,
      receivedAt: new Date(e.payload.receivedAt),
      admissibility: e.payload.admissibility,
      withdrawn: false,
    });
  },
  ComplaintScreened: async (m, e) => {
    await m.update(ComplaintCase, { complaintId: e.complaintId }, { admissibility: e.payload.admissibility });
  },
  ComplaintRescreened: async (m, e) => {
    await m.update(ComplaintCase, { complaintId: e.complaintId }, { admissibility: e.payload.admissibility });
  },
  ComplaintTransferred: async (m, e) => {
    // A transfer this side released (FirstLineService.release) is here already; applied again, an older one could undo a newer.
    // Only a release this database no longer holds (lost in a restore from a backup) is applied from intake's record of it.
    if (e.payload.release !== undefined && (await releaseKept(m, e.complaintId, e.payload.release))) return;
    // The new directorate's coordinator has not acted yet: nobody is named until one does.
    const c = await m.findOneBy(ComplaintCase, { complaintId: e.complaintId });
    if (!c) return;
    await m.update(
      ComplaintCase,
      { complaintId: e.complaintId },
      { directorate: e.payload.to, formerDirectorates: withFormer(c.formerDirectorates, e.payload.from), handlerName: null },
    );
  },
  ComplaintWithdrawn: async (m, e) => {
    await m.update(ComplaintCase, { complaintId: e.complaintId }, { withdrawn: true });
  },
  PersonalDataErased: async (m, e) => {
    await eraseFirstLine(m, e.complaintId, new Date(e.payload.erasedAt));
  },
};

/** What the first line learns from the second: once the complainant escalated, the first line's steps are over. */
export const fromEscalation: EventHandlers = {
  EscalationRequested: async (m, e) => {
    await m.update(ComplaintCase, { complaintId: e.complaintId }, { escalated: true });
  },
};
