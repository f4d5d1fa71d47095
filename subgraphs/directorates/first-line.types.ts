import { Matches, MaxLength } from "class-validator";
import { Directive, Field, ID, InputType, ObjectType } from "type-graphql";
import { Outcome } from "../../lib/domain/enums";
import { ACKNOWLEDGEMENT_DAYS, ANSWER_DAYS } from "../../lib/domain/deadlines";
import { TEXT_LIMITS, NOT_BLANK } from "../../lib/domain/text-limits";
import { MultiLine } from "../../lib/graphql/text";
import type { ComplaintCase } from "./complaint-case.entity";

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

  @Field({ description: `Not acknowledged and past acknowledgementDueAt (${ACKNOWLEDGEMENT_DAYS} days after receipt, art. 1.7 Civil Code).` })
  acknowledgementOverdue!: boolean;

  @Field({ description: `Not answered and past answerDueAt (${ANSWER_DAYS} days after receipt, art. 1.7 Civil Code).` })
  answerOverdue!: boolean;

  /** The case it describes, for the permission rules. */
  case!: ComplaintCase;
}

/** Intake's Complaint, extended with its first-line handling. */
@ObjectType("Complaint")
@Directive('@key(fields: "id")')
export class ComplaintRef {
  @Field(() => ID)
  id!: string;

  /** This subgraph's file on it; null until ComplaintFiled has arrived. */
  case!: ComplaintCase | null;
}

@InputType()
export class AnswerInput {
  @Field()
  @Matches(NOT_BLANK, { message: "answer must not be empty" })
  @MaxLength(TEXT_LIMITS.answer)
  @MultiLine()
  answer!: string;

  @Field(() => Outcome)
  outcome!: Outcome;
}
