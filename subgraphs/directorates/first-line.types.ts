import { IsOptional, Matches, MaxLength } from "class-validator";
import { Directive, Field, ID, InputType, ObjectType } from "type-graphql";
import { Outcome } from "../../lib/domain/enums";
import { ACKNOWLEDGEMENT_DAYS, ANSWER_DAYS } from "../../lib/domain/deadlines";
import { TEXT_LIMITS, NOT_BLANK } from "../../lib/domain/text-limits";
import { DEFAULT_REASONED_MIN_CHARS } from "../../lib/domain/reasoned-answer";
import { MultiLine } from "../../lib/graphql/text";
import type { ComplaintCase } from "./complaint-case.entity";

/** Intake's Complaint, extended with its first-line handling. */
@ObjectType("Complaint")
@Directive('@key(fields: "id")')
export class ComplaintRef {
  @Field(() => ID)
  id!: string;

  /** This subgraph's file on it; null until ComplaintFiled has arrived. */
  case!: ComplaintCase | null;
}

@ObjectType({
  description:
    "First-line handling by the complaint coordinator of the complaint's directorate: \"een klachtencoördinator ... die uw klacht behandelt en een oplossing voorstelt of de fout rechtzet\". Readable by the complainant (own complaint), that directorate's coordinator and the central service; reads of answer and remedy are recorded in the audit trail.",
})
export class FirstLineHandling {
  @Field(() => Date, {
    nullable: true,
    description:
      'When the coordinator confirmed receipt (ISO 8601 instant, UTC); null until then. "U ontvangt een ontvangstbevestiging uiterlijk binnen de week na ontvangst."',
  })
  acknowledgedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the reasoned answer was given (ISO 8601 instant, UTC); null until then. "Binnen de 30 dagen ontvangt u een gemotiveerd antwoord."',
  })
  answeredAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: `The reasoned answer (gemotiveerd antwoord), at most ${TEXT_LIMITS.answer} characters; null until answered.`,
  })
  answer!: string | null;

  @Field(() => Outcome, {
    nullable: true,
    description:
      "The coordinator's judgement of the complaint; null until answered. Where the Central Complaints Service decided, its Escalation.outcome is the final one.",
  })
  outcome!: Outcome | null;

  @Field(() => String, {
    nullable: true,
    description: `For a (partly) founded complaint: the solution proposed or how the error is put right, at most ${TEXT_LIMITS.remedy} characters; otherwise null.`,
  })
  remedy!: string | null;

  @Field({
    description: `True when the complaint is neither withdrawn nor inadmissible, is not acknowledged and Complaint.acknowledgementDueAt (${ACKNOWLEDGEMENT_DAYS} days after receipt, art. 1.7 Civil Code) has passed.`,
  })
  acknowledgementOverdue!: boolean;

  @Field({
    description: `True when the complaint is neither withdrawn nor inadmissible, is not answered and Complaint.answerDueAt (${ANSWER_DAYS} days after receipt, art. 1.7 Civil Code) has passed.`,
  })
  answerOverdue!: boolean;

  @Field(() => ComplaintRef, {
    description: "The complaint handled. In a mutation's response its fields (status, timeline) already show that mutation (read-your-writes).",
  })
  complaint!: ComplaintRef;

  /** The case it describes, for the permission rules. */
  case!: ComplaintCase;
}

@InputType({ description: "The coordinator's reasoned answer to a complaint (answerComplaint)." })
export class AnswerInput {
  @Field({
    description: `The reasoned answer: at least REASONED_ANSWER_MIN_CHARS (default ${DEFAULT_REASONED_MIN_CHARS}) visible characters, at most ${TEXT_LIMITS.answer}; several lines allowed.`,
  })
  @Matches(NOT_BLANK, { message: "answer must not be empty" })
  @MaxLength(TEXT_LIMITS.answer)
  @MultiLine()
  answer!: string;

  @Field(() => Outcome, { description: "Whether the complaint is founded; FOUNDED and PARTLY_FOUNDED require a remedy." })
  outcome!: Outcome;

  @Field(() => String, {
    nullable: true,
    description: `Required when the outcome is FOUNDED or PARTLY_FOUNDED: the solution proposed or how the error is put right (printed in the letter), at most ${TEXT_LIMITS.remedy} characters.`,
  })
  @IsOptional()
  @MaxLength(TEXT_LIMITS.remedy)
  @MultiLine()
  remedy?: string | null;
}
