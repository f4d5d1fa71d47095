import type { Caller } from "../lib/auth/caller";
import { DirectorateCode } from "../lib/domain/enums";

/** The fields the soak's operations read back. */
export interface SoakData {
  fileComplaint?: { id: string; reference: string };
  myComplaints?: { id: string; status: string; firstLine: { answeredAt: string | null } | null; escalation: { id: string } | null }[];
  complaints?: { items: { id: string; admissibility: string }[] };
  escalations?: { id: string }[];
}

/** One GraphQL call as a caller; null when the request failed or returned no data. */
export type Ask = (caller: Caller, query: string, variables?: Record<string, unknown>) => Promise<SoakData | null>;

export const SOAK_DIRECTORATES = [DirectorateCode.IMMIGRATION_OFFICE, DirectorateCode.ICT, DirectorateCode.CIVIL_SECURITY];

/** Answers and decisions must be reasoned (REASONED_ANSWER_MIN_CHARS, 100 by default) and give a remedy when founded. */
const SOAK_ANSWER = "The soak test reviewed this complaint: the file was handled late because a letter was registered under another number.";
const SOAK_DECISION = "The Central Complaints Service reviewed the file again: the first answer did not address every point the complainant made.";
const SOAK_REMEDY = "The directorate merges the two files and answers the open points within a week.";

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The people of the soak: citizens file and escalate, coordinators screen,
 * acknowledge and answer, the central service decides and reads the report.
 * Each works until `end` (epoch ms).
 */
export function soakActors(ask: Ask, end: number, acknowledged: Map<string, string>) {
  const citizen = async (i: number) => {
    const email = `burger${i}@example.be`;
    // The identity provider verified this address, so the letters go at once (no confirmation code).
    const me: Caller = { sub: `soak-citizen-${i}`, role: "citizen", name: `Citizen ${i}`, email, emailVerified: true };
    while (Date.now() < end) {
      const input = {
        complainant: { kind: "PERSON", name: `Burger ${i}`, email },
        category: "SERVICE_QUALITY",
        directorate: SOAK_DIRECTORATES[Math.floor(Math.random() * SOAK_DIRECTORATES.length)],
        subject: "Soak test complaint",
        description: "Filed by npm run soak.",
        language: "NL",
        concernsDecisionWithAppealRoute: false,
      };
      const filed = await ask(me, `mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id reference } }`, { i: input });
      if (filed?.fileComplaint) acknowledged.set(filed.fileComplaint.id, filed.fileComplaint.reference);
      const mine = await ask(me, `{ myComplaints { id status firstLine { answeredAt } escalation { id } } }`);
      const answered = (mine?.myComplaints ?? []).find((c) => c.status === "ANSWERED" && c.firstLine?.answeredAt && !c.escalation);
      if (answered) await ask(me, `mutation($id: ID!) { requestEscalation(complaintId: $id, reason: "Not satisfied") { id } }`, { id: answered.id });
      await sleep(20);
    }
  };
  const coordinator = async (directorate: DirectorateCode) => {
    const me: Caller = { sub: `soak-coord-${directorate}`, role: "coordinator", directorate };
    while (Date.now() < end) {
      const page = await ask(me, `{ complaints(filter: { status: [RECEIVED, ACKNOWLEDGED] }, first: 5) { items { id admissibility } } }`);
      for (const c of page?.complaints?.items ?? []) {
        if (c.admissibility === "PENDING") await ask(me, `mutation($id: ID!) { screenComplaint(id: $id, admissible: true) { id } }`, { id: c.id });
        await ask(me, `mutation($id: ID!) { acknowledgeComplaint(complaintId: $id) { acknowledgedAt } }`, { id: c.id });
        await ask(me, `mutation($id: ID!, $input: AnswerInput!) { answerComplaint(complaintId: $id, input: $input) { answeredAt } }`, {
          id: c.id,
          input: { answer: SOAK_ANSWER, outcome: "PARTLY_FOUNDED", remedy: SOAK_REMEDY },
        });
      }
      await sleep(50);
    }
  };
  const centralService = async () => {
    const me: Caller = { sub: "soak-central", role: "central-service" };
    while (Date.now() < end) {
      const open = await ask(me, `{ escalations(status: REQUESTED, first: 5) { id } }`);
      for (const e of open?.escalations ?? []) {
        await ask(me, `mutation($id: ID!, $input: DecisionInput!) { decideEscalation(id: $id, input: $input) { id } }`, {
          id: e.id,
          input: { decision: SOAK_DECISION, outcome: "FOUNDED", remedy: SOAK_REMEDY },
        });
      }
      await ask(me, `query($y: Int!) { annualReport(year: $y) { totals { received escalated } } }`, { y: new Date().getUTCFullYear() });
      await sleep(100);
    }
  };
  return { citizen, coordinator, centralService };
}
