import { Matches, MaxLength } from "class-validator";
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
  @Field()
  @Matches(NOT_BLANK, { message: "decision must not be empty" })
  @MaxLength(TEXT_LIMITS.answer)
  @MultiLine()
  decision!: string;

  @Field(() => Outcome)
  outcome!: Outcome;
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
