// "Binnen de 30 dagen ontvangt u een gemotiveerd antwoord": what tests answer with, now that an answer must be reasoned
// (at least REASONED_ANSWER_MIN_CHARS visible characters, 100 by default) and a (partly) founded one needs a remedy.

/** A first-line answer that gives its reasons (over 100 visible characters). */
export const REASONED_ANSWER =
  "We looked into your file: your three letters were misrouted by our mail room to the wrong service, so nobody answered them. They have now been answered.";

/** A second-line decision that gives its reasons (over 100 visible characters). */
export const REASONED_DECISION =
  "The Central Complaints Service read the file and the first answer again: the directorate did not address your second letter, which it should have.";

/** What the coordinator "stelt een oplossing voor of zet de fout recht": required for FOUNDED and PARTLY_FOUNDED. */
export const REMEDY = "The directorate apologises and answers your letters within a week; the mail room now registers every letter on arrival.";

/** A reasoned answer `n` visible characters long (for the boundary of the minimum). */
export const reasonedOfLength = (n: number): string => "r".repeat(n);

/** The answer input a coordinator sends: reasoned, with a remedy (harmless for UNFOUNDED and NO_JUDGEMENT). */
export const answerInput = (outcome = "FOUNDED", answer = REASONED_ANSWER) => ({ answer, outcome, remedy: REMEDY });

/** The decision input the central service sends: reasoned, with a remedy. */
export const decisionInput = (outcome = "FOUNDED", decision = REASONED_DECISION) => ({ decision, outcome, remedy: REMEDY });
