import { TIMESTAMP } from "../../lib/platform/database";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { Admissibility, DirectorateCode, Outcome } from "../../lib/domain/enums";

/**
 * The first line's file on a complaint: the facts it copies from intake's
 * events (owner, directorate, receipt, admissibility) and its own handling.
 */
@Entity("complaint_case")
@Index("idx_case_directorate_received", ["directorate", "receivedAt"])
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

  /** What is proposed or put right, for a (partly) founded complaint. */
  @Column({ type: "text", nullable: true })
  remedy!: string | null;
}
