import type { EventHandlers } from "../../lib/events/consumer";
import { ComplaintCase } from "./complaint-case.entity";

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
    await m.update(ComplaintCase, { complaintId: e.complaintId }, { directorate: e.payload.to });
  },
  ComplaintWithdrawn: async (m, e) => {
    await m.update(ComplaintCase, { complaintId: e.complaintId }, { withdrawn: true });
  },
};
