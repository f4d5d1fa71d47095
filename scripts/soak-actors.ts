import type { Caller } from "../lib/auth/caller";
import { DirectorateCode } from "../lib/domain/enums";

/** The fields the soak's operations read back. */
export interface SoakData {
  fileComplaint?: { id: string; reference: string };
  myComplaints?: { id: string; status: string; firstLine: { answeredAt: string | null } | null; escalation: { id: string } | null }[];
  complaints?: { items: { id: string; admissibility: string }[] };
  escalations?: { id: string }[];
}

/** What a call returned: its data (null when the request failed or returned none) and its errors' codes. */
export interface Answer {
  data: SoakData | null;
  codes: string[];
}

/** One GraphQL call as a caller. */
export type Ask = (caller: Caller, query: string, variables?: Record<string, unknown>) => Promise<Answer>;

export const SOAK_DIRECTORATES = [DirectorateCode.IMMIGRATION_OFFICE, DirectorateCode.ICT, DirectorateCode.CIVIL_SECURITY];

/** Answers and decisions must be reasoned (REASONED_ANSWER_MIN_CHARS, 100 by default) and give a remedy when founded. */
const SOAK_ANSWER = "The soak test reviewed this complaint: the file was handled late because a letter was registered under another number.";
const SOAK_DECISION = "The Central Complaints Service reviewed the file again: the first answer did not address every point the complainant made.";
const SOAK_REMEDY = "The directorate merges the two files and answers the open points within a week.";

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const FILE = `mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id reference } }`;

/** Citizen `i`'s complaint; its identity (`sub`) changes whenever the filing quota refuses it, its address stays. */
const citizenCaller = (i: number, sub: string): Caller => ({ sub, role: "citizen", name: `Citizen ${i}`, email: `burger${i}@example.be`, emailVerified: true });
const complaintInput = (i: number) => ({
  complainant: { kind: "PERSON", name: `Burger ${i}`, email: `burger${i}@example.be` },
  category: "SERVICE_QUALITY",
  directorate: SOAK_DIRECTORATES[Math.floor(Math.random() * SOAK_DIRECTORATES.length)],
  subject: "Soak test complaint",
  description: "Filed by npm run soak.",
  language: "NL",
  concernsDecisionWithAppealRoute: false,
});

/**
 * The people of the soak: citizens file (up to their daily quota, then as a
 * new citizen) and escalate, coordinators screen, acknowledge and answer, the
 * central service decides and reads the report. Each works until `end` (epoch ms).
 */
export function soakActors(ask: Ask, end: number, acknowledged: Map<string, string>) {
  const citizen = async (i: number) => {
    // The identity provider verified the address, so the letters go at once (no confirmation code).
    const identities = [citizenCaller(i, `soak-citizen-${i}-0`)];
    for (let turn = 0; Date.now() < end; turn++) {
      const filed = await ask(identities[identities.length - 1], FILE, { i: complaintInput(i) });
      if (filed.data?.fileComplaint) acknowledged.set(filed.data.fileComplaint.id, filed.data.fileComplaint.reference);
      if (filed.codes.includes("RATE_LIMITED")) identities.push(citizenCaller(i, `soak-citizen-${i}-${identities.length}`));
      // Follows the complaints of its last three identities in turn (the escalation quota is per identity too).
      const me = identities[Math.max(0, identities.length - 1 - (turn % 3))];
      const mine = await ask(me, `{ myComplaints { id status firstLine { answeredAt } escalation { id } } }`);
      const answered = (mine.data?.myComplaints ?? []).find((c) => c.status === "ANSWERED" && c.firstLine?.answeredAt && !c.escalation);
      if (answered) await ask(me, `mutation($id: ID!) { requestEscalation(complaintId: $id, reason: "Not satisfied") { id } }`, { id: answered.id });
      await sleep(20);
    }
  };
  /** `attempts` filings at once by one citizen, over the quota: the quota must hold exactly across the replicas. */
  const quotaBurst = async (i: number, attempts: number) => {
    const me = citizenCaller(100 + i, `soak-quota-${i}`);
    await Promise.all(
      Array.from({ length: attempts }, async () => {
        const filed = await ask(me, FILE, { i: complaintInput(100 + i) });
        if (filed.data?.fileComplaint) acknowledged.set(filed.data.fileComplaint.id, filed.data.fileComplaint.reference);
      }),
    );
  };
  const coordinator = async (directorate: DirectorateCode) => {
    const me: Caller = { sub: `soak-coord-${directorate}`, role: "coordinator", directorate };
    while (Date.now() < end) {
      const page = await ask(me, `{ complaints(filter: { status: [RECEIVED, ACKNOWLEDGED] }, first: 5) { items { id admissibility } } }`);
      for (const c of page.data?.complaints?.items ?? []) {
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
      for (const e of open.data?.escalations ?? []) {
        await ask(me, `mutation($id: ID!, $input: DecisionInput!) { decideEscalation(id: $id, input: $input) { id } }`, {
          id: e.id,
          input: { decision: SOAK_DECISION, outcome: "FOUNDED", remedy: SOAK_REMEDY },
        });
      }
      await ask(me, `query($y: Int!) { annualReport(year: $y) { totals { received escalated } } }`, { y: new Date().getUTCFullYear() });
      await sleep(100);
    }
  };
  return { citizen, quotaBurst, coordinator, centralService };
}
