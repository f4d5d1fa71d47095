import { TIMESTAMP } from "../../lib/platform/database";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { Admissibility, Channel, ComplainantKind, ComplaintCategory, DirectorateCode, InadmissibilityReason, Language, Outcome } from "../../lib/domain/enums";

/** What the second line knows of a complaint, copied from intake's and the directorates' events. */
@Entity("complaint_fact")
@Index("idx_fact_directorate_received", ["directorate", "receivedAt"])
export class ComplaintFact {
  @PrimaryColumn({ type: "varchar", length: 36 })
  complaintId!: string;

  @Index()
  @Column({ type: "varchar", length: 200, nullable: true })
  ownerSub!: string | null;

  @Column({ type: "varchar", length: 40 })
  directorate!: DirectorateCode;

  @Index()
  @Column(TIMESTAMP)
  receivedAt!: Date;

  @Column({ type: "varchar", length: 16 })
  admissibility!: Admissibility;

  @Column({ type: "varchar", length: 40, nullable: true })
  inadmissibilityReason!: InadmissibilityReason | null;

  @Column({ type: "boolean", default: false })
  withdrawn!: boolean;

  /** When the withdrawal happened (the event's time); null when not withdrawn or withdrawn before this column existed. */
  @Column({ ...TIMESTAMP, nullable: true })
  withdrawnAt!: Date | null;

  // The annual report's breakdowns, from ComplaintFiled; null for complaints filed before the events carried them
  // (category, complainant kind) or before this copy kept them (channel, language): see the report's backfill note.
  @Column({ type: "varchar", length: 40, nullable: true })
  category!: ComplaintCategory | null;

  @Column({ type: "varchar", length: 16, nullable: true })
  channel!: Channel | null;

  @Column({ type: "varchar", length: 2, nullable: true })
  language!: Language | null;

  /** Null also for an anonymous complaint (no complainant). */
  @Column({ type: "varchar", length: 16, nullable: true })
  complainantKind!: ComplainantKind | null;

  @Column({ ...TIMESTAMP, nullable: true })
  acknowledgedAt!: Date | null;

  /** When staff posted the paper acknowledgement (intake's LetterPosted): the day the acknowledgement was given, for the figures. */
  @Column({ ...TIMESTAMP, nullable: true })
  acknowledgementPostedAt!: Date | null;

  @Column({ ...TIMESTAMP, nullable: true })
  answeredAt!: Date | null;

  @Column({ type: "varchar", length: 20, nullable: true })
  outcome!: Outcome | null;

  /** When the complaint was found inadmissible (the event's time), for the review's window; null while it is not, or for facts copied before this column. */
  @Column({ ...TIMESTAMP, nullable: true })
  inadmissibleSince!: Date | null;

  /** When intake's PersonalDataErased was applied: the escalations' reasons and decisions are gone and stay gone. */
  @Column({ ...TIMESTAMP, nullable: true })
  personalDataErasedAt!: Date | null;
}
