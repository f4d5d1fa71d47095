import { IsOptional, Matches, MaxLength, ValidateNested } from "class-validator";
import { Field, InputType, Int, ObjectType } from "type-graphql";
import { Channel, ComplaintCategory, ComplaintStatus, DirectorateCode, Language } from "../../lib/domain/enums";
import { TEXT_LIMITS, NOT_BLANK } from "../../lib/domain/text-limits";
import { MultiLine, SingleLine } from "../../lib/graphql/text";
import { CalendarDateScalar } from "../../lib/graphql/date-time-scalar";
import { ComplainantInput } from "./complainant.types";
import { Complaint } from "./complaint.entity";

/** What a complaint says, whichever way it comes in; its fields come first in both inputs. */
@InputType()
export abstract class ComplaintContentInput {
  @Field(() => ComplaintCategory)
  category!: ComplaintCategory;

  @Field(() => DirectorateCode)
  directorate!: DirectorateCode;

  @Field()
  @Matches(NOT_BLANK, { message: "subject must not be empty" })
  @MaxLength(TEXT_LIMITS.subject)
  @SingleLine()
  subject!: string;

  @Field()
  @Matches(NOT_BLANK, { message: "description must not be empty" })
  @MaxLength(TEXT_LIMITS.description)
  @MultiLine()
  description!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TEXT_LIMITS.desiredOutcome)
  @MultiLine()
  desiredOutcome?: string | null;

  @Field(() => Language)
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
  @Field(() => ComplainantInput)
  @ValidateNested()
  complainant!: ComplainantInput;

  @Field({
    description:
      "Asked on the form: is this about the content of a decision that can be appealed? It does not make the complaint inadmissible: the coordinator screens it (only the decision's content is excluded), and the complainant gets a letter at once naming the appeal route and saying that a complaint does not stop appeal deadlines.",
  })
  concernsDecisionWithAppealRoute!: boolean;

  @Field(() => String, { nullable: true, description: "The appeal route named on the decision, when known." })
  @IsOptional()
  @MaxLength(TEXT_LIMITS.appealRoute)
  @MultiLine()
  appealRoute?: string | null;
}

@InputType({ description: "A complaint received by post, fax or e-mail, typed in by staff." })
export class RegisterComplaintInput extends ComplaintContentInput {
  @Field(() => Channel)
  channel!: Channel;

  @Field(() => Date, { nullable: true, description: "Postmark / fax / e-mail date, not the typing date. This or receivedOn." })
  receivedAt?: Date | null;

  @Field(() => CalendarDateScalar, {
    nullable: true,
    description: "The day it was received (postmark / fax / e-mail), when the time is not known: that day in Brussels. This or receivedAt.",
  })
  receivedOn?: string | null;

  @Field(() => ComplainantInput, { nullable: true, description: "Absent = anonymous." })
  @IsOptional()
  @ValidateNested()
  complainant?: ComplainantInput | null;
}

@InputType()
export class ComplaintFilter {
  @Field(() => DirectorateCode, { nullable: true })
  directorate?: DirectorateCode | null;

  @Field(() => [ComplaintStatus], { nullable: true })
  status?: ComplaintStatus[] | null;

  @Field(() => Boolean, { nullable: true })
  acknowledgementOverdue?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  answerOverdue?: boolean | null;

  @Field(() => Date, { nullable: true })
  receivedFrom?: Date | null;

  @Field(() => Date, { nullable: true })
  receivedTo?: Date | null;
}

@ObjectType()
export class ComplaintPage {
  @Field(() => [Complaint])
  items!: Complaint[];

  @Field(() => Int)
  totalCount!: number;

  @Field(() => String, { nullable: true })
  nextCursor!: string | null;
}
