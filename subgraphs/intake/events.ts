import type { EntityManager } from "typeorm";
import { MAIN_LINE, movesForward } from "../../lib/domain/transitions";
import { ComplaintStatus } from "../../lib/domain/enums";
import { OPEN, finalAct } from "../../lib/domain/finished";
import type { EventHandlers } from "../../lib/events/consumer";
import { Complaint } from "./complaint.entity";
import { StatusChange } from "./status-change.entity";
import { writeLock } from "../../lib/platform/database";
import { recordRelease } from "./transfer";

/**
 * Records a step another subgraph took. Events from two feeds can arrive in
 * either order (an escalation before the answer it follows, if the directorates
 * feed lagged), so the timeline is kept in time order and the status only moves forward.
 */
async function advance(m: EntityManager, complaintId: string, status: ComplaintStatus, at: Date, facts: Partial<Complaint> = {}): Promise<void> {
  const complaint = await m.findOneBy(Complaint, { id: complaintId });
  if (!complaint) return;
  const moves = movesForward(complaint.status, status);
  await m.update(Complaint, { id: complaintId }, { ...facts, ...(moves ? { status } : {}) });
  if (MAIN_LINE.includes(complaint.status)) await m.insert(StatusChange, { complaintId, status, at, note: null });
}

/** What intake learns from the directorates: the first line's steps. */
export const fromDirectorates: EventHandlers = {
  ComplaintAcknowledged: (m, e) =>
    advance(m, e.complaintId, ComplaintStatus.ACKNOWLEDGED, new Date(e.payload.acknowledgedAt), {
      acknowledgedAt: new Date(e.payload.acknowledgedAt),
    }),
  ComplaintAnswered: async (m, e) => {
    const answeredAt = new Date(e.payload.answeredAt);
    await advance(m, e.complaintId, ComplaintStatus.ANSWERED, answeredAt, { acknowledgedAt: new Date(e.payload.acknowledgedAt), answeredAt });
    // Final unless the second line was asked already (its event came first).
    await m.update(Complaint, { id: e.complaintId, status: ComplaintStatus.ANSWERED }, finalAct("answer", answeredAt));
  },
  // Mostly recorded already by the transferComplaint that asked for it; here when its answer was lost.
  ComplaintReleased: async (m, e) => {
    const complaint = await m.findOne(Complaint, { where: { id: e.complaintId }, lock: writeLock(m) });
    if (complaint) await recordRelease(m, complaint, e);
  },
};

/**
 * What intake learns from escalation: the second line's steps. A review of an inadmissibility decision moves no status:
 * the complaint stays INADMISSIBLE unless the central service rescreens it (rescreenComplaint).
 */
export const fromEscalation: EventHandlers = {
  EscalationRequested: async (m, e) => {
    if (!e.payload.review) await advance(m, e.complaintId, ComplaintStatus.ESCALATED, new Date(e.payload.requestedAt));
    await m.update(Complaint, { id: e.complaintId }, OPEN);
  },
  EscalationDecided: async (m, e) => {
    const decidedAt = new Date(e.payload.decidedAt);
    if (!e.payload.review) await advance(m, e.complaintId, ComplaintStatus.CLOSED, decidedAt);
    // A review decision is final for a complaint still inadmissible; one rescreened admissible meanwhile goes on.
    const where = e.payload.review ? { id: e.complaintId, status: ComplaintStatus.INADMISSIBLE } : { id: e.complaintId };
    await m.update(Complaint, where, finalAct("secondLineDecision", decidedAt));
  },
};
