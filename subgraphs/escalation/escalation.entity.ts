import { Directive, Field, ID, ObjectType } from "type-graphql";
import { TIMESTAMP } from "../../lib/platform/database";
import { Column, Entity, Index, PrimaryColumn, Unique } from "typeorm";
import { DirectorateCode, EscalationStatus, Outcome } from "../../lib/domain/enums";
import { ESCALATION_DAYS, dueDescription } from "../../lib/domain/deadlines";
import { TEXT_LIMITS } from "../../lib/domain/text-limits";

/** Second line: the Centrale Klachtendienst of the Chair of the Management Committee. */
@ObjectType({
  description:
    'A complaint taken to the Central Complaints Service (second line): "Als u geen voldoening krijgt bij de betrokken dienst, kan u zich richten tot de Centrale Klachtendienst van de Voorzitster van het Directiecomité." Readable by the complainant (own complaint), the coordinator of the complaint\'s directorate and the central service.',
})
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
  @Field(() => ID, { description: "The escalation's id." })
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

  @Field({
    description:
      "When the complainant turned to the second line (ISO 8601 instant, UTC): when they asked online, or, for a request by post, fax or e-mail that the central service recorded, when it arrived.",
  })
  @Column(TIMESTAMP)
  requestedAt!: Date;

  @Field({
    description: `Why the complainant asks: why the answer does not satisfy, or (review) why the complaint should be admitted; at most ${TEXT_LIMITS.reason} characters.`,
  })
  @Column({ type: "text" })
  reason!: string;

  @Field(() => EscalationStatus, { description: "REQUESTED until the Central Complaints Service decides, then DECIDED." })
  @Column({ type: "varchar", length: 16 })
  status!: EscalationStatus;

  @Field({
    description: `When the decision is due (ISO 8601 instant, UTC). ${dueDescription(ESCALATION_DAYS, "requestedAt")}`,
  })
  @Column(TIMESTAMP)
  dueAt!: Date;

  @Field(() => Date, { nullable: true, description: "When the Central Complaints Service decided (ISO 8601 instant, UTC); null until then." })
  @Column({ ...TIMESTAMP, nullable: true })
  decidedAt!: Date | null;

  @Column({ type: "varchar", length: 200, nullable: true })
  decidedBy!: string | null;

  @Field(() => String, { nullable: true, description: `The reasoned decision, at most ${TEXT_LIMITS.answer} characters; null until decided.` })
  @Column({ type: "text", nullable: true })
  decision!: string | null;

  @Field(() => Outcome, {
    nullable: true,
    description:
      "The decision's judgement; null until decided. About an answer it is the complaint's final outcome; for a review it judges the inadmissibility decision (the screening itself changes only by rescreenComplaint).",
  })
  @Column({ type: "varchar", length: 20, nullable: true })
  outcome!: Outcome | null;

  @Field(() => String, {
    nullable: true,
    description: `When the decision finds the complaint (partly) founded: the solution or how the error is put right, at most ${TEXT_LIMITS.remedy} characters; otherwise null.`,
  })
  @Column({ type: "text", nullable: true })
  remedy!: string | null;
}
