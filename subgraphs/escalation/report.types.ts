import { IsOptional, Matches, MaxLength } from "class-validator";
import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { Channel, ComplainantKind, ComplaintCategory, DirectorateCode, InadmissibilityReason, Language } from "../../lib/domain/enums";
import { DirectorateRef } from "../../lib/graphql/directorate-ref.types";
import { ACKNOWLEDGEMENT_DAYS, ANSWER_DAYS, ESCALATION_DAYS } from "../../lib/domain/deadlines";
import { TEXT_LIMITS, NOT_BLANK } from "../../lib/domain/text-limits";
import { MultiLine, SingleLine } from "../../lib/graphql/text";
import { ActionPlanItem } from "./action-plan-item.entity";
import { ReportPublication } from "./report-publication.entity";

/** How many complaints one action may name. */
export const MAX_RELATED_COMPLAINTS = 100;

const BRUSSELS_DAYS = "the day of receipt not counted, as art. 1.7 Civil Code counts; the mean of the two middle values for an even count";
const FINAL_OUTCOME = "the Central Complaints Service's decision where there is one, else the first-line answer's";

@ObjectType({
  description:
    "Counts of the complaints received in the report's year (Brussels time), as they stand when the report is asked for. Central service and coordinators.",
})
export class ComplaintStatistics {
  @Field(() => Int, { description: "Complaints received." }) received!: number;
  @Field(() => Int, { description: "Of those, inadmissible (a screening the central service corrected counts as corrected)." }) inadmissible!: number;
  @Field(() => Int, { description: "Of those, withdrawn by the complainant." }) withdrawn!: number;
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
  @Field(() => Int, { description: `With final outcome NO_JUDGEMENT (zonder oordeel): ${FINAL_OUTCOME}.` }) noJudgement!: number;
  @Field(() => Float, {
    nullable: true,
    description: `Median time from receipt to the first-line answer, in Brussels calendar days (${BRUSSELS_DAYS}); null when none was answered.`,
  })
  medianDaysToAnswer!: number | null;
}

@ObjectType({ description: "The complaints received in one month of the report's year (Brussels time)." })
export class MonthCount {
  @Field(() => Int, { description: "The month, 1 (January) to 12 (December)." }) month!: number;
  @Field(() => Int, { description: "Complaints received in it." }) received!: number;
}

@ObjectType({ description: "The complaints of the year about one of the seed's four subjects." })
export class CategoryCount {
  @Field(() => ComplaintCategory, { description: "What the complainant was not satisfied with." }) category!: ComplaintCategory;
  @Field(() => Int, { description: "Complaints received; 0 where none." }) received!: number;
}

@ObjectType({ description: "The complaints of the year that came in by one channel." })
export class ChannelCount {
  @Field(() => Channel, { description: "How they came in." }) channel!: Channel;
  @Field(() => Int, { description: "Complaints received; 0 where none." }) received!: number;
}

@ObjectType({ description: "The complaints of the year in one language." })
export class LanguageCount {
  @Field(() => Language, { description: "The complainant's language." }) language!: Language;
  @Field(() => Int, { description: "Complaints received; 0 where none." }) received!: number;
}

@ObjectType({ description: "The complaints of the year by one kind of complainant (anonymous complaints have none and are not counted here)." })
export class ComplainantKindCount {
  @Field(() => ComplainantKind, { description: "Person, company or institution." }) kind!: ComplainantKind;
  @Field(() => Int, { description: "Complaints received; 0 where none." }) received!: number;
}

@ObjectType({ description: "How many judgements of each outcome one line gave about the year's complaints; 0 where none (or where that line cannot give it)." })
export class OutcomeFigures {
  @Field(() => Int, { description: "FOUNDED." }) founded!: number;
  @Field(() => Int, { description: "PARTLY_FOUNDED." }) partlyFounded!: number;
  @Field(() => Int, { description: "UNFOUNDED." }) unfounded!: number;
  @Field(() => Int, { description: "NO_JUDGEMENT (zonder oordeel)." }) noJudgement!: number;
}

