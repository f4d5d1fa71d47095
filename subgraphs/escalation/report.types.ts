import { IsOptional, Matches, MaxLength } from "class-validator";
import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { DirectorateCode, InadmissibilityReason } from "../../lib/domain/enums";
import { DirectorateRef } from "../../lib/graphql/directorate-ref.types";
import { ACKNOWLEDGEMENT_DAYS, ANSWER_DAYS } from "../../lib/domain/deadlines";
import { TEXT_LIMITS, NOT_BLANK } from "../../lib/domain/text-limits";
import { MultiLine, SingleLine } from "../../lib/graphql/text";
import { ActionPlanItem } from "./action-plan-item.entity";
import { ReportPublication } from "./report-publication.entity";

/** How many complaints one action may name. */
export const MAX_RELATED_COMPLAINTS = 100;

const FINAL_OUTCOME = "the Central Complaints Service's decision where there is one, else the first-line answer's";

@ObjectType({
  description:
    "Counts of the complaints received in the report's year (Brussels time), as they stand when the report is asked for. Central service and coordinators.",
})
export class ComplaintStatistics {
  @Field(() => Int, { description: "Complaints received." }) received!: number;
  @Field(() => Int, { description: "Of those, inadmissible (a screening the central service corrected counts as corrected)." }) inadmissible!: number;
  @Field(() => Int, {
    description: `Acknowledged by acknowledgementDueAt (${ACKNOWLEDGEMENT_DAYS} days after receipt, art. 1.7 Civil Code); a paper acknowledgement counts from when it was posted (markLetterPosted), when known.`,
  })
  acknowledgedWithinDeadline!: number;
  @Field(() => Int, { description: `Answered by answerDueAt (${ANSWER_DAYS} days after receipt, art. 1.7 Civil Code).` }) answeredWithinDeadline!: number;
  @Field(() => Int, {
    description: "Neither withdrawn nor inadmissible, and now past acknowledgementDueAt unacknowledged or past answerDueAt unanswered.",
  })
  overdue!: number;
  @Field(() => Int, { description: "Taken to the Central Complaints Service about the answer (reviews of inadmissibility not counted)." }) escalated!: number;
  @Field(() => Int, { description: `With final outcome FOUNDED: ${FINAL_OUTCOME}.` }) founded!: number;
  @Field(() => Int, { description: `With final outcome PARTLY_FOUNDED: ${FINAL_OUTCOME}.` }) partlyFounded!: number;
  @Field(() => Int, { description: `With final outcome UNFOUNDED: ${FINAL_OUTCOME}.` }) unfounded!: number;
  @Field(() => Float, {
    nullable: true,
    description: "Median time from receipt to the first-line answer, in days (fractional, rounded to two decimals); null when none was answered.",
  })
  medianDaysToAnswer!: number | null;
}

@ObjectType({ description: "One directorate's figures in the annual report." })
export class DirectorateStatistics {
  @Field(() => DirectorateRef, { description: "The directorate." }) directorate!: DirectorateRef;
  @Field(() => ComplaintStatistics, { description: "Its counts; zeros where it received no complaint." }) statistics!: ComplaintStatistics;
}

@ObjectType({ description: 'The inadmissible complaints of the year for one reason ("Welke klachten worden niet aanvaard?").' })
export class ReasonCount {
  @Field(() => InadmissibilityReason, { description: "The reason of inadmissibility." }) reason!: InadmissibilityReason;
  @Field(() => Int, { description: "How many complaints; 0 where none." }) count!: number;
}

@ObjectType({
  description:
    'The yearly evaluation of all complaints received in `year`, with its action plan: "Elk jaar evalueren we alle klachten en stellen we een actieplan op om onze werking en dienstverlening te kunnen verbeteren." Central service: all directorates; coordinator: own directorate.',
})
export class AnnualReport {
  @Field(() => Int, { description: "The year of receipt (Brussels time)." }) year!: number;
  @Field(() => ComplaintStatistics, { description: "Over the directorates in the report (a coordinator's: own only)." }) totals!: ComplaintStatistics;
  @Field(() => [DirectorateStatistics], { description: "Per directorate in the seed's order: all seven for the central service, own for a coordinator." })
  byDirectorate!: DirectorateStatistics[];
  @Field(() => [ReasonCount], { description: "Inadmissible complaints per reason; every reason listed." }) inadmissibleByReason!: ReasonCount[];
  @Field(() => [ActionPlanItem], { description: "The year's actions, oldest first; a coordinator sees own directorate's and the FOD-wide ones." })
  actionPlan!: ActionPlanItem[];
  @Field(() => ReportPublication, {
    nullable: true,
    description: "The published version these figures are (frozen at publishAnnualReport); null for live figures, counted when asked.",
  })
  publication?: ReportPublication | null;
}

@InputType({ description: "A new action of the year's plan (addActionPlanItem)." })
export class ActionPlanItemInput {
  @Field(() => DirectorateCode, { nullable: true, description: "The directorate it is for; omitted or null: the whole FOD." })
  directorate?: DirectorateCode | null;

  @Field({ description: `One line, 1 to ${TEXT_LIMITS.title} characters.` })
  @Matches(NOT_BLANK, { message: "title must not be empty" })
  @MaxLength(TEXT_LIMITS.title)
  @SingleLine()
  title!: string;

  @Field(() => String, { nullable: true, description: `What is to be done, at most ${TEXT_LIMITS.description} characters, several lines allowed.` })
  @IsOptional()
  @MaxLength(TEXT_LIMITS.description)
  @MultiLine()
  description?: string | null;

  @Field(() => Date, { nullable: true, description: "When it should be done (ISO 8601 instant, UTC); omitted: no date." })
  dueAt?: Date | null;

  @Field(() => [ID], {
    nullable: true,
    description: `Ids (Complaint.id) of the complaints it answers to: at most ${MAX_RELATED_COMPLAINTS}, each known to the escalation service (BAD_USER_INPUT otherwise); repeats count once.`,
  })
  @IsOptional()
  relatedComplaintIds?: string[] | null;
}
