import { Directive, Field, ID, ObjectType } from "type-graphql";
import { TIMESTAMP } from "../../lib/platform/database";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { DirectorateCode, EscalationStatus, Outcome } from "../../lib/domain/enums";
import { ESCALATION_DAYS, dueDescription } from "../../lib/domain/deadlines";

/** Second line: the Centrale Klachtendienst of the Chair of the Management Committee. */
@ObjectType({ description: "A complaint taken to the Central Complaints Service." })
@Directive('@key(fields: "id")')
@Entity("escalation")
// One index per scope and filter of the list, each ending in its newest-first order (requestedAt, id).
@Index("idx_escalation_requested", ["requestedAt", "id"])
@Index("idx_escalation_directorate_requested", ["directorate", "requestedAt", "id"])
@Index("idx_escalation_owner_requested", ["ownerSub", "requestedAt", "id"])
@Index("idx_escalation_status_requested", ["status", "requestedAt", "id"])
export class Escalation {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  /** One escalation per complaint. */
  @Column({ type: "varchar", length: 36, unique: true })
  complaintId!: string;

  @Column({ type: "varchar", length: 200 })
  ownerSub!: string;

  @Column({ type: "varchar", length: 40 })
  directorate!: DirectorateCode;

  @Field()
  @Column(TIMESTAMP)
  requestedAt!: Date;

  @Field()
  @Column({ type: "text" })
  reason!: string;

  @Field(() => EscalationStatus)
  @Column({ type: "varchar", length: 16 })
  status!: EscalationStatus;

  @Field({ description: dueDescription(ESCALATION_DAYS, "requestedAt") })
  @Column(TIMESTAMP)
  dueAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column({ ...TIMESTAMP, nullable: true })
  decidedAt!: Date | null;

  @Column({ type: "varchar", length: 200, nullable: true })
  decidedBy!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  decision!: string | null;

  @Field(() => Outcome, { nullable: true })
  @Column({ type: "varchar", length: 20, nullable: true })
  outcome!: Outcome | null;
}
