import { registerEnumType } from "type-graphql";
import { type FinishFacts, finishedAt } from "./finished";
import { stateRefusal, type Refusal } from "./refusal";
import { msg } from "../i18n/message";

/** Why the central service erases a complaint's personal data (GDPR art. 17(1)); the audit entry names it. */
export enum ErasureGround {
  NO_LONGER_NEEDED = "NO_LONGER_NEEDED",
  OBJECTION_UPHELD = "OBJECTION_UPHELD",
  UNLAWFULLY_PROCESSED = "UNLAWFULLY_PROCESSED",
  LEGAL_OBLIGATION = "LEGAL_OBLIGATION",
}

registerEnumType(ErasureGround, {
  name: "ErasureGround",
  description: "The legal ground of an erasure (GDPR art. 17(1)). Only NO_LONGER_NEEDED waits until the complaint is finished.",
  valuesConfig: {
    NO_LONGER_NEEDED: {
      description: "Art. 17(1)(a): the complaint is finished and its data no longer needed (e.g. the complainant asked). Finished complaints only.",
    },
    OBJECTION_UPHELD: {
      description: "Art. 17(1)(c): the complainant objected (art. 21) and no overriding ground remains. Also before the complaint is finished.",
    },
    UNLAWFULLY_PROCESSED: { description: "Art. 17(1)(d): the data was processed unlawfully. Also before the complaint is finished." },
    LEGAL_OBLIGATION: { description: "Art. 17(1)(e): a legal obligation or a court order requires it. Also before the complaint is finished." },
  },
});

/** What the retention job writes as the ground of its erasures (not a choice in the API). */
export const RETENTION_GROUND = "RETENTION_PERIOD_ENDED";

/** Longest explanation an erasure takes (the audit entry's `what` holds it with the mutation and the ground). */
export const ERASURE_EXPLANATION_MAX = 400;

/** Grounds that allow erasure of a complaint that is not finished. */
const EARLY_GROUNDS: readonly ErasureGround[] = [ErasureGround.OBJECTION_UPHELD, ErasureGround.UNLAWFULLY_PROCESSED, ErasureGround.LEGAL_OBLIGATION];

/** Why the complaint's personal data may not be erased now on `ground`, or null (CONFLICT: the complaint's state). */
export function erasureRefusal(facts: FinishFacts, ground: ErasureGround, now: Date, windowDays: number): Refusal | null {
  if (EARLY_GROUNDS.includes(ground)) return null;
  const finished = finishedAt(facts, windowDays);
  if (!finished) return stateRefusal(msg("erasure.notFinished"));
  if (finished.getTime() > now.getTime()) return stateRefusal(msg("erasure.finishesLater", { date: finished.toISOString() }));
  return null;
}

/** The audit entry's `what` for an erasure: the ground and the explanation, never the erased data. */
export const erasureAuditDetail = (ground: string, explanation: string): string => `${ground}: ${explanation}`;
