import { IsOptional, Matches, MaxLength } from "class-validator";
import { Directive, Field, ID, InputType, ObjectType } from "type-graphql";
import { Outcome } from "../../lib/domain/enums";
import { ACKNOWLEDGEMENT_DAYS, ANSWER_DAYS } from "../../lib/domain/deadlines";
import { TEXT_LIMITS, NOT_BLANK } from "../../lib/domain/text-limits";
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

@ObjectType({ description: "First-line handling by the directorate's complaint coordinator." })
export class FirstLineHandling {
  @Field(() => Date, { nullable: true })
  acknowledgedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  answeredAt!: Date | null;

  @Field(() => String, { nullable: true, description: "The reasoned answer (gemotiveerd antwoord)." })
  answer!: string | null;

  @Field(() => Outcome, { nullable: true })
  outcome!: Outcome | null;

  @Field(() => String, { nullable: true, description: "For a (partly) founded complaint: the solution proposed or how the error is put right." })
  remedy!: string | null;

  @Field({ description: `Not acknowledged and past acknowledgementDueAt (${ACKNOWLEDGEMENT_DAYS} days after receipt, art. 1.7 Civil Code).` })
  acknowledgementOverdue!: boolean;

  @Field({ description: `Not answered and past answerDueAt (${ANSWER_DAYS} days after receipt, art. 1.7 Civil Code).` })
  answerOverdue!: boolean;

  @Field(() => ComplaintRef, {
    description: "The complaint handled. In a mutation's response its fields (status, timeline) already show that mutation (read-your-writes).",
  })
  complaint!: ComplaintRef;

  /** The case it describes, for the permission rules. */
  case!: ComplaintCase;
}

@InputType()
export class AnswerInput {
  @Field({ description: "The reasoned answer: at least REASONED_ANSWER_MIN_CHARS (default 100) visible characters." })
  @Matches(NOT_BLANK, { message: "answer must not be empty" })
  @MaxLength(TEXT_LIMITS.answer)
  @MultiLine()
  answer!: string;

  @Field(() => Outcome)
  outcome!: Outcome;

  @Field(() => String, {
    nullable: true,
    description: "Required when the outcome is FOUNDED or PARTLY_FOUNDED: the solution proposed or how the error is put right (printed in the letter).",
  })
  @IsOptional()
  @MaxLength(TEXT_LIMITS.remedy)
  @MultiLine()
  remedy?: string | null;
}
