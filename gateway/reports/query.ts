/** What the printable report and its CSV show, asked of the graph as the caller (the gateway's own plan and signed subgraph calls). */

const STATS =
  "received inadmissible withdrawn acknowledgedWithinDeadline answeredWithinDeadline overdue escalated founded partlyFounded unfounded noJudgement medianDaysToAnswer";
const OUTCOMES = "founded partlyFounded unfounded noJudgement";
const DEADLINE = "onTime late pending medianDays";

export const ANNUAL_REPORT_DOCUMENT = `query AnnualReportDocument($year: Int!, $version: Int, $language: Language!) {
  annualReport(year: $year, version: $version) {
    year
    publication { version publishedAt note }
    totals { ${STATS} }
    byDirectorate { directorate { code name(language: $language) } statistics { ${STATS} } }
    inadmissibleByReason { reason count }
    byMonth { month received }
    byCategory { category received }
    firstLineOutcomes { ${OUTCOMES} }
    secondLineOutcomes { ${OUTCOMES} }
    timeliness { acknowledgements { ${DEADLINE} } answers { ${DEADLINE} } secondLineDecisions { ${DEADLINE} } }
    secondLineChangedShare
    actionPlan { title description dueAt status progressNotes { text } directorate { code name(language: $language) } }
  }
}`;

export const STATISTICS = [
  "received",
  "inadmissible",
  "withdrawn",
  "acknowledgedWithinDeadline",
  "answeredWithinDeadline",
  "overdue",
  "escalated",
  "founded",
  "partlyFounded",
  "unfounded",
  "noJudgement",
  "medianDaysToAnswer",
] as const;
export type Statistics = Record<(typeof STATISTICS)[number], number | null>;
export type Outcomes = Record<"founded" | "partlyFounded" | "unfounded" | "noJudgement", number>;
export interface Deadline {
  onTime: number;
  late: number;
  pending: number;
  medianDays: number | null;
}
export interface DirectorateName {
  code: string;
  name: string;
}

/** The answer to ANNUAL_REPORT_DOCUMENT. */
export interface ReportData {
  year: number;
  publication: { version: number; publishedAt: string; note: string } | null;
  totals: Statistics;
  byDirectorate: { directorate: DirectorateName; statistics: Statistics }[];
  inadmissibleByReason: { reason: string; count: number }[];
  byMonth: { month: number; received: number }[];
  byCategory: { category: string; received: number }[];
  firstLineOutcomes: Outcomes;
  secondLineOutcomes: Outcomes;
  timeliness: Record<"acknowledgements" | "answers" | "secondLineDecisions", Deadline>;
  secondLineChangedShare: number | null;
  actionPlan: {
    title: string;
    description: string | null;
    dueAt: string | null;
    status: string;
    progressNotes: { text: string }[];
    directorate: DirectorateName | null;
  }[];
}
