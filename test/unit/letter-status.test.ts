import { LetterStatus, letterStatus, refusedForGood } from "../../subgraphs/intake/letters/letter.status";

const at = new Date("2026-03-02T10:00:00Z");
const email = { delivery: "EMAIL" as const, sentAt: null, postedAt: null, waitingForConfirmation: false, emailFailedAt: null };

describe("a letter's status", () => {
  it.each([
    [email, LetterStatus.SENDING],
    [{ ...email, waitingForConfirmation: true }, LetterStatus.WAITING_FOR_CONFIRMATION],
    [{ ...email, sentAt: at }, LetterStatus.SENT],
    [{ ...email, emailFailedAt: at }, LetterStatus.UNDELIVERABLE],
    [{ ...email, delivery: "PAPER" as const, emailFailedAt: at }, LetterStatus.TO_BE_POSTED],
    [{ ...email, delivery: "PAPER" as const, postedAt: at }, LetterStatus.POSTED],
  ])("%o is %s", (letter, status) => expect(letterStatus(letter)).toBe(status));

  it("only an SMTP reply in the 5xx range is a refusal for good", () => {
    expect([550, 554, 500, 599, 451, 421, undefined, "550"].map((responseCode) => refusedForGood({ responseCode }))).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(refusedForGood(new Error("connection refused"))).toBe(false);
    expect(refusedForGood(null)).toBe(false);
  });
});
