import { Directive, Field, ID, ObjectType } from "type-graphql";
import { TIMESTAMP } from "../../lib/platform/database";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { Admissibility, Channel, ComplaintCategory, ComplaintStatus, DirectorateCode, InadmissibilityReason, Language } from "../../lib/domain/enums";
import { ACKNOWLEDGEMENT_DAYS, ANSWER_DAYS, dueDescription } from "../../lib/domain/deadlines";
import { TEXT_LIMITS } from "../../lib/domain/text-limits";
import { Complainant } from "./complainant.types";

@ObjectType({
  description:
    "A complaint about the FOD's service. Owned by intake. Seen by the citizen who filed it, the coordinator of its directorate and the central service (its scope).",
})
@Directive('@key(fields: "id")')
@Entity("complaint")
// One index per list and filter, each ending in the newest-first order (receivedAt, id).
@Index("idx_complaint_directorate_received", ["directorate", "receivedAt", "id"])
@Index("idx_complaint_directorate_status_received", ["directorate", "status", "receivedAt", "id"])
@Index("idx_complaint_status_received", ["status", "receivedAt", "id"])
@Index("idx_complaint_owner_received", ["ownerSub", "receivedAt", "id"])
@Index("idx_complaint_received", ["receivedAt", "id"])
@Index("idx_complaint_reference_seq", ["referenceYear", "referenceNumber"], { unique: true })
export class Complaint {
  @Field(() => ID, { description: "The complaint's id (a UUID)." })
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  @Field({ description: "Human reference, unique, e.g. IBZ-2026-000042 (a year and a six-digit number); printed in every letter." })
  @Column({ type: "varchar", length: 20, unique: true })
  reference!: string;

  @Column({ type: "int" })
  referenceYear!: number;

  @Column({ type: "int" })
  referenceNumber!: number;

  /** The citizen account that filed it online; null for post/fax/e-mail registrations. */
  @Column({ type: "varchar", length: 200, nullable: true })
  ownerSub!: string | null;

  /** Null for an anonymous complaint; resolved by a field resolver that hides empty rows. */
  @Column(() => Complainant, { prefix: "complainant" })
  complainant!: Complainant;

  @Field(() => Channel, { description: "How it came in: ONLINE_FORM when filed by the citizen, else as registered by staff." })
  @Column({ type: "varchar", length: 16 })
  channel!: Channel;

  @Field(() => ComplaintCategory, { description: "What the complainant is not satisfied with." })
  @Column({ type: "varchar", length: 40 })
  category!: ComplaintCategory;

  /** The directorate the complaint is about and that handles it now. */
  @Column({ type: "varchar", length: 40 })
  directorate!: DirectorateCode;

  /** The directorates' feed position of the last transfer recorded (their ComplaintReleased): an older release never undoes a newer one. */
  @Column({ type: "int", default: 0 })
  transferSeq!: number;

  @Field({ description: `One line, at most ${TEXT_LIMITS.subject} characters.` })
  @Column({ type: "varchar", length: TEXT_LIMITS.subject })
  subject!: string;

  @Field({ description: `The complaint in the complainant's words, at most ${TEXT_LIMITS.description} characters.` })
  @Column({ type: "text" })
  description!: string;

  @Field(() => String, {
    nullable: true,
    description: `What the complainant would like done, at most ${TEXT_LIMITS.desiredOutcome} characters; null: not said.`,
  })
  @Column({ type: "text", nullable: true })
  desiredOutcome!: string | null;

  @Field(() => Language, { description: "The complainant's language: the letters and system notes are written in it." })
  @Column({ type: "varchar", length: 2 })
  language!: Language;

  @Field({
    description:
      "The form's answer: the complaint concerns a decision with an appeal route (false for complaints registered by staff). It does not decide admissibility: the coordinator screens the complaint, and the complainant got a letter naming the appeal route.",
  })
  @Column({ type: "boolean", default: false })
  concernsDecisionWithAppealRoute!: boolean;

  @Field(() => String, { nullable: true, description: "The appeal route named on the decision, as the complainant gave it." })
  @Column({ type: "text", nullable: true })
  appealRoute!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Asked before filing: did the complainant first turn to the official who handles their file ("Voor het rechtzetten van fouten kunt u steeds terecht bij de ambtenaar ...")? Null: not answered.',
  })
  @Column({ type: "boolean", nullable: true })
  triedOfficialHandlingFirst!: boolean | null;

  @Field({
    description:
      "When the FOD received it, an ISO 8601 instant in UTC: the filing for ONLINE_FORM; for a registered complaint the receivedAt given, or 00:00 Brussels time of the receivedOn day. The deadlines count from it.",
  })
  @Column(TIMESTAMP)
  receivedAt!: Date;

  /** When it was typed in; differs from receivedAt for post and fax. */
  @Column(TIMESTAMP)
  registeredAt!: Date;

  @Column({ type: "varchar", length: 200, nullable: true })
  registeredBy!: string | null;

  @Field(() => Admissibility, { description: "The screening's result; PENDING until a coordinator or the central service screens it." })
  @Column({ type: "varchar", length: 16 })
  admissibility!: Admissibility;

  @Field(() => InadmissibilityReason, { nullable: true, description: "Why it is not handled; null unless admissibility is INADMISSIBLE." })
  @Column({ type: "varchar", length: 40, nullable: true })
  inadmissibilityReason!: InadmissibilityReason | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The note of the screening or of the last rescreening (for an anonymous registration, the system's note in the complaint's language): for DECISION_WITH_APPEAL_ROUTE the appeal route; for an admissible complaint about such a decision, which parts are handled.",
  })
  @Column({ type: "text", nullable: true })
  admissibilityNote!: string | null;

  @Field({ description: `${dueDescription(ACKNOWLEDGEMENT_DAYS, "receivedAt")} "U ontvangt een ontvangstbevestiging uiterlijk binnen de week na ontvangst."` })
  @Column(TIMESTAMP)
  acknowledgementDueAt!: Date;

  @Field({ description: `${dueDescription(ANSWER_DAYS, "receivedAt")} "Binnen de 30 dagen ontvangt u een gemotiveerd antwoord."` })
  @Column(TIMESTAMP)
  answerDueAt!: Date;

  @Field(() => ComplaintStatus, { description: "Where the complaint stands in the procedure; timeline gives the history." })
  @Column({ type: "varchar", length: 16 })
  status!: ComplaintStatus;

  /** Copied from the directorates' events, for the overdue filters. */
  @Column({ ...TIMESTAMP, nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ ...TIMESTAMP, nullable: true })
  answeredAt!: Date | null;

  /** When the latest final act happened (lib/domain/finished.ts); null while the complaint is open. */
  @Column({ ...TIMESTAMP, nullable: true })
  finalActAt!: Date | null;

  /** The final act may still be taken to the second line within the escalation window. */
  @Column({ type: "boolean", default: false })
  finalActAppealable!: boolean;

  @Field(() => Date, {
    nullable: true,
    description:
      "When the complaint's personal data was erased (erasePersonalData or the retention period); null while it is kept. Once set, the complainant and the notes read null, subject and description the empty string.",
  })
  @Column({ ...TIMESTAMP, nullable: true })
  personalDataErasedAt!: Date | null;
  /** Special categories of data (GDPR art. 9) staff flagged, comma-separated; null: none (personal-data/special-categories.ts). */
  @Column({ type: "varchar", length: 200, nullable: true })
  specialCategories!: string | null;

  @Column({ type: "text", nullable: true })
  specialCategoriesReason!: string | null;

  @Column({ ...TIMESTAMP, nullable: true })
  specialCategoriesFlaggedAt!: Date | null;
}
