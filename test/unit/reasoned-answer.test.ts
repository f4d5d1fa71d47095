import { localise } from "../../lib/i18n/message";
import { ConfigError, loadConfig } from "../../lib/config";
import { Outcome } from "../../lib/domain/enums";
import { DEFAULT_REASONED_MIN_CHARS, REMEDY_OUTCOMES, reasonedAnswerRefusal, visibleLength } from "../../lib/domain/reasoned-answer";

// "Binnen de 30 dagen ontvangt u een gemotiveerd antwoord"; "stelt een oplossing voor of zet de fout recht".

describe("a reasoned answer (lib/domain/reasoned-answer.ts)", () => {
  it("counts visible characters: graphemes, not spaces, line breaks, zero-width or bidi marks", () => {
    expect(visibleLength("abc")).toBe(3);
    expect(visibleLength("  a b\tc\n\n")).toBe(3);
    expect(visibleLength("a\u200b\u200e\ufeffb")).toBe(2);
    expect(visibleLength("e\u0301té")).toBe(3);
    expect(visibleLength("👍🏽👨‍👩‍👧")).toBe(2);
    expect(visibleLength("")).toBe(0);
  });

  it("needs the minimum of visible characters, then a remedy for FOUNDED and PARTLY_FOUNDED only", () => {
    const text = "x".repeat(100);
    expect(REMEDY_OUTCOMES).toEqual([Outcome.FOUNDED, Outcome.PARTLY_FOUNDED]);
    const short = reasonedAnswerRefusal("answer", "x".repeat(99), Outcome.UNFOUNDED, null, 100);
    expect(short && { kind: short.kind, message: localise(short.message), field: short.field }).toEqual({
      kind: "input",
      message: "The answer must be reasoned: at least 100 characters that explain it (this one has 99)",
      field: { path: "answer", code: "TOO_SHORT", params: { min: 100, length: 99 } },
    });
    expect(reasonedAnswerRefusal("decision", " x".repeat(99), Outcome.UNFOUNDED, null, 100)?.message).toMatchObject({ key: "reasoned.decisionTooShort" });
    expect(localise(reasonedAnswerRefusal("decision", " x".repeat(99), Outcome.UNFOUNDED, null, 100)!.message)).toMatch(
      /^The decision must be reasoned: .*has 99/,
    );
    expect(reasonedAnswerRefusal("answer", text, Outcome.UNFOUNDED, null, 100)).toBeNull();
    expect(reasonedAnswerRefusal("answer", text, Outcome.NO_JUDGEMENT, null, 100)).toBeNull();
    expect(localise(reasonedAnswerRefusal("answer", text, Outcome.FOUNDED, null, 100)!.message)).toBe(
      "A founded complaint needs a remedy: say what is proposed or how the error is put right",
    );
    expect(localise(reasonedAnswerRefusal("answer", text, Outcome.PARTLY_FOUNDED, "\u200b", 100)!.message)).toMatch(
      /^A partly founded complaint needs a remedy/,
    );
    expect(reasonedAnswerRefusal("answer", text, Outcome.PARTLY_FOUNDED, "We call you back.", 100)).toBeNull();
    expect(reasonedAnswerRefusal("answer", "short", Outcome.UNFOUNDED, null, 5)).toBeNull();
  });

  it("REASONED_ANSWER_MIN_CHARS: 100 by default, an integer from 1 to 5000, validated with the other settings", () => {
    expect(DEFAULT_REASONED_MIN_CHARS).toBe(100);
    expect(loadConfig({}).procedure.reasonedAnswerMinChars).toBe(100);
    expect(loadConfig({ REASONED_ANSWER_MIN_CHARS: "250" }).procedure.reasonedAnswerMinChars).toBe(250);
    for (const bad of ["0", "-1", "5001", "abc", "1.5"]) {
      expect(() => loadConfig({ REASONED_ANSWER_MIN_CHARS: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ REASONED_ANSWER_MIN_CHARS: bad })).toThrow(/REASONED_ANSWER_MIN_CHARS must be an integer between 1 and 5000/);
    }
  });
});
