import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { LONG_TEXT, TIMESTAMP } from "../../../lib/platform/database";
import { Language } from "../../../lib/domain/enums";
import { SendingState } from "./sending-state";

export enum LetterKind {
  /** "U ontvangt een ontvangstbevestiging uiterlijk binnen de week na ontvangst." */
  ACKNOWLEDGEMENT = "ACKNOWLEDGEMENT",
  /** "Binnen de 30 dagen ontvangt u een gemotiveerd antwoord." */
  FIRST_LINE_ANSWER = "FIRST_LINE_ANSWER",
  /** The Central Complaints Service confirms it received a request (or one for a review of inadmissibility) and when it will decide. */
  ESCALATION_RECEIPT = "ESCALATION_RECEIPT",
  /** The Central Complaints Service's decision on an escalation. */
  ESCALATION_DECISION = "ESCALATION_DECISION",
  /** "Welke klachten worden niet aanvaard?" A final answer: names the Central Complaints Service (review) and the Ombudsman. */
  INADMISSIBILITY = "INADMISSIBILITY",
  /** At filing, when the form says the complaint concerns a decision with an appeal route: the route, and that a complaint does not stop its deadlines. */
  APPEAL_ROUTE = "APPEAL_ROUTE",
  /** The complaint went to another directorate: who handles it now, and how to reach them. */
  TRANSFER = "TRANSFER",
  /** The complainant withdrew the complaint: confirmation. */
  WITHDRAWAL = "WITHDRAWAL",
  /** The 30 days passed without an answer: the complaint is late; the Central Complaints Service and the Ombudsman are open now. */
  ANSWER_DELAY = "ANSWER_DELAY",
}

export enum LetterDelivery {
  /** Sent by e-mail to the complainant's address. */
  EMAIL = "EMAIL",
  /** No e-mail address: printed and posted (or read out) by the directorate. */
  PAPER = "PAPER",
}

registerEnumType(LetterKind, { name: "LetterKind" });
registerEnumType(LetterDelivery, { name: "LetterDelivery" });

/**
 * A letter to the complainant, written once per domain event that calls for
 * one (eventId is unique). E-mail letters wait in this table until the
 * dispatcher has handed them to the mail server: nextAttemptAt is null once
 * there is nothing left to send.
 */
@ObjectType({ description: "A letter to the complainant, in their language." })
@Entity("letter")
@Index("idx_letter_complaint", ["complaintId", "createdAt"])
@Index("idx_letter_next_attempt", ["nextAttemptAt"])
export class Letter extends SendingState {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  @Column({ type: "varchar", length: 36 })
  complaintId!: string;

  /** The event that called for the letter: one letter per event, however often it is delivered. */
  @Column({ type: "varchar", length: 36, unique: true })
  eventId!: string;

  @Field(() => LetterKind)
  @Column({ type: "varchar", length: 24 })
  kind!: LetterKind;

  @Field(() => Language)
  @Column({ type: "varchar", length: 2 })
  language!: Language;

  @Field(() => LetterDelivery)
  @Column({ type: "varchar", length: 8 })
  delivery!: LetterDelivery;

  /** The e-mail address for EMAIL delivery. */
  @Column({ type: "varchar", length: 254, nullable: true })
  recipient!: string | null;

  @Field()
  @Column({ type: "varchar", length: 300 })
  subject!: string;

  @Field({ description: "The whole letter as plain text." })
  @Column(LONG_TEXT)
  text!: string;

  @Field()
  @Column(TIMESTAMP)
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: "When the mail server accepted it; null for paper letters and while unsent." })
  @Column({ ...TIMESTAMP, nullable: true })
  sentAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: "For a paper letter: when staff posted it (markLetterPosted); the annual figures count a paper acknowledgement as given on that day.",
  })
  @Column({ ...TIMESTAMP, nullable: true })
  postedAt!: Date | null;

  @Field({
    description: "True while the letter waits for the complainant to confirm their e-mail address (confirmEmail); nothing is sent to an unconfirmed address.",
  })
  @Column({ type: "boolean", default: false })
  waitingForConfirmation!: boolean;
}
