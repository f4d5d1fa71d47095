import { IsOptional, Matches, MaxLength } from "class-validator";
import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { DirectorateCode, InadmissibilityReason } from "../../lib/domain/enums";
import { DirectorateRef } from "../../lib/graphql/directorate-ref.types";
import { ACKNOWLEDGEMENT_DAYS, ANSWER_DAYS } from "../../lib/domain/deadlines";
import { TEXT_LIMITS, NOT_BLANK } from "../../lib/domain/text-limits";
import { MultiLine, SingleLine } from "../../lib/graphql/text";
import { ActionPlanItem } from "./action-plan-item.entity";

@ObjectType()
export class ComplaintStatistics {
  @Field(() => Int) received!: number;
  @Field(() => Int) inadmissible!: number;
  @Field(() => Int, { description: `By acknowledgementDueAt (${ACKNOWLEDGEMENT_DAYS} days after receipt, art. 1.7 Civil Code).` })
  acknowledgedWithinDeadline!: number;
  @Field(() => Int, { description: `By answerDueAt (${ANSWER_DAYS} days after receipt, art. 1.7 Civil Code).` }) answeredWithinDeadline!: number;
  @Field(() => Int, { description: "Open and past a deadline now." }) overdue!: number;
  @Field(() => Int) escalated!: number;
  @Field(() => Int) founded!: number;
  @Field(() => Int) partlyFounded!: number;
  @Field(() => Int) unfounded!: number;
  @Field(() => Float, { nullable: true }) medianDaysToAnswer!: number | null;
}

@ObjectType()
export class DirectorateStatistics {
  @Field(() => DirectorateRef) directorate!: DirectorateRef;
  @Field(() => ComplaintStatistics) statistics!: ComplaintStatistics;
}

@ObjectType()
export class ReasonCount {
  @Field(() => InadmissibilityReason) reason!: InadmissibilityReason;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: "The yearly evaluation of all complaints received in `year`, with its action plan." })
export class AnnualReport {
  @Field(() => Int) year!: number;
  @Field(() => ComplaintStatistics) totals!: ComplaintStatistics;
  @Field(() => [DirectorateStatistics]) byDirectorate!: DirectorateStatistics[];
  @Field(() => [ReasonCount]) inadmissibleByReason!: ReasonCount[];
  @Field(() => [ActionPlanItem]) actionPlan!: ActionPlanItem[];
}

@InputType()
export class ActionPlanItemInput {
  @Field(() => DirectorateCode, { nullable: true })
  directorate?: DirectorateCode | null;

  @Field()
  @Matches(NOT_BLANK, { message: "title must not be empty" })
  @MaxLength(TEXT_LIMITS.title)
  @SingleLine()
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TEXT_LIMITS.description)
  @MultiLine()
  description?: string | null;

  @Field(() => Date, { nullable: true })
  dueAt?: Date | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  relatedComplaintIds?: string[] | null;
}
