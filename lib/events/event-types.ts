import type { Admissibility, Channel, DirectorateCode, InadmissibilityReason, Language, Outcome } from "../domain/enums";

/**
 * The domain events of DESIGN.md. Payloads carry only what consumers need to
 * decide; personal data of the complainant stays in intake. Times are ISO strings.
 */
export interface EventPayloads {
  ComplaintFiled: {
    reference: string;
    ownerSub: string | null;
    directorate: DirectorateCode;
    channel: Channel;
    language: Language;
    receivedAt: string;
    admissibility: Admissibility;
    inadmissibilityReason: InadmissibilityReason | null;
    /** The appeal route the complainant named, when the form says the decision has one. */
    appealRoute: string | null;
    /** The form says it concerns a decision with an appeal route (the coordinator still screens it); absent in older events. */
    concernsDecisionWithAppealRoute?: boolean;
  };
  ComplaintScreened: { admissibility: Admissibility; inadmissibilityReason: InadmissibilityReason | null; note: string | null };
  ComplaintTransferred: { from: DirectorateCode; to: DirectorateCode; note: string };
  ComplaintWithdrawn: Record<string, never>;
  /** Staff posted a paper letter (markLetterPosted); `kind` is a LetterKind. */
  LetterPosted: { letterId: string; kind: string; postedAt: string };
  ComplaintAcknowledged: { acknowledgedAt: string };
  ComplaintAnswered: { acknowledgedAt: string; answeredAt: string; outcome: Outcome; answer: string };
  EscalationRequested: { escalationId: string; requestedAt: string; dueAt: string; reason: string };
  EscalationDecided: { escalationId: string; decidedAt: string; outcome: Outcome; decision: string };
}

export type EventType = keyof EventPayloads;

export interface DomainEvent<T extends EventType = EventType> {
  /** Position in the producer's outbox: the feed's cursor. */
  seq: number;
  id: string;
  type: T;
  complaintId: string;
  occurredAt: string;
  payload: EventPayloads[T];
}
