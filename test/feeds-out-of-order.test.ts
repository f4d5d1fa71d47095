import type { SubgraphName } from "../lib/config";
import { citizenOwner, coordinatorOwn, fileInput } from "./helpers/callers";
import { DATABASE_KINDS } from "./helpers/databases";
import { ok } from "./helpers/procedure";
import { useTestStack, type TestStack } from "./helpers/stack";

const FILE = `mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id } }`;
const ACKNOWLEDGE = `mutation($id: ID!) { acknowledgeComplaint(complaintId: $id) { acknowledgedAt } }`;

/** Drains one of escalation's consumers only: the feed of `source`. */
const drainEscalationFeed = (t: TestStack, source: SubgraphName) => t.stack.subgraphs.escalation.subgraph.consumers.find((c) => c.source === source)!.drain();

const factOf = (t: TestStack, id: string) =>
  t.stack.subgraphs.escalation.dataSource.query<{ acknowledgedAt: unknown }[]>(`SELECT acknowledgedAt FROM complaint_fact WHERE complaintId = '${id}'`);

// Found by `npm run soak -- --replicas 2`: escalation read the directorates' feed while intake's answered 502 (an
// intake replica killed), applied ComplaintAcknowledged to a complaint it did not know yet, and lost it for good.
describe.each(DATABASE_KINDS)("escalation gets a first-line step before the complaint it belongs to [%s]", (kind) => {
  const t = useTestStack(kind);

  it("waits for intake's feed instead of losing the step, then applies it once", async () => {
    const filed = ok(await t.query(FILE, { i: fileInput() }, citizenOwner)).fileComplaint as { id: string };
    // Directorates has the complaint (its consumer of intake's feed), escalation not yet.
    for (const consumer of t.stack.subgraphs.directorates.subgraph.consumers) await consumer.drain();
    ok(await t.query(ACKNOWLEDGE, { id: filed.id }, coordinatorOwn));
    expect(await factOf(t, filed.id)).toEqual([]);

    await expect(drainEscalationFeed(t, "directorates")).rejects.toThrow(/ComplaintAcknowledged .* before its ComplaintFiled: waiting for intake's feed/);
    expect(await drainEscalationFeed(t, "intake")).toBeGreaterThan(0);
    expect(await drainEscalationFeed(t, "directorates")).toBe(1);
    const [fact] = await factOf(t, filed.id);
    expect(fact.acknowledgedAt).not.toBeNull();
    await t.settle();
    const inbox = await t.stack.subgraphs.escalation.dataSource.query<{ n: number | string }[]>(
      `SELECT COUNT(*) AS n FROM inbox_event WHERE source = 'directorates' AND complaintId = '${filed.id}'`,
    );
    expect(Number(inbox[0].n)).toBe(1);
  });
});
