import type { Caller } from "../lib/auth/caller";
import type { SubgraphName } from "../lib/config";
import { DirectorateCode } from "../lib/domain/enums";
import { citizenSub } from "./year";

export interface Operation {
  name: string;
  description: string;
  query: string;
  variables?: Record<string, unknown>;
  /** The caller of connection i: every connection its own. */
  caller(i: number): Caller;
  /** The direct-subgraph baseline: the whole operation when one subgraph serves it, else the part its root subgraph serves. */
  direct: { subgraph: SubgraphName; query: string; whole: boolean };
}

const DIRECTORATES = Object.values(DirectorateCode);

const FIRST_LINE = "firstLine { acknowledgedAt answeredAt outcome acknowledgementOverdue answerOverdue }";

export function operations(year: number): Operation[] {
  return [
    {
      name: "citizen myComplaints",
      description: "a citizen's own complaints with firstLine (intake + directorates)",
      query: `query Mine { myComplaints { id reference status receivedAt subject ${FIRST_LINE} } }`,
      caller: (i) => ({ sub: citizenSub(i), role: "citizen" }),
      direct: { subgraph: "intake", query: "query Mine { myComplaints { id reference status receivedAt subject } }", whole: false },
    },
    {
      name: "coordinator queue",
      description: "complaints(first: 50) with directorate, firstLine, escalation (intake + directorates + escalation)",
      query: `query Queue { complaints(first: 50) { totalCount nextCursor items {
        id reference status receivedAt subject directorate { code name phone } ${FIRST_LINE}
        escalation { id status requestedAt dueAt } } } }`,
      caller: (i) => ({ sub: `bench-coordinator-${i}`, role: "coordinator", directorate: DIRECTORATES[i % DIRECTORATES.length] }),
      direct: {
        subgraph: "intake",
        query: "query Queue { complaints(first: 50) { totalCount nextCursor items { id reference status receivedAt subject directorate { code } } } }",
        whole: false,
      },
    },
    {
      name: "central annualReport",
      description: `the central service's annualReport(year: ${year}) (escalation)`,
      query: `query Report($year: Int!) { annualReport(year: $year) { year
        totals { received inadmissible acknowledgedWithinDeadline answeredWithinDeadline overdue escalated founded partlyFounded unfounded medianDaysToAnswer }
        byDirectorate { directorate { code } statistics { received overdue escalated founded medianDaysToAnswer } }
        inadmissibleByReason { reason count }
        actionPlan { title done } } }`,
      variables: { year },
      caller: (i) => ({ sub: `bench-central-${i}`, role: "central-service" }),
      direct: { subgraph: "escalation", query: "", whole: true },
    },
    {
      name: "public directorates",
      description: "directorates with contact data (directorates), callers signed in as citizens",
      query: "query Directory { directorates { code name(language: FR) address phone fax website } }",
      caller: (i) => ({ sub: citizenSub(i), role: "citizen" }),
      direct: { subgraph: "directorates", query: "", whole: true },
    },
  ];
}

/** The request body a target receives for an operation. */
export function body(op: Operation, direct: boolean): string {
  const query = direct && !op.direct.whole ? op.direct.query : op.query;
  return JSON.stringify({ query, variables: op.variables ?? {} });
}
