import { msg } from "../i18n/message";
import { Outcome } from "./enums";
import { NOT_BLANK, TEXT_LIMITS } from "./text-limits";
import { inputRefusal, type Refusal } from "./refusal";

// "Binnen de 30 dagen ontvangt u een gemotiveerd antwoord": an answer that gives its reasons, not "x".
// "De klachtencoördinator ... stelt een oplossing voor of zet de fout recht": a founded complaint gets a remedy.

/** The default minimum of visible characters of an answer or a second-line decision (REASONED_ANSWER_MIN_CHARS). */
export const DEFAULT_REASONED_MIN_CHARS = 100;

/** The outcomes that call for a remedy: the complaint is (partly) founded. */
export const REMEDY_OUTCOMES: readonly Outcome[] = [Outcome.FOUNDED, Outcome.PARTLY_FOUNDED];

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/** Characters as a reader counts them: graphemes (é, 👍🏽 are one) that are not whitespace, control or format characters. */
export function visibleLength(text: string): number {
  let count = 0;
  for (const { segment } of graphemes.segment(text)) if (NOT_BLANK.test(segment)) count++;
  return count;
}

/**
 * Why an answer (first line) or a decision (second line) is not a reasoned one (an input refusal: BAD_USER_INPUT), or null:
 * at least `minChars` visible characters, and a remedy when the outcome is FOUNDED or PARTLY_FOUNDED.
 */
export function reasonedAnswerRefusal(what: "answer" | "decision", text: string, outcome: Outcome, remedy: string | null, minChars: number): Refusal | null {
  const length = visibleLength(text);
  if (length < minChars) {
    return inputRefusal(msg(what === "answer" ? "reasoned.answerTooShort" : "reasoned.decisionTooShort", { min: minChars, length }), {
      path: what,
      code: "TOO_SHORT",
      params: { min: minChars, length },
    });
  }
  if (remedy && remedy.length > TEXT_LIMITS.remedy) {
    return inputRefusal(msg("reasoned.remedyTooLong", { max: TEXT_LIMITS.remedy }), { path: "remedy", code: "TOO_LONG", params: { max: TEXT_LIMITS.remedy } });
  }
  if (REMEDY_OUTCOMES.includes(outcome) && !(remedy && NOT_BLANK.test(remedy))) {
    return inputRefusal(msg("reasoned.remedyRequired", { outcome: msg(`outcome.${outcome}`) }), { path: "remedy", code: "REQUIRED" });
  }
  return null;
}
