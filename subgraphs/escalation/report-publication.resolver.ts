import { Matches, MaxLength } from "class-validator";
import { Args, ArgsType, Ctx, Field, Int, Mutation, Query, Resolver } from "type-graphql";
import { requireCaller } from "../../lib/graphql/context";
import { NOT_BLANK, TEXT_LIMITS } from "../../lib/domain/text-limits";
import { MultiLine } from "../../lib/graphql/text";
import type { EscalationContext } from "./context";
import { ReportPublication } from "./report-publication.entity";
import type { ReportPublications } from "./report-publication.service";
import type { ReportService } from "./report.service";
import { AnnualReport } from "./report.types";

export const YEAR = "The year of the evaluation: the year of receipt of its complaints (Brussels time), 2000 to 2100.";

@ArgsType()
class YearArgs {
  @Field(() => Int, { description: YEAR }) year!: number;
}

@ArgsType()
class PublishArgs extends YearArgs {
  @Field({ description: `Why it is published: the approval, or what a correction changes; 1 to ${TEXT_LIMITS.note} characters, several lines allowed.` })
  @Matches(NOT_BLANK, { message: "note must not be empty" })
  @MaxLength(TEXT_LIMITS.note)
  @MultiLine()
  note!: string;
}

/** Publishing the annual report, its versions, and the live figures beside them. */
@Resolver()
export class ReportPublicationResolver {
  constructor(
    private readonly reports: ReportService,
    private readonly publications: ReportPublications,
  ) {}

  @Mutation(() => ReportPublication, {
    description:
      "Central Complaints Service: freeze the year's figures and action plan as a new version (1, then 2 for a first correction, …); earlier versions stay readable. From then on annualReport(year) gives this version, whatever is filed or answered later.",
  })
  publishAnnualReport(@Args(() => PublishArgs) { year, note }: PublishArgs, @Ctx() ctx: EscalationContext): Promise<ReportPublication> {
    return this.publications.publish(requireCaller(ctx), year, note);
  }

  @Query(() => [ReportPublication], {
    description: "The published versions of the year's report, oldest first; empty when it was never published. Central service and coordinators.",
  })
  annualReportVersions(@Args(() => YearArgs) { year }: YearArgs): Promise<ReportPublication[]> {
    return this.publications.versions(year);
  }

  @Query(() => AnnualReport, {
    description: "Central Complaints Service: the year's figures counted now, whether or not the report was published (publication is null).",
  })
  async annualReportDraft(@Args(() => YearArgs) { year }: YearArgs, @Ctx() ctx: EscalationContext): Promise<AnnualReport> {
    return { ...(await this.reports.annualReport(requireCaller(ctx), year)), publication: null };
  }
}
