import type { Caller } from "../lib/auth/caller";
import { central, citizenOwner, coordinatorOwn } from "./helpers/callers";
import { DATABASE_KINDS } from "./helpers/databases";
import { ACKNOWLEDGE, ANSWER, SCREEN, TRANSFER, WITHDRAW, procedure } from "./helpers/procedure";
import { answerInput } from "./helpers/reasoned";
import { codes, startTestStack, type TestStack } from "./helpers/stack";

const TIMES = 6;
const LETTERS = `query($id: ID!) { complaint(id: $id) { status timeline { status } letters { kind } } }`;

/**
 * The same step sent several times at once (a double click, a retrying client):
 * one request changes the complaint, the others are refused, and the complainant
 * gets one letter. On MySQL the checks ran on unlocked reads: 6 answers gave 6
 * answer letters, 5 of 6 screenings passed, 6 transfers and 6 withdrawals were recorded.
 */
describe.each(DATABASE_KINDS)("the same step sent several times at once [%s]", (kind) => {
  let t: TestStack;
  let p: ReturnType<typeof procedure>;
  beforeAll(async () => {
    t = await startTestStack(kind);
    p = procedure(t);
  });
  afterAll(() => t.stop());

  const atOnce = async (document: string, variables: Record<string, unknown>, as: Caller) => {
    const results = await Promise.all(Array.from({ length: TIMES }, () => t.query(document, variables, as)));
    await t.settle();
    return results.map((r) => codes(r)[0] ?? "OK").sort();
  };
  const once = ["CONFLICT", "CONFLICT", "CONFLICT", "CONFLICT", "CONFLICT", "OK"];
  const read = async (id: string) => (await t.query(LETTERS, { id }, central)).data!.complaint;

  it("screening as inadmissible: once, one inadmissibility letter", async () => {
    const c = await p.file();
    await t.settle();
    expect(await atOnce(SCREEN, { id: c.id, admissible: false, reason: "OUTSIDE_COMPETENCE", note: "Not ours." }, coordinatorOwn)).toEqual(once);
    const after = await read(c.id);
    expect(after.letters.map((l: { kind: string }) => l.kind)).toEqual(["INADMISSIBILITY"]);
    expect(after.timeline.map((s: { status: string }) => s.status)).toEqual(["RECEIVED", "INADMISSIBLE"]);
  });

  it("acknowledging, then answering: once each, one letter each", async () => {
    const c = await p.admissible();
    expect(await atOnce(ACKNOWLEDGE, { id: c.id }, coordinatorOwn)).toEqual(once);
    expect(await atOnce(ANSWER, { id: c.id, input: answerInput("FOUNDED") }, coordinatorOwn)).toEqual(once);
    expect((await read(c.id)).letters.map((l: { kind: string }) => l.kind).sort()).toEqual(["ACKNOWLEDGEMENT", "FIRST_LINE_ANSWER"]);
  });

  it("answering without acknowledging first: one acknowledgement letter, one answer letter", async () => {
    const c = await p.admissible();
    expect(await atOnce(ANSWER, { id: c.id, input: answerInput("FOUNDED") }, coordinatorOwn)).toEqual(once);
    expect((await read(c.id)).letters.map((l: { kind: string }) => l.kind).sort()).toEqual(["ACKNOWLEDGEMENT", "FIRST_LINE_ANSWER"]);
  });

  it("a transfer and a withdrawal: once each in the timeline", async () => {
    const moved = await p.file();
    await t.settle();
    expect(await atOnce(TRANSFER, { id: moved.id, to: "ICT", note: "Concerns ICT." }, central)).toEqual(once);
    expect((await read(moved.id)).timeline).toHaveLength(2);
    const gone = await p.file();
    await t.settle();
    expect(await atOnce(WITHDRAW, { id: gone.id }, citizenOwner)).toEqual(once);
    expect((await read(gone.id)).timeline.map((s: { status: string }) => s.status)).toEqual(["RECEIVED", "WITHDRAWN"]);
  });
});
