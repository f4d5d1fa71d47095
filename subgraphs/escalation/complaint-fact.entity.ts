import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { Admissibility, DirectorateCode, InadmissibilityReason, Outcome } from "../../lib/enums";

const time = { type: "datetime", precision: 3 } as const;

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
  @Column(time)
  receivedAt!: Date;

  @Column({ type: "varchar", length: 16 })
  admissibility!: Admissibility;

  @Column({ type: "varchar", length: 40, nullable: true })
  inadmissibilityReason!: InadmissibilityReason | null;

  @Column({ type: "boolean", default: false })
  withdrawn!: boolean;

  @Column({ ...time, nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ ...time, nullable: true })
  answeredAt!: Date | null;

  @Column({ type: "varchar", length: 20, nullable: true })
  outcome!: Outcome | null;
}