@ObjectType({
  description:
    "One step with a deadline, for the year's complaints: done on time, late (done after its due instant, or not done and past it now), still pending (owed, not yet due). Due instants as art. 1.7 Civil Code counts them, in Brussels days.",
})
export class DeadlineFigures {
  @Field(() => Int, { description: "Done on or before the due instant." }) onTime!: number;
  @Field(() => Int, { description: "Done after the due instant, or not done and past it when the report is asked for." }) late!: number;
  @Field(() => Int, { description: "Not done, still owed, and not yet due." }) pending!: number;
  @Field(() => Float, { nullable: true, description: `Median time it took when done, in Brussels calendar days (${BRUSSELS_DAYS}); null when none was done.` })
  medianDays!: number | null;
}

@ObjectType({ description: "Timeliness of the year's complaints, step by step." })
export class Timeliness {
  @Field(() => DeadlineFigures, {
    description: `Acknowledgements (within ${ACKNOWLEDGEMENT_DAYS} days of receipt; a paper one from when it was posted, when known); owed by complaints neither withdrawn nor inadmissible.`,
  })
  acknowledgements!: DeadlineFigures;
  @Field(() => DeadlineFigures, {
    description: `First-line answers (within ${ANSWER_DAYS} days of receipt); owed by complaints neither withdrawn nor inadmissible.`,
  })
  answers!: DeadlineFigures;
  @Field(() => DeadlineFigures, {
    description: `Decisions of the Central Complaints Service (within ${ESCALATION_DAYS} days of the request), on requests about the answer and reviews of inadmissibility; counted in the year the complaint was received.`,
  })
  secondLineDecisions!: DeadlineFigures;
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
  @Field(() => [MonthCount], { description: "Complaints received per month of receipt (Brussels time): twelve entries, January first." })
  byMonth!: MonthCount[];
  @Field(() => [CategoryCount], {
    description:
      "Per subject (the seed's four); every category listed. Complaints whose category the escalation service never learnt (filed before it did) are in none.",
  })
  byCategory!: CategoryCount[];
  @Field(() => [ChannelCount], { description: "Per channel; every channel listed." }) byChannel!: ChannelCount[];
  @Field(() => [LanguageCount], { description: "Per language; every language listed." }) byLanguage!: LanguageCount[];
  @Field(() => [ComplainantKindCount], { description: "Per kind of complainant; every kind listed (anonymous complaints are in none)." })
  byComplainantKind!: ComplainantKindCount[];
  @Field(() => OutcomeFigures, { description: "The first-line answers' outcomes (whatever the second line decided later)." })
  firstLineOutcomes!: OutcomeFigures;
  @Field(() => OutcomeFigures, {
    description:
      "The outcomes of the Central Complaints Service's decisions on requests about the answer (reviews of inadmissibility, which judge the screening, not counted).",
  })
  secondLineOutcomes!: OutcomeFigures;
  @Field(() => Timeliness, { description: "On time, late and pending per step, with the median days taken." }) timeliness!: Timeliness;
  @Field(() => Float, {
    nullable: true,
    description:
      "Of the first-line answers taken to the Central Complaints Service and decided, the share (0 to 1) whose outcome the decision changed; null when none. Escalations per directorate: byDirectorate[].statistics.escalated.",
  })
  secondLineChangedShare!: number | null;
  @Field(() => [ActionPlanItem], { description: "The year's actions, oldest first; a coordinator sees own directorate's and the FOD-wide ones." })
  actionPlan!: ActionPlanItem[];
  @Field(() => ReportPublication, {
    nullable: true,
    description: "The published version these figures are (frozen at publishAnnualReport); null for live figures, counted when asked.",
  })
  publication?: ReportPublication | null;

  /** Set on a report given as another's previousYear: its own previousYear is null. */
  nested?: boolean;
  /** A published report's lastYearActions, frozen with it; absent on live figures (the field resolver reads them now). */
  lastYearActions?: ActionPlanItem[];
}

/** The figures of a year, without the action plan. */
export type YearFigures = Omit<AnnualReport, "actionPlan" | "nested">;

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
