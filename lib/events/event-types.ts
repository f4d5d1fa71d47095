import type {
  Admissibility,
  Channel,
  ComplainantKind,
  ComplaintCategory,
  ComplaintStatus,
  DirectorateCode,
  InadmissibilityReason,
  Language,
  Outcome,
} from "../domain/enums";
import type { Handler } from "../domain/handling";

/**
 * The domain events of DESIGN.md. Payloads carry only what consumers need to
 * decide; personal data of the complainant stays in intake. Times are ISO strings.
 * `handler` (who took the step, for the letter) is absent in events written before it existed.
 * The texts a payload still carries are those intake's letters quote (a screening's note, the answer, the decision);
 * they are erased from the outbox with the complaint's personal data (personal-payload.ts). Fields marked
 * "older events only" are no longer written; consumers do not read them.
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
    /** Older events only: the appeal route the complainant named (intake's letters read it from the complaint). */
    appealRoute?: string | null;
    /** The form says it concerns a decision with an appeal route (the coordinator still screens it); absent in older events. */
    concernsDecisionWithAppealRoute?: boolean;
    /** For the annual report's breakdowns; absent in older events. */
    category?: ComplaintCategory;
    /** Null for an anonymous complaint; absent in older events. */
    complainantKind?: ComplainantKind | null;
  };
  ComplaintScreened: { admissibility: Admissibility; inadmissibilityReason: InadmissibilityReason | null; note: string | null; handler?: Handler };
  /** The central service corrected an inadmissibility decision; `status`: where the complaint stands now. */
  ComplaintRescreened: {
    admissibility: Admissibility;
    inadmissibilityReason: InadmissibilityReason | null;
    previousReason: InadmissibilityReason | null;
    note: string;
    status: ComplaintStatus;
  };
  /** `note`: older events only (the timeline keeps the transfer's note in intake). `release`: the directorates' ComplaintReleased (its feed position) this transfer records; absent in transfers intake decided alone, before that. */
  ComplaintTransferred: { from: DirectorateCode; to: DirectorateCode; note?: string | null; release?: number };
  ComplaintWithdrawn: Record<string, never>;
  /** Staff posted a paper letter (markLetterPosted); `kind` is a LetterKind. */
  LetterPosted: { letterId: string; kind: string; postedAt: string };
  ComplaintAcknowledged: { acknowledgedAt: string; handler?: Handler };
  /** The first line let the complaint go to another directorate (transferComplaint asks it first, docs/architecture.md); intake records the transfer. */
  ComplaintReleased: { from: DirectorateCode; to: DirectorateCode; note: string; handler?: Handler };
  ComplaintAnswered: { acknowledgedAt: string; answeredAt: string; outcome: Outcome; answer: string; remedy?: string | null; handler?: Handler };
  /** The answer's deadline passed without an answer (directorates' deadline watch); once per complaint. */
  ComplaintAnswerOverdue: { answerDueAt: string; handler?: Handler };
  /** `review`: a review of the inadmissibility decision; `recordedBy`: the central service, for a request by post, fax or e-mail. */
  /** `reason`, `recordedBy`: older events only (no consumer needs them; the escalation subgraph keeps them). */
  EscalationRequested: { escalationId: string; requestedAt: string; dueAt: string; reason?: string | null; review?: boolean; recordedBy?: string | null };
  EscalationDecided: {
    escalationId: string;
    decidedAt: string;
    outcome: Outcome;
    decision: string;
    remedy?: string | null;
    review?: boolean;
    handler?: Handler;
  };
  /** Intake erased the complaint's personal data (erasePersonalData, or the retention period): each subgraph erases its own copy. */
  PersonalDataErased: { erasedAt: string; ground: string };
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
  /** The W3C traceparent of the request that produced it, when traces are on: its application links there. */
  trace?: string;
}
