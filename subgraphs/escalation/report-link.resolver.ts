import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from "type-graphql";
import { REPORT_LINK_TTL_SECONDS, signReportLink } from "../../lib/auth/report-link";
import type { ServiceTokens } from "../../lib/auth/service-tokens";
import { Language } from "../../lib/domain/enums";
import { requireCaller } from "../../lib/graphql/context";
import type { EscalationContext } from "./context";
import { YEAR } from "./report-publication.resolver";
import type { ReportService } from "./report.service";

@ObjectType({ description: "Links that open the printable annual report in a browser tab for 5 minutes, without a token in the URL." })
export class ReportLink {
  @Field({ description: "The HTML document (print it to PDF), as a path on the gateway's address: /reports/annual/<year>?language=…&link=…" })
  url!: string;
  @Field({ description: "The same figures as CSV for spreadsheets (UTF-8 with BOM, ';' between fields), as a path on the gateway's address." })
  csvUrl!: string;
  @Field(() => Date, { description: "Until when the links open (ISO 8601 instant, UTC): 5 minutes after they were made." })
  expiresAt!: Date;
}

/** Signs a short-lived link to the gateway's /reports/annual/<year> for the caller (lib/auth/report-link.ts). */
@Resolver()
export class ReportLinkResolver {
  constructor(
    private readonly reports: ReportService,
    private readonly tokens: ServiceTokens,
  ) {}

  @Query(() => ReportLink, {
    description:
      "Central service (the whole FOD) and coordinators (own directorate): links to the printable annual report and its CSV, bound to the caller and the year, valid 5 minutes. With a bearer token a program asks GET /reports/annual/<year> directly.",
  })
  async annualReportLink(
    @Arg("year", () => Int, { description: YEAR }) year: number,
    @Arg("language", () => Language, { defaultValue: Language.NL, description: "The document's language." }) language: Language,
    @Ctx() ctx: EscalationContext,
  ): Promise<ReportLink> {
    this.reports.assertYear(year);
    const now = Math.floor(Date.now() / 1000);
    const link = encodeURIComponent(await signReportLink(this.tokens, requireCaller(ctx), year, now));
    const query = `language=${language.toLowerCase()}&link=${link}`;
    return {
      url: `/reports/annual/${year}?${query}`,
      csvUrl: `/reports/annual/${year}.csv?${query}`,
      expiresAt: new Date((now + REPORT_LINK_TTL_SECONDS) * 1000),
    };
  }
}
