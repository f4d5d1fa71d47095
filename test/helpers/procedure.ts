import type { Caller } from "../../lib/auth/caller";
import { SUBGRAPHS } from "../../lib/config";
import { central, citizenOwner, coordinatorOwn, fileInput, paperInput } from "./callers";
import { REASONED_ANSWER, answerInput, decisionInput } from "./reasoned";
import type { GraphQLResult, TestStack } from "./stack";

/** Everything a test may want to see of a complaint, across the three subgraphs. */
export const COMPLAINT_FIELDS = `
  id reference status channel receivedAt acknowledgementDueAt answerDueAt
  admissibility inadmissibilityReason admissibilityNote
  complainant { kind name email postalAddress }
  directorate { code }
  timeline { status at note }
  firstLine { acknowledgedAt answeredAt answer outcome acknowledgementOverdue answerOverdue }
  escalation { id status requestedAt dueAt decidedAt decision outcome reason }
  ombudsman { name address phone website }
`;

export const FILE = `mutation($input: FileComplaintInput!) { fileComplaint(input: $input) { ${COMPLAINT_FIELDS} } }`;
export const REGISTER = `mutation($input: RegisterComplaintInput!) { registerComplaint(input: $input) { ${COMPLAINT_FIELDS} } }`;
export const READ = `query($id: ID!) { complaint(id: $id) { ${COMPLAINT_FIELDS} } }`;
export const SCREEN = `mutation($id: ID!, $admissible: Boolean!, $reason: InadmissibilityReason, $note: String) {
  screenComplaint(id: $id, admissible: $admissible, reason: $reason, note: $note) { ${COMPLAINT_FIELDS} } }`;
export const TRANSFER = `mutation($id: ID!, $to: DirectorateCode!, $note: String!) { transferComplaint(id: $id, to: $to, note: $note) { ${COMPLAINT_FIELDS} } }`;
export const WITHDRAW = `mutation($id: ID!) { withdrawComplaint(id: $id) { ${COMPLAINT_FIELDS} } }`;
const FIRST_LINE = `acknowledgedAt answeredAt answer outcome acknowledgementOverdue answerOverdue`;
export const ACKNOWLEDGE = `mutation($id: ID!) { acknowledgeComplaint(complaintId: $id) { ${FIRST_LINE} } }`;
export const ANSWER = `mutation($id: ID!, $input: AnswerInput!) { answerComplaint(complaintId: $id, input: $input) { ${FIRST_LINE} } }`;
const ESCALATION = `id status requestedAt dueAt decidedAt decision outcome reason complaint { id }`;
export const REQUEST_ESCALATION = `mutation($id: ID!, $reason: String!) { requestEscalation(complaintId: $id, reason: $reason) { ${ESCALATION} } }`;
export const DECIDE_ESCALATION = `mutation($id: ID!, $input: DecisionInput!) { decideEscalation(id: $id, input: $input) { ${ESCALATION} } }`;

/** The data of a result that must have no errors; otherwise fails with the errors themselves. */
export function ok<T = Record<string, any>>(result: GraphQLResult<T>): T {
  if (result.errors?.length || !result.data) throw new Error(`expected no errors, got ${JSON.stringify(result.errors)}`);
  return result.data;
}

export const ANSWER_TEXT = REASONED_ANSWER;

/**
 * The one driver for the procedure through the gateway: each step as a call
 * (every step must succeed), and complaints brought to a given step by the
 * callers entitled to each step, with every step's events applied.
 */
