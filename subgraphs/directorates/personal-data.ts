import { asJson, personalDataExportPart } from "../../lib/graphql/personal-data-export";
import { ComplaintCase } from "./complaint-case.entity";

/** The first line's part of the access copy; who acknowledged or answered (staff) stays out. */
export const directoratesExport = personalDataExportPart(
  "firstLine",
  "First-line handling (directorates): the directorate, acknowledgement, the reasoned answer, its outcome and remedy; null when none.",
  async (dataSource, complaintId) => {
    const c = await dataSource.getRepository(ComplaintCase).findOneBy({ complaintId });
    if (!c) return { ownerSub: undefined, data: null };
    const firstLine = {
      directorate: c.directorate,
      acknowledgedAt: c.acknowledgedAt,
      answeredAt: c.answeredAt,
      answer: c.answer,
      outcome: c.outcome,
      remedy: c.remedy,
    };
    return { ownerSub: c.ownerSub, data: { firstLine: asJson(firstLine) } };
  },
);
