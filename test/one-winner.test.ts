import type { Caller } from "../lib/auth/caller";
import type { SubgraphName } from "../lib/config";
import { DirectorateCode } from "../lib/domain/enums";
import { central, citizenOwner, coordinatorOwn } from "./helpers/callers";
import { DATABASE_KINDS } from "./helpers/databases";
import { ACKNOWLEDGE, ANSWER, ok, procedure, type Procedure } from "./helpers/procedure";
import { REASONED_ANSWER, REASONED_DECISION, answerInput, decisionInput } from "./helpers/reasoned";
import { codes, useTestStack, type GraphQLResult } from "./helpers/stack";

const N = 4;
const ROUNDS = 10;

/** A second coordinator of the same directorate, and a second member of the central service: two busy people at once. */
const colleague: Caller = { ...coordinatorOwn, sub: "coord-dvz-2" };
const centralColleague: Caller = { ...central, sub: "central-2" };

const SCREEN = `mutation($id: ID!, $admissible: Boolean!, $reason: InadmissibilityReason, $note: String) {
  screenComplaint(id: $id, admissible: $admissible, reason: $reason, note: $note) { status admissibility } }`;
const TRANSFER = `mutation($id: ID!, $to: DirectorateCode!, $note: String!) { transferComplaint(id: $id, to: $to, note: $note) { directorate { code } } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawComplaint(id: $id) { status } }`;
const REQUEST_ESCALATION = `mutation($id: ID!, $reason: String!) { requestEscalation(complaintId: $id, reason: $reason) { id reason } }`;
const DECIDE_ESCALATION = `mutation($id: ID!, $input: DecisionInput!) { decideEscalation(id: $id, input: $input) { status outcome } }`;
const RESCREEN = `mutation($id: ID!, $admissible: Boolean!, $reason: InadmissibilityReason, $note: String!) {
  rescreenComplaint(id: $id, admissible: $admissible, reason: $reason, note: $note) { status admissibility } }`;
const COMPLETE = `mutation($id: ID!) { completeActionPlanItem(id: $id) { done } }`;
const READ = `query($id: ID!) { complaint(id: $id) { status admissibility directorate { code } firstLine { outcome } escalation { reason outcome } } }`;

type Call = [document: string, variables: Record<string, unknown>, as: Caller];

/**
 * Issue 13 §1: of N simultaneous calls of one state change on one complaint,
 * with identical or differing inputs, exactly one succeeds and the others get
 * CONFLICT; the losers leave nothing behind (no event, no letter, no audit CHANGE
 * entry). Observed on MariaDB before: three answers with three outcomes all
 * succeeded, a screening ended INADMISSIBLE with admissibility ADMISSIBLE.
 */
