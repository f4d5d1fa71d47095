import { TEXT_LIMITS } from "../lib/domain/text-limits";
import { central, citizenOwner, coordinatorOwn, fileInput } from "./helpers/callers";
import { DATABASE_KINDS } from "./helpers/databases";
import { ANSWER, DECIDE_ESCALATION, REQUEST_ESCALATION, ok, procedure } from "./helpers/procedure";
import { useTestStack } from "./helpers/stack";
import { OutboxEvent } from "../lib/events/event.entities";
import { Letter } from "../subgraphs/intake/letters/letter.entity";

const LETTERS = `query($id: ID!) { complaint(id: $id) { letters { kind text } } }`;

/** `n` characters of three bytes each in UTF-8 (ä is two; € is three), with a line break now and then. */
const wide = (n: number) => "€".repeat(n);
const bytes = (s: string) => Buffer.byteLength(s, "utf8");

/**
 * The largest letters the limits allow (German, every field at its maximum in
 * three-byte characters, a maximal answer and decision) are written, and the
 * event consumers carry on with the next complaint.
 */
describe.each(DATABASE_KINDS)("letters at the size limits [%s]", (kind) => {
  const t = useTestStack(kind);

  it("a maximal complaint, answer and decision produce their letters; a later complaint's letter still arrives", async () => {
    const p = procedure(t);
    const c = await p.admissible(
      fileInput({
        language: "DE",
        complainant: {
          kind: "COMPANY",
          name: wide(TEXT_LIMITS.name),
          organisation: wide(TEXT_LIMITS.organisation),
          email: citizenOwner.email,
          phone: "+32 2 500 00 00",
          postalAddress: wide(TEXT_LIMITS.postalAddress),
        },
        subject: wide(TEXT_LIMITS.subject),
        description: wide(TEXT_LIMITS.description),
        desiredOutcome: wide(TEXT_LIMITS.desiredOutcome),
      }),
    );
    ok(await t.query(ANSWER, { id: c.id, input: { answer: wide(TEXT_LIMITS.answer), outcome: "FOUNDED", remedy: wide(TEXT_LIMITS.remedy) } }, coordinatorOwn));
    await t.settle();
    const escalation = ok(await t.query(REQUEST_ESCALATION, { id: c.id, reason: wide(TEXT_LIMITS.reason) }, citizenOwner)).requestEscalation as { id: string };
    await t.settle();
    ok(
      await t.query(
        DECIDE_ESCALATION,
        { id: escalation.id, input: { decision: wide(TEXT_LIMITS.answer), outcome: "FOUNDED", remedy: wide(TEXT_LIMITS.remedy) } },
        central,
      ),
    );
    await t.settle();
    const letters = ok(await t.query(LETTERS, { id: c.id }, citizenOwner)).complaint.letters as { kind: string; text: string }[];
    expect(letters.map((l) => l.kind)).toEqual(["ACKNOWLEDGEMENT", "FIRST_LINE_ANSWER", "ESCALATION_RECEIPT", "ESCALATION_DECISION"]);
    const [, answer, , decision] = letters;
    // Over MySQL's TEXT (65,535 bytes) would have been refused; these are the sizes the limits allow today.
    expect([bytes(answer.text), bytes(decision.text)].every((n) => n > 3 * (TEXT_LIMITS.answer + TEXT_LIMITS.remedy))).toBe(true);

    const later = await p.admissible();
    await p.acknowledge(later.id);
    await t.settle();
    const laterLetters = ok(await t.query(LETTERS, { id: later.id }, citizenOwner)).complaint.letters as { kind: string }[];
    expect(laterLetters.map((l) => l.kind)).toEqual(["ACKNOWLEDGEMENT"]);
  });

  it("a letter and an event payload twice the size the limits allow today are stored whole (room for longer templates and limits)", async () => {
    const text = wide((2 * 3 * TEXT_LIMITS.answer) / 3 + 10_000); // 150,000 bytes
    const stored = await t.stack.subgraphs.intake.dataSource
      .transaction(async (m) => {
        const id = "00000000-0000-4000-8000-00000000beef";
        const now = new Date();
        await m.insert(Letter, {
          id,
          complaintId: id,
          eventId: id,
          kind: "FIRST_LINE_ANSWER",
          language: "DE",
          delivery: "PAPER",
          recipient: null,
          subject: "x",
          text,
          createdAt: now,
          sentAt: null,
          waitingForConfirmation: false,
          attempts: 0,
          nextAttemptAt: null,
          claimedUntil: null,
          lastError: null,
        } as Letter);
        await m.insert(OutboxEvent, { id, type: "ComplaintAnswered", complaintId: id, payload: JSON.stringify({ answer: text }), occurredAt: now });
        const found = { letter: (await m.findOneByOrFail(Letter, { id })).text, payload: (await m.findOneByOrFail(OutboxEvent, { id })).payload };
        throw Object.assign(new Error("rolled back"), { found });
      })
      .catch((err: { found?: { letter: string; payload: string } }) => err.found ?? err);
    expect(stored).toEqual({ letter: text, payload: JSON.stringify({ answer: text }) });
  });
});
