import { Directive, Field, ID, ObjectType } from "type-graphql";
import { TIMESTAMP } from "../../lib/platform/database";
import { Column, Entity, Index, PrimaryColumn, Unique } from "typeorm";
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
// One request about the answer and one review of an inadmissibility decision per complaint.
@Unique("uq_escalation_complaint_review", ["complaintId", "review"])
export class Escalation {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  @Column({ type: "varchar", length: 36 })
  complaintId!: string;

  /** The online complainant; null for a complaint that came by post, fax or e-mail. */
  @Column({ type: "varchar", length: 200, nullable: true })
  ownerSub!: string | null;

  @Field({ description: "True when it asks for a review of the decision that the complaint is inadmissible." })
  @Column({ type: "boolean", default: false })
  review!: boolean;

  /** The central service member who recorded a request made by post, fax or e-mail; null when the complainant asked online. */
  @Column({ type: "varchar", length: 200, nullable: true })
  recordedBy!: string | null;

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

  @Field({
    description: `${dueDescription(ESCALATION_DAYS, "requestedAt")}; for a request by post, fax or e-mail the central service recorded, from when it arrived`,
  })
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

  @Field(() => String, { nullable: true, description: "When the decision finds the complaint (partly) founded: the solution or how the error is put right." })
  @Column({ type: "text", nullable: true })
  remedy!: string | null;
}
