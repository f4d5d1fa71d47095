import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { LONG_TEXT, TIMESTAMP } from "../../../lib/platform/database";
import { Language } from "../../../lib/domain/enums";
import { SendingState } from "./sending-state";
import { LetterStatus, letterStatus } from "./letter.status";

export enum LetterKind {
  ACKNOWLEDGEMENT = "ACKNOWLEDGEMENT",
  FIRST_LINE_ANSWER = "FIRST_LINE_ANSWER",
  ESCALATION_RECEIPT = "ESCALATION_RECEIPT",
  ESCALATION_DECISION = "ESCALATION_DECISION",
  INADMISSIBILITY = "INADMISSIBILITY",
  APPEAL_ROUTE = "APPEAL_ROUTE",
  TRANSFER = "TRANSFER",
  WITHDRAWAL = "WITHDRAWAL",
  ANSWER_DELAY = "ANSWER_DELAY",
}

export enum LetterDelivery {
  EMAIL = "EMAIL",
  PAPER = "PAPER",
}

registerEnumType(LetterKind, {
  name: "LetterKind",
  description: "Why the letter was written: one kind per step of the procedure that tells the complainant something.",
  valuesConfig: {
    ACKNOWLEDGEMENT: { description: '"U ontvangt een ontvangstbevestiging uiterlijk binnen de week na ontvangst."' },
    FIRST_LINE_ANSWER: { description: '"Binnen de 30 dagen ontvangt u een gemotiveerd antwoord.": the coordinator\'s reasoned answer.' },
    ESCALATION_RECEIPT: {
      description: "The Central Complaints Service confirms it received a request (or one for a review of inadmissibility) and when it will decide.",
    },
    ESCALATION_DECISION: { description: "The Central Complaints Service's decision on an escalation." },
    INADMISSIBILITY: { description: '"Welke klachten worden niet aanvaard?" A final answer: names the Central Complaints Service (review) and the Ombudsman.' },
    APPEAL_ROUTE: {
      description:
        "At filing, when the form says the complaint concerns a decision with an appeal route: the route, and that a complaint does not stop its deadlines.",
    },
    TRANSFER: { description: "The complaint went to another directorate: who handles it now, and how to reach them." },
    WITHDRAWAL: { description: "The complainant withdrew the complaint: confirmation." },
    ANSWER_DELAY: {
      description: "The 30 days passed without an answer: the complaint is late; the Central Complaints Service and the Ombudsman are open now.",
    },
  },
});
registerEnumType(LetterDelivery, {
  name: "LetterDelivery",
  description: "How the letter reaches the complainant.",
  valuesConfig: {
    EMAIL: { description: "Sent by e-mail to the complainant's address." },
    PAPER: {
      description:
        "No (confirmed) e-mail address, or the e-mail was refused for good or failed too often (emailFailedAt) and a postal address is known: printed and posted by the directorate (markLetterPosted).",
    },
  },
});

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
  @Field(() => ID, { description: "The letter's id (markLetterPosted takes it)." })
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  @Column({ type: "varchar", length: 36 })
  complaintId!: string;

  /** The event that called for the letter: one letter per event, however often it is delivered. */
  @Column({ type: "varchar", length: 36, unique: true })
  eventId!: string;

  @Field(() => LetterKind, { description: "Why it was written." })
  @Column({ type: "varchar", length: 24 })
  kind!: LetterKind;

  @Field(() => Language, { description: "The complaint's language." })
  @Column({ type: "varchar", length: 2 })
  language!: Language;

  @Field(() => LetterDelivery, { description: "E-mail or paper." })
  @Column({ type: "varchar", length: 8 })
  delivery!: LetterDelivery;

  /** The e-mail address for EMAIL delivery. */
  @Column({ type: "varchar", length: 254, nullable: true })
  recipient!: string | null;

  @Field({ description: "The letter's subject line (the e-mail's subject), in its language." })
  @Column({ type: "varchar", length: 300 })
  subject!: string;

  @Field({ description: "The whole letter as plain text." })
  @Column(LONG_TEXT)
  text!: string;

  @Field({ description: "When the letter was written: an ISO 8601 instant in UTC." })
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

  @Field(() => Date, {
    nullable: true,
    description:
      "When sending by e-mail was given up: the mail server refused it for good (SMTP 5xx) or it failed LETTER_EMAIL_MAX_ATTEMPTS times. The letter then goes by post when a postal address is known (delivery PAPER), else it is UNDELIVERABLE.",
  })
  @Column({ ...TIMESTAMP, nullable: true })
  emailFailedAt!: Date | null;

  @Field(() => LetterStatus, { description: "Where the letter is: waiting for a confirmed address, being sent, sent, to be posted, posted, or undeliverable." })
  get status(): LetterStatus {
    return letterStatus(this);
  }
}
