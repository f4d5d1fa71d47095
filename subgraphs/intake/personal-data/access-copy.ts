import type { DataSource } from "typeorm";
import type { Caller } from "../../../lib/auth/caller";
import { notFound } from "../../../lib/errors";
import { accessLog, asJson, mayExport, type JsonObject } from "../../../lib/graphql/personal-data-export";
import { msg } from "../../../lib/i18n/message";
import type { Clock } from "../../../lib/platform/clock";
import type { Complaint } from "../complaint.entity";
import type { ComplaintQueries } from "../complaint.queries";
import { lettersByComplaint } from "../letters/letter.queries";
import { parseCategories } from "./special-categories";

/** The parts the gateway fetched from the other subgraphs (PersonalDataExport's @requires). */
export interface PeerParts {
  firstLine?: JsonObject | null;
  escalation?: JsonObject | null;
}

/**
 * The access copy (GDPR art. 15(3)): intake's part (the complaint, its timeline, the letters) and the whole
 * document, which puts every subgraph's part and their access logs together. Staff identities stay out:
 * who registered the complaint, and the access log's actors beyond their role and directorate.
 */
export class AccessCopy {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly queries: Pick<ComplaintQueries, "getVisible" | "timelines">,
  ) {}

  /** The complaint, when the caller may have its copy: its online complainant or the central service; NOT_FOUND otherwise. */
  async exportable(caller: Caller, complaintId: string): Promise<Complaint> {
    const complaint = await this.queries.getVisible(caller, complaintId);
    if (!mayExport(caller, complaint.ownerSub)) throw notFound(msg("complaint.notFound", { id: complaintId }));
    return complaint;
  }

  async intakePart(complaint: Complaint): Promise<JsonObject> {
    const [timeline, letters] = await Promise.all([this.queries.timelines([complaint.id]), lettersByComplaint(this.dataSource, [complaint.id])]);
    return {
      complaint: complaintPart(complaint),
      timeline: (timeline.get(complaint.id) ?? []).map(({ kind, status, at, note, fromDirectorate, toDirectorate }) =>
        asJson({ kind, status, at, note, fromDirectorate, toDirectorate }),
      ),
      letters: (letters.get(complaint.id) ?? []).map((l) =>
        asJson({
          kind: l.kind,
          language: l.language,
          delivery: l.delivery,
          status: l.status,
          recipient: l.recipient,
          subject: l.subject,
          text: l.text,
          createdAt: l.createdAt,
          sentAt: l.sentAt,
          postedAt: l.postedAt,
          emailFailedAt: l.emailFailedAt,
        }),
      ),
      accessLog: await accessLog(this.dataSource, complaint.id),
    };
  }

  /** One JSON document: a part per subgraph, and one access log of all of them, oldest first. */
  async document(complaint: Complaint, peers: PeerParts): Promise<JsonObject> {
    const split = (part: JsonObject | null | undefined) => {
      const { accessLog: log = [], ...data } = part ?? {};
      return { data, log: log as JsonObject[] };
    };
    const intake = split(await this.intakePart(complaint));
    const directorates = split(peers.firstLine);
    const escalation = split(peers.escalation);
    const log: JsonObject[] = [
      ...intake.log.map((e) => ({ ...e, part: "intake" })),
      ...directorates.log.map((e) => ({ ...e, part: "directorates" })),
      ...escalation.log.map((e) => ({ ...e, part: "escalation" })),
    ];
    // ISO instants in UTC sort as text.
    log.sort((a, b) => String(a.at).localeCompare(String(b.at)));
    return {
      complaintId: complaint.id,
      reference: complaint.reference,
      generatedAt: this.clock.now().toISOString(),
      intake: intake.data,
      directorates: directorates.data,
      escalation: escalation.data,
      accessLog: log,
    };
  }
}

/** The complaint as stored, without staff identities (registeredBy) or bookkeeping. */
function complaintPart(c: Complaint): JsonObject {
  return asJson({
    id: c.id,
    reference: c.reference,
    channel: c.channel,
    category: c.category,
    directorate: c.directorate,
    language: c.language,
    complainant: c.complainant?.name ? c.complainant : null,
    subject: c.subject,
    description: c.description,
    desiredOutcome: c.desiredOutcome,
    concernsDecisionWithAppealRoute: c.concernsDecisionWithAppealRoute,
    appealRoute: c.appealRoute,
    triedOfficialHandlingFirst: c.triedOfficialHandlingFirst,
    receivedAt: c.receivedAt,
    registeredAt: c.registeredAt,
    status: c.status,
    admissibility: c.admissibility,
    inadmissibilityReason: c.inadmissibilityReason,
    admissibilityNote: c.admissibilityNote,
    acknowledgementDueAt: c.acknowledgementDueAt,
    answerDueAt: c.answerDueAt,
    acknowledgedAt: c.acknowledgedAt,
    answeredAt: c.answeredAt,
    specialCategories: c.specialCategories
      ? { categories: parseCategories(c.specialCategories), reason: c.specialCategoriesReason, flaggedAt: c.specialCategoriesFlaggedAt }
      : null,
  });
}
