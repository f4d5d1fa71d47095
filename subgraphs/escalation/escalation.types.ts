import { IsOptional, Matches, MaxLength } from "class-validator";
import { Directive, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { Outcome } from "../../lib/domain/enums";
import { TEXT_LIMITS, NOT_BLANK } from "../../lib/domain/text-limits";
import { DEFAULT_REASONED_MIN_CHARS } from "../../lib/domain/reasoned-answer";
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

@InputType({ description: "The Central Complaints Service's reasoned decision on an escalation (decideEscalation)." })
export class DecisionInput {
  @Field({
    description: `The reasoned decision: at least REASONED_ANSWER_MIN_CHARS (default ${DEFAULT_REASONED_MIN_CHARS}) visible characters, at most ${TEXT_LIMITS.answer}; several lines allowed.`,
  })
  @Matches(NOT_BLANK, { message: "decision must not be empty" })
  @MaxLength(TEXT_LIMITS.answer)
  @MultiLine()
  decision!: string;

  @Field(() => Outcome, {
    description: "Whether the complaint is founded (for a review: the inadmissibility decision's judgement); FOUNDED and PARTLY_FOUNDED require a remedy.",
  })
  outcome!: Outcome;

  @Field(() => String, {
    nullable: true,
    description: `Required when the outcome is FOUNDED or PARTLY_FOUNDED: the solution or how the error is put right (printed in the letter), at most ${TEXT_LIMITS.remedy} characters.`,
  })
  @IsOptional()
  @MaxLength(TEXT_LIMITS.remedy)
  @MultiLine()
  remedy?: string | null;
}

@ObjectType({ description: "One page of escalations, newest first; pass nextCursor as `after` for the next (null: the last page)." })
export class EscalationPage {
  @Field(() => [Escalation], { description: "This page's escalations, newest requestedAt first; at most `first`." })
  items!: Escalation[];

  @Field(() => Int, { description: "How many escalations in your scope match the filters, over all pages." })
  totalCount!: number;

  @Field(() => String, { nullable: true, description: "Opaque cursor: pass it as `after` for the next page; null on the last page." })
  nextCursor!: string | null;
}