export function procedure(t: TestStack) {
  return {
    async file(overrides: Record<string, unknown> = {}, as: Caller = citizenOwner) {
      return ok(await t.query(FILE, { input: fileInput(overrides) }, as)).fileComplaint;
    },
    async register(input: Record<string, unknown>, as: Caller = coordinatorOwn) {
      return ok(await t.query(REGISTER, { input }, as)).registerComplaint;
    },
    async read(id: string, as: Caller = central) {
      return ok(await t.query(READ, { id }, as)).complaint;
    },
    async screen(id: string, admissible: boolean, reason?: string, note?: string, as: Caller = coordinatorOwn) {
      return ok(await t.query(SCREEN, { id, admissible, reason, note }, as)).screenComplaint;
    },
    async acknowledge(id: string, as: Caller = coordinatorOwn) {
      return ok(await t.query(ACKNOWLEDGE, { id }, as)).acknowledgeComplaint;
    },
    async answer(id: string, outcome = "FOUNDED", as: Caller = coordinatorOwn) {
      return ok(await t.query(ANSWER, { id, input: answerInput(outcome) }, as)).answerComplaint;
    },
    async requestEscalation(id: string, reason = "The answer does not address my letters.", as: Caller = citizenOwner) {
      return ok(await t.query(REQUEST_ESCALATION, { id, reason }, as)).requestEscalation;
    },
    async decide(id: string, outcome = "PARTLY_FOUNDED", as: Caller = central) {
      return ok(await t.query(DECIDE_ESCALATION, { id, input: decisionInput(outcome) }, as)).decideEscalation;
    },
    /** Filed, with its events applied. */
    async filed(overrides: Record<string, unknown> = {}, as: Caller = citizenOwner) {
      const c = await this.file(overrides, as);
      await t.settle();
      return c as { id: string; reference: string; receivedAt: string };
    },
    /** Filed and screened admissible, with all events applied. */
    async admissible(overrides: Record<string, unknown> = {}, as: Caller = citizenOwner) {
      const c = await this.filed(overrides, as);
      await this.screen(c.id, true);
      await t.settle();
      return c;
    },
    /** Admissible and answered (FOUNDED) by its directorate's coordinator. */
    async answered() {
      const c = await this.admissible();
      await this.answer(c.id);
      await t.settle();
      return c;
    },
    /** Answered, then escalated by the complainant. */
    async escalated() {
      const c = await this.answered();
      const escalation = await this.requestEscalation(c.id, "The answer ignores my second letter.");
      await t.settle();
      return { ...c, escalationId: escalation.id as string };
    },
    /** A paper complaint (no e-mail address) screened inadmissible: its inadmissibility letter waits to be printed and posted. */
    async paperLetter(overrides: Record<string, unknown> = {}) {
      const c = await this.register(paperInput(overrides));
      await this.screen(c.id, false, "OUTSIDE_COMPETENCE", "A municipal matter: sent on to the city.");
      await t.settle();
      const { letters } = ok(
        await t.query(`query($id: ID!) { complaint(id: $id) { letters { id kind delivery createdAt postedAt } } }`, { id: c.id }, central),
      ).complaint;
      return { complaintId: c.id as string, letter: letters[0] as { id: string; kind: string; delivery: string; createdAt: string; postedAt: string | null } };
    },
    /** An Immigration Office item of the 2026 action plan, added by the central service. */
    async planItem(relatedComplaintIds: string[] = []) {
      const i = { directorate: "IMMIGRATION_OFFICE", title: "Acknowledge within the week", relatedComplaintIds };
      return ok(await t.query(`mutation($i: ActionPlanItemInput!) { addActionPlanItem(year: 2026, input: $i) { id } }`, { i }, central)).addActionPlanItem as {
        id: string;
      };
    },
  };
}

export type Procedure = ReturnType<typeof procedure>;

/** Every row of every entity table of every subgraph, for "nothing changed" assertions. */
export async function snapshot(t: TestStack): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const name of SUBGRAPHS) {
    const ds = t.stack.subgraphs[name].dataSource;
    for (const meta of ds.entityMetadatas) {
      const rows = await ds.getRepository(meta.target).find();
      out[`${name}.${meta.tableName}`] = rows.map((r) => JSON.stringify(r)).sort();
    }
  }
  return out;
}

export { seedText } from "./shared";
export { days, paperInput } from "./callers";
