import { IsOptional, Matches, MaxLength, ValidateNested } from "class-validator";
import { Field, InputType, Int, ObjectType } from "type-graphql";
import { Channel, ComplaintCategory, ComplaintStatus, DirectorateCode, Language } from "../../lib/domain/enums";
import { TEXT_LIMITS, NOT_BLANK } from "../../lib/domain/text-limits";
import { MultiLine, SingleLine } from "../../lib/graphql/text";
import { REGISTRATION_WINDOW_DAYS } from "../../lib/domain/registration";
import { CalendarDateScalar } from "../../lib/graphql/date-time-scalar";
import { ComplainantInput } from "./complainant.types";
import { Complaint } from "./complaint.entity";

/** What a complaint says, whichever way it comes in; its fields come first in both inputs. */
@InputType()
export abstract class ComplaintContentInput {
  @Field(() => ComplaintCategory, { description: "What the complainant is not satisfied with." })
  category!: ComplaintCategory;

  @Field(() => DirectorateCode, { description: "The directorate the complaint is about; its coordinator handles it." })
  directorate!: DirectorateCode;

  @Field({ description: `One line, at most ${TEXT_LIMITS.subject} characters, not blank.` })
  @Matches(NOT_BLANK, { message: "subject must not be empty" })
  @MaxLength(TEXT_LIMITS.subject)
  @SingleLine()
  subject!: string;

  @Field({ description: `The complaint, at most ${TEXT_LIMITS.description} characters, not blank.` })
  @Matches(NOT_BLANK, { message: "description must not be empty" })
  @MaxLength(TEXT_LIMITS.description)
  @MultiLine()
  description!: string;

  @Field(() => String, { nullable: true, description: `What the complainant would like done, at most ${TEXT_LIMITS.desiredOutcome} characters.` })
  @IsOptional()
  @MaxLength(TEXT_LIMITS.desiredOutcome)
  @MultiLine()
  desiredOutcome?: string | null;

  @Field(() => Language, { description: "The complainant's language: letters and system notes are written in it." })
  language!: Language;

  @Field(() => Boolean, {
    nullable: true,
    description: "Asked before filing (optional): did the complainant first turn to the official who handles their file? Shown to the coordinator.",
  })
  @IsOptional()
  triedOfficialHandlingFirst?: boolean | null;
}

@InputType({ description: "A citizen's complaint through the online form." })
export class FileComplaintInput extends ComplaintContentInput {
  @Field(() => ComplainantInput, { description: "Who complains: a name and an e-mail or postal address (anonymous complaints are not accepted)." })
  @ValidateNested()
  complainant!: ComplainantInput;

  @Field({
    description:
      "Asked on the form: is this about the content of a decision that can be appealed? It does not make the complaint inadmissible: the coordinator screens it (only the decision's content is excluded), and the complainant gets a letter at once naming the appeal route and saying that a complaint does not stop appeal deadlines.",
  })
  concernsDecisionWithAppealRoute!: boolean;

  @Field(() => String, { nullable: true, description: `The appeal route named on the decision, when known; at most ${TEXT_LIMITS.appealRoute} characters.` })
  @IsOptional()
  @MaxLength(TEXT_LIMITS.appealRoute)
  @MultiLine()
  appealRoute?: string | null;
}

@InputType({ description: "A complaint received by post, fax or e-mail, typed in by staff." })
export class RegisterComplaintInput extends ComplaintContentInput {
  @Field(() => Channel, { description: "EMAIL, POST or FAX; ONLINE_FORM is refused (BAD_USER_INPUT): citizens use fileComplaint." })
  channel!: Channel;

  @Field(() => Date, {
    nullable: true,
    description: `When it was received (postmark / fax / e-mail), an ISO 8601 instant, not the typing date: not in the future, at most ${REGISTRATION_WINDOW_DAYS} days ago. This or receivedOn.`,
  })
  receivedAt?: Date | null;

  @Field(() => CalendarDateScalar, {
    nullable: true,
    description:
      "The day it was received (postmark / fax / e-mail), when the time is not known: 00:00 of that day in Brussels; same limits as receivedAt. This or receivedAt.",
  })
  receivedOn?: string | null;

  @Field(() => ComplainantInput, {
    nullable: true,
    description: 'Absent: anonymous, registered INADMISSIBLE at once ("anonieme klachten" are not accepted). Present: needs an e-mail or postal address.',
  })
  @IsOptional()
  @ValidateNested()
  complainant?: ComplainantInput | null;
}

@InputType({ description: "Narrows Query.complaints; the conditions given all hold. Within the caller's scope only." })
export class ComplaintFilter {
  @Field(() => DirectorateCode, { nullable: true, description: "Only this directorate's complaints (a coordinator sees only their own anyway)." })
  directorate?: DirectorateCode | null;

  @Field(() => [ComplaintStatus], { nullable: true, description: "Only complaints in one of these statuses; empty or absent: any." })
  status?: ComplaintStatus[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "true: only complaints still waiting for their acknowledgement past acknowledgementDueAt; false: only the others.",
  })
  acknowledgementOverdue?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "true: only complaints still waiting for their answer past answerDueAt; false: only the others." })
  answerOverdue?: boolean | null;

  @Field(() => Date, { nullable: true, description: "Only complaints with receivedAt at or after this ISO 8601 instant (inclusive)." })
  receivedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: "Only complaints with receivedAt before this ISO 8601 instant (exclusive)." })
  receivedTo?: Date | null;
}

@ObjectType({ description: "One page of complaints, newest received first; pass nextCursor as `after` for the next (null: the last page)." })
export class ComplaintPage {
  @Field(() => [Complaint], { description: "At most `first` (at most 100) complaints." })
  items!: Complaint[];

  @Field(() => Int, { description: "How many complaints match, on all pages together." })
  totalCount!: number;

  @Field(() => String, { nullable: true, description: "Opaque cursor for the next page; null on the last page." })
  nextCursor!: string | null;
}
