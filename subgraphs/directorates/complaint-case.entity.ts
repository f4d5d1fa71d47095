import { TIMESTAMP } from "../../lib/platform/database";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { Admissibility, DirectorateCode, Outcome } from "../../lib/domain/enums";

/**
 * The first line's file on a complaint: the facts it copies from intake's
 * events (owner, directorate, receipt, admissibility), whether it was
 * escalated (escalation's events) and its own handling.
 */
@Entity("complaint_case")
@Index("idx_case_directorate_received", ["directorate", "receivedAt"])
// The deadline watch's search: unanswered, not yet noticed, oldest receipt first.
@Index("idx_case_answer_watch", ["answeredAt", "answerOverdueNoticedAt", "receivedAt"])
export class ComplaintCase {
  @PrimaryColumn({ type: "varchar", length: 36 })
  complaintId!: string;

  @Column({ type: "varchar", length: 20 })
  reference!: string;

  @Index()
  @Column({ type: "varchar", length: 200, nullable: true })
  ownerSub!: string | null;

  @Column({ type: "varchar", length: 40 })
  directorate!: DirectorateCode;

  @Column(TIMESTAMP)
  receivedAt!: Date;

  @Column({ type: "varchar", length: 16 })
  admissibility!: Admissibility;

  @Column({ type: "boolean", default: false })
  withdrawn!: boolean;

  /** Copied from escalation's EscalationRequested: the first line's steps end there (transitions.ts). */
  @Column({ type: "boolean", default: false })
  escalated!: boolean;

  /** The directorates it was transferred away from, comma-separated: their coordinators hear it left their hands (CONFLICT), not NOT_FOUND. */
  @Column({ type: "varchar", length: 400, default: "" })
  formerDirectorates!: string;

  @Column({ ...TIMESTAMP, nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ type: "varchar", length: 200, nullable: true })
  acknowledgedBy!: string | null;

  @Column({ ...TIMESTAMP, nullable: true })
  answeredAt!: Date | null;

  @Column({ type: "varchar", length: 200, nullable: true })
  answeredBy!: string | null;

  @Column({ type: "text", nullable: true })
  answer!: string | null;

  @Column({ type: "varchar", length: 20, nullable: true })
  outcome!: Outcome | null;

  /**
   * The name (token's `name` claim) of the coordinator handling it now: who acknowledged it,
   * cleared by a transfer. For the letters no coordinator's step causes (the delay letter).
   */
  @Column({ type: "varchar", length: 200, nullable: true })
  handlerName!: string | null;

  /** When the deadline watch found the answer overdue and published ComplaintAnswerOverdue (the delay letter); set once. */
  @Column({ ...TIMESTAMP, nullable: true })
  answerOverdueNoticedAt!: Date | null;

  /** What is proposed or put right, for a (partly) founded complaint. */
  @Column({ type: "text", nullable: true })
  remedy!: string | null;

  /** When intake's PersonalDataErased was applied: the answer and remedy are gone and stay gone. */
  @Column({ ...TIMESTAMP, nullable: true })
  personalDataErasedAt!: Date | null;
}

/** `formerDirectorates` with `code` added (once). */
export function withFormer(formerDirectorates: string, code: DirectorateCode): string {
  const codes = formerDirectorates ? formerDirectorates.split(",") : [];
  return codes.includes(code) ? formerDirectorates : [...codes, code].join(",");
}

/** The directorates a case was transferred away from. */
export const formerDirectoratesOf = (c: ComplaintCase): DirectorateCode[] =>
  c.formerDirectorates ? (c.formerDirectorates.split(",") as DirectorateCode[]) : [];
