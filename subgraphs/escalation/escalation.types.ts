import { IsOptional, Matches, MaxLength } from "class-validator";
import { Directive, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { Outcome } from "../../lib/domain/enums";
import { TEXT_LIMITS, NOT_BLANK } from "../../lib/domain/text-limits";
import { MultiLine } from "../../lib/graphql/text";
import type { ComplaintFact } from "./complaint-fact.entity";
import { Escalation } from "./escalation.entity";

/** Intake's Complaint, extended with its second line and the Ombudsman referral. */
@ObjectType("Complaint")
@Directive('@key(fields: "id")')
export class ComplaintRef {
  @Field(() => ID)
  id!: string;

  /** The facts this subgraph holds; null when unknown here or outside the caller's scope. */
  fact!: ComplaintFact | null;
}

@InputType()
export class DecisionInput {
  @Field({ description: "The reasoned decision: at least REASONED_ANSWER_MIN_CHARS (default 100) visible characters." })
  @Matches(NOT_BLANK, { message: "decision must not be empty" })
  @MaxLength(TEXT_LIMITS.answer)
  @MultiLine()
  decision!: string;

  @Field(() => Outcome)
  outcome!: Outcome;

  @Field(() => String, {
    nullable: true,
    description: "Required when the outcome is FOUNDED or PARTLY_FOUNDED: the solution or how the error is put right (printed in the letter).",
  })
  @IsOptional()
  @MaxLength(TEXT_LIMITS.remedy)
  @MultiLine()
  remedy?: string | null;
}

@ObjectType({ description: "One page of escalations, newest first; pass nextCursor as `after` for the next (null: the last page)." })
export class EscalationPage {
  @Field(() => [Escalation])
  items!: Escalation[];

  @Field(() => Int)
  totalCount!: number;

  @Field(() => String, { nullable: true })
  nextCursor!: string | null;
}
