import { SUBGRAPHS } from "../../lib/config";
import { central, citizenOwner, coordinatorOwn, fileInput } from "./callers";
import type { GraphQLResult, TestStack } from "./stack";

function ok<T>(result: GraphQLResult, field: string): T {
  if (result.errors?.length || !result.data?.[field]) throw new Error(`${field} failed: ${JSON.stringify(result.errors)}`);
  return result.data[field] as T;
}

/**
 * Complaints at a given step of the procedure, built through the gateway by
 * the callers entitled to each step; every step settles its events.
 */
export function steps(t: TestStack) {
  const filed = async (input: Record<string, unknown> = {}, as = citizenOwner) => {
    const r = await t.query(`mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id reference } }`, { i: fileInput(input) }, as);
    await t.settle();
    return ok<{ id: string; reference: string }>(r, "fileComplaint");
  };
  const screened = async () => {
    const c = await filed();
    ok(await t.query(`mutation($id: ID!) { screenComplaint(id: $id, admissible: true) { id } }`, { id: c.id }, central), "screenComplaint");
    await t.settle();
    return c;
  };
  const answered = async () => {
    const c = await screened();
    const r = await t.query(
      `mutation($id: ID!) { answerComplaint(complaintId: $id, input: { answer: "We called you back.", outcome: FOUNDED }) { answeredAt } }`,
      { id: c.id },
      coordinatorOwn,
    );
    ok(r, "answerComplaint");
    await t.settle();
    return c;
  };
  const escalated = async () => {
    const c = await answered();
    const r = await t.query(
      `mutation($id: ID!) { requestEscalation(complaintId: $id, reason: "The answer ignores my second letter.") { id } }`,
      { id: c.id },
      citizenOwner,
    );
    const escalation = ok<{ id: string }>(r, "requestEscalation");
    await t.settle();
    return { ...c, escalationId: escalation.id };
  };
  const planItem = async (relatedComplaintIds: string[] = []) => {
    const r = await t.query(
      `mutation($i: ActionPlanItemInput!) { addActionPlanItem(year: 2026, input: $i) { id } }`,
      { i: { directorate: "IMMIGRATION_OFFICE", title: "Acknowledge within the week", relatedComplaintIds } },
      central,
    );
    return ok<{ id: string }>(r, "addActionPlanItem");
  };
  return { filed, screened, answered, escalated, planItem };
}

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
