import type { Caller } from "../../lib/auth/caller";
import { central, citizenOwner, coordinatorOwn, fileInput } from "./callers";
import { START, type GraphQLResult, type TestStack } from "./stack";

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

export const ANSWER_TEXT = "We looked into your file: the letters were misrouted; they have now been answered.";

/** A small driver for the procedure through the gateway; every step must succeed. */
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
      return ok(await t.query(ANSWER, { id, input: { answer: ANSWER_TEXT, outcome } }, as)).answerComplaint;
    },
    async requestEscalation(id: string, reason = "The answer does not address my letters.", as: Caller = citizenOwner) {
      return ok(await t.query(REQUEST_ESCALATION, { id, reason }, as)).requestEscalation;
    },
    async decide(id: string, outcome = "PARTLY_FOUNDED", as: Caller = central) {
      return ok(await t.query(DECIDE_ESCALATION, { id, input: { decision: "The service will apologise and answer within a week.", outcome } }, as)).decideEscalation;
    },
    /** Filed (and screened admissible) with all events applied. */
    async admissible(overrides: Record<string, unknown> = {}, as: Caller = citizenOwner) {
      const c = await this.file(overrides, as);
      await t.settle();
      await this.screen(c.id, true);
      await t.settle();
      return c as { id: string; reference: string; receivedAt: string };
    },
  };
}

export { seedText } from "./shared";

export const days = (iso: string, n: number) => new Date(new Date(iso).getTime() + n * 86_400_000).toISOString();

/** A letter received by post five days before START, as a coordinator types it in (registerComplaint). */
export function paperInput(overrides: Record<string, unknown> = {}) {
  return {
    channel: "POST",
    receivedAt: days(START, -5),
    complainant: { kind: "PERSON", name: "Marie Dubois", postalAddress: "Rue Haute 1, 1000 Bruxelles" },
    category: "APPLICATION_OF_LEGISLATION",
    directorate: "IMMIGRATION_OFFICE",
    subject: "Letter about my residence permit",
    description: "I sent my documents twice and they were lost.",
    language: "FR",
    ...overrides,
  };
}
