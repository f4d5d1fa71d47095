import { TIMESTAMP } from "../../lib/platform/database";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { Admissibility, DirectorateCode, InadmissibilityReason, Outcome } from "../../lib/domain/enums";

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