describe.each(DATABASE_KINDS)("one winner per state change [%s]", (kind) => {
  const t = useTestStack(kind);
  let p: Procedure;
  beforeAll(() => {
    p = procedure(t);
  });

  /** Runs ROUNDS rounds, one complaint each, of N calls sent at once; asserts one OK and N-1 CONFLICT per round; returns each round's winner. */
  async function race(ids: string[], calls: (id: string) => Call[], losers = ["CONFLICT"]): Promise<{ id: string; winner: number; result: GraphQLResult }[]> {
    const winners = [];
    for (const id of ids) {
      const results = await Promise.all(calls(id).map(([document, variables, as]) => t.query(document, variables, as)));
      expect(results).toHaveLength(N);
      const outcomes = results.map((r) => codes(r)[0] ?? "OK");
      expect(outcomes.filter((o) => o === "OK")).toEqual(["OK"]);
      expect(outcomes.filter((o) => o !== "OK" && !losers.includes(o))).toEqual([]);
      const conflicts = results.filter((r) => codes(r)[0] === "CONFLICT");
      for (const r of conflicts) expect(r.errors![0].message).toMatch(/already|withdrawn|no longer|transferred/i);
      const winner = outcomes.indexOf("OK");
      winners.push({ id, winner, result: results[winner] });
    }
    await t.settle();
    return winners;
  }

  /** COUNT(*) per complaint of `from` (a table and a condition) in a subgraph's database, in the order of `ids`. */
  async function perComplaint(subgraph: SubgraphName, from: string, params: unknown[], ids: string[]): Promise<number[]> {
    const rows: { complaintId: string; n: number | string }[] = await t.stack.subgraphs[subgraph].dataSource.query(
      `SELECT complaintId, COUNT(*) AS n FROM ${from} GROUP BY complaintId`,
      params,
    );
    const byId = new Map(rows.map((r) => [r.complaintId, Number(r.n)]));
    return ids.map((id) => byId.get(id) ?? 0);
  }
  const events = (subgraph: SubgraphName, type: string, ids: string[]) => perComplaint(subgraph, "outbox_event WHERE type = ?", [type], ids);
  const changes = (subgraph: SubgraphName, mutation: string, ids: string[]) =>
    perComplaint(subgraph, "audit_entry WHERE action = 'CHANGE' AND what = ?", [mutation], ids);
  const letters = (letterKind: string, ids: string[]) => perComplaint("intake", "letter WHERE kind = ?", [letterKind], ids);
  const once = (ids: string[]) => ids.map(() => 1);

  // One complainant per complaint, so no per-citizen limit shapes the result.
  const owner = new Map<string, Caller>();
  const ownerOf = (id: string) => owner.get(id)!;
  const filed = (n: number) =>
    Promise.all(
      Array.from({ length: n }, async (_, i) => {
        const as: Caller = { ...citizenOwner, sub: `winner-citizen-${i}` };
        const c = await p.file({}, as);
        owner.set(c.id, as);
        return c;
      }),
    );
  const read = async (id: string) => ok(await t.query(READ, { id }, central)).complaint;
  let toScreen: string[],
    toTransfer: string[],
    toTransferApart: string[],
    toWithdraw: string[],
    toAcknowledge: string[],
    toAnswer: string[],
    toEscalate: string[],
    toDecide: string[];
  let escalationOf: Map<string, string>;
  let planItems: string[];

  beforeAll(async () => {
    // Every round's complaint made up front, with the events of each phase applied once.
    const all = (await filed(8 * ROUNDS)).map((c) => c.id as string);
    [toScreen, toTransfer, toTransferApart, toWithdraw, toAcknowledge, toAnswer, toEscalate, toDecide] = Array.from({ length: 8 }, (_, i) =>
      all.slice(i * ROUNDS, (i + 1) * ROUNDS),
    );
    await t.settle();
    await Promise.all([...toAcknowledge, ...toAnswer, ...toEscalate, ...toDecide].map((id) => p.screen(id, true)));
    await t.settle();
    await Promise.all([...toEscalate, ...toDecide].map((id) => p.answer(id)));
    await t.settle();
    const escalations = await Promise.all(toDecide.map((id) => p.requestEscalation(id, "The answer ignores my letter.", ownerOf(id))));
    escalationOf = new Map(toDecide.map((id, i) => [id, escalations[i].id as string]));
    await t.settle();
    planItems = (await Promise.all(Array.from({ length: ROUNDS }, () => p.planItem()))).map((i) => i.id);
  }, 120_000);

  it("rescreenComplaint by two members of the central service at once, admissible or another reason: one correction, one event, one timeline entry", async () => {
    const ids = (await filed(ROUNDS)).map((c) => c.id as string);
    await t.settle();
    await Promise.all(ids.map((id) => p.screen(id, false, "OUTSIDE_COMPETENCE", "Regional matter.")));
    await t.settle();
    // Each round corrects one way only: two corrections that follow each other (another reason, then admissible) are both
    // allowed, so a round that mixed them would have two winners whenever one request arrives after the other is done.
    const rounds = await race(ids, (id) =>
      ids.indexOf(id) % 2 === 0
        ? [
            [RESCREEN, { id, admissible: true, note: "It is a federal matter after all." }, central],
            [RESCREEN, { id, admissible: true, note: "Federal: the Immigration Office." }, centralColleague],
            [RESCREEN, { id, admissible: true, note: "Federal after all." }, central],
            [RESCREEN, { id, admissible: true, note: "Ours to handle." }, centralColleague],
          ]
        : [
            [RESCREEN, { id, admissible: false, reason: "ADMINISTRATIVE_OR_JUDICIAL_DISPUTE", note: "A dispute before the court." }, centralColleague],
            [RESCREEN, { id, admissible: false, reason: "ADMINISTRATIVE_OR_JUDICIAL_DISPUTE", note: "Before the Council of State." }, central],
            [RESCREEN, { id, admissible: false, reason: "ADMINISTRATIVE_OR_JUDICIAL_DISPUTE", note: "A pending case." }, centralColleague],
            [RESCREEN, { id, admissible: false, reason: "ADMINISTRATIVE_OR_JUDICIAL_DISPUTE", note: "Judicial dispute." }, central],
          ],
    );
    for (const { id, result } of rounds) {
      const winner = result.data!.rescreenComplaint;
      expect(await read(id)).toMatchObject({ status: winner.status, admissibility: winner.admissibility });
    }
    expect(await events("intake", "ComplaintRescreened", ids)).toEqual(once(ids));
    expect(await changes("intake", "rescreenComplaint", ids)).toEqual(once(ids));
    expect(await perComplaint("intake", "status_change WHERE 1 = 1", [], ids)).toEqual(ids.map(() => 3));
  });

  it("screenComplaint, admissible and inadmissible at once: one screening, its event, its letter only when inadmissible", async () => {
    const admissible = { admissible: true };
    const inadmissible = { admissible: false, reason: "OUTSIDE_COMPETENCE", note: "Not the FOD." };
    const rounds = await race(toScreen, (id) => [
      [SCREEN, { id, ...admissible }, coordinatorOwn],
      [SCREEN, { id, ...inadmissible }, colleague],
      [SCREEN, { id, ...admissible }, central],
      [SCREEN, { id, ...inadmissible }, coordinatorOwn],
    ]);
    for (const { id, result } of rounds) {
      const c = await read(id);
      expect({ status: c.status, admissibility: c.admissibility }).toEqual(result.data!.screenComplaint);
      expect([c.status, c.admissibility]).toEqual(c.admissibility === "INADMISSIBLE" ? ["INADMISSIBLE", "INADMISSIBLE"] : ["RECEIVED", "ADMISSIBLE"]);
    }
    expect(await events("intake", "ComplaintScreened", toScreen)).toEqual(once(toScreen));
    expect(await changes("intake", "screenComplaint", toScreen)).toEqual(once(toScreen));
    const inadmissibleWon = rounds.map(({ result }) => (result.data!.screenComplaint.admissibility === "INADMISSIBLE" ? 1 : 0));
    expect(await letters("INADMISSIBILITY", toScreen)).toEqual(inadmissibleWon);
  });

  it("transferComplaint by two members of the central service to one directorate: one transfer", async () => {
    const note = { to: DirectorateCode.ICT, note: "Concerns ICT." };
    const rounds = await race(toTransfer, (id) => [central, centralColleague, central, centralColleague].map((as): Call => [TRANSFER, { id, ...note }, as]));
    for (const { id, result } of rounds) expect((await read(id)).directorate).toEqual(result.data!.transferComplaint.directorate);
    expect(await events("intake", "ComplaintTransferred", toTransfer)).toEqual(once(toTransfer));
    expect(await changes("intake", "transferComplaint", toTransfer)).toEqual(once(toTransfer));
    expect(await perComplaint("intake", "status_change WHERE kind = 'TRANSFER'", [], toTransfer)).toEqual(once(toTransfer));
  });

  it("transferComplaint by two coordinators to two directorates: one transfer; the other's is refused as no longer theirs", async () => {
    const to = (directorate: DirectorateCode) => ({ to: directorate, note: `Concerns ${directorate}.` });
    // A loser whose request began after the winning transfer committed no longer sees the complaint: NOT_FOUND, by the scope rule.
    const rounds = await race(
      toTransferApart,
      (id) => [
        [TRANSFER, { id, ...to(DirectorateCode.ICT) }, coordinatorOwn],
        [TRANSFER, { id, ...to(DirectorateCode.ICT) }, coordinatorOwn],
        [TRANSFER, { id, ...to(DirectorateCode.CRISIS_CENTRE) }, colleague],
        [TRANSFER, { id, ...to(DirectorateCode.CRISIS_CENTRE) }, colleague],
      ],
      ["CONFLICT", "NOT_FOUND"],
    );
    for (const { id, result } of rounds) expect((await read(id)).directorate).toEqual(result.data!.transferComplaint.directorate);
    expect(await events("intake", "ComplaintTransferred", toTransferApart)).toEqual(once(toTransferApart));
    expect(await changes("intake", "transferComplaint", toTransferApart)).toEqual(once(toTransferApart));
  });

  it("withdrawComplaint four times: one withdrawal", async () => {
    await race(toWithdraw, (id) => Array.from({ length: N }, (): Call => [WITHDRAW, { id }, ownerOf(id)]));
    for (const id of toWithdraw) expect((await read(id)).status).toBe("WITHDRAWN");
    expect(await events("intake", "ComplaintWithdrawn", toWithdraw)).toEqual(once(toWithdraw));
    expect(await changes("intake", "withdrawComplaint", toWithdraw)).toEqual(once(toWithdraw));
    expect(await perComplaint("intake", "status_change WHERE status = 'WITHDRAWN'", [], toWithdraw)).toEqual(once(toWithdraw));
  });

  it("acknowledgeComplaint by two coordinators: one acknowledgement, one letter", async () => {
    await race(toAcknowledge, (id) => [coordinatorOwn, colleague, coordinatorOwn, colleague].map((as): Call => [ACKNOWLEDGE, { id }, as]));
    expect(await events("directorates", "ComplaintAcknowledged", toAcknowledge)).toEqual(once(toAcknowledge));
    expect(await changes("directorates", "acknowledgeComplaint", toAcknowledge)).toEqual(once(toAcknowledge));
    expect(await letters("ACKNOWLEDGEMENT", toAcknowledge)).toEqual(once(toAcknowledge));
  });

  it("answerComplaint with three outcomes at once: one answer, the winner's outcome, one answer letter", async () => {
    const outcomes = ["FOUNDED", "UNFOUNDED", "PARTLY_FOUNDED", "FOUNDED"];
    const rounds = await race(toAnswer, (id) =>
      outcomes.map((outcome, i): Call => [ANSWER, { id, input: answerInput(outcome, `${REASONED_ANSWER} ${outcome}.`) }, i % 2 ? colleague : coordinatorOwn]),
    );
    for (const { id, result } of rounds) expect((await read(id)).firstLine.outcome).toBe(result.data!.answerComplaint.outcome);
    expect(await events("directorates", "ComplaintAnswered", toAnswer)).toEqual(once(toAnswer));
    expect(await events("directorates", "ComplaintAcknowledged", toAnswer)).toEqual(once(toAnswer));
    expect(await changes("directorates", "answerComplaint", toAnswer)).toEqual(once(toAnswer));
    expect(await letters("FIRST_LINE_ANSWER", toAnswer)).toEqual(once(toAnswer));
    expect(await letters("ACKNOWLEDGEMENT", toAnswer)).toEqual(once(toAnswer));
  });

  it("requestEscalation with different reasons at once: one escalation", async () => {
    const rounds = await race(toEscalate, (id) =>
      ["Not answered.", "Not answered.", "Wrong answer.", "Still waiting."].map((reason): Call => [REQUEST_ESCALATION, { id, reason }, ownerOf(id)]),
    );
    for (const { id, result } of rounds) expect((await read(id)).escalation.reason).toBe(result.data!.requestEscalation.reason);
    expect(await events("escalation", "EscalationRequested", toEscalate)).toEqual(once(toEscalate));
    expect(await changes("escalation", "requestEscalation", toEscalate)).toEqual(once(toEscalate));
    expect(await perComplaint("escalation", "escalation WHERE 1 = 1", [], toEscalate)).toEqual(once(toEscalate));
  });

  it("decideEscalation by two members of the central service with different outcomes: one decision, one letter", async () => {
    const outcomes = ["FOUNDED", "UNFOUNDED", "PARTLY_FOUNDED", "UNFOUNDED"];
    const rounds = await race(toDecide, (id) =>
      outcomes.map((outcome, i): Call => [
        DECIDE_ESCALATION,
        { id: escalationOf.get(id), input: decisionInput(outcome, `${REASONED_DECISION} ${outcome}.`) },
        i % 2 ? centralColleague : central,
      ]),
    );
    for (const { id, result } of rounds) expect((await read(id)).escalation.outcome).toBe(result.data!.decideEscalation.outcome);
    expect(await events("escalation", "EscalationDecided", toDecide)).toEqual(once(toDecide));
    expect(await changes("escalation", "decideEscalation", toDecide)).toEqual(once(toDecide));
    expect(await letters("ESCALATION_DECISION", toDecide)).toEqual(once(toDecide));
  });

  it("completeActionPlanItem four times: done once", async () => {
    await race(planItems, (id) => Array.from({ length: N }, (): Call => [COMPLETE, { id }, central]));
    const done = await t.stack.subgraphs.escalation.dataSource.query(`SELECT COUNT(*) AS n FROM action_plan_item WHERE done = 1`, []);
    expect(Number(done[0].n)).toBe(ROUNDS);
  });
});
