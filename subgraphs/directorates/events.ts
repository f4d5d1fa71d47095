import type { EventHandlers } from "../../lib/events/consumer";
import { ComplaintCase, withFormer } from "./complaint-case.entity";

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
    if (e.payload.release !== undefined) return;
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
};

/** What the first line learns from the second: once the complainant escalated, the first line's steps are over. */
export const fromEscalation: EventHandlers = {
  EscalationRequested: async (m, e) => {
    await m.update(ComplaintCase, { complaintId: e.complaintId }, { escalated: true });
  },
};
