import type { Caller } from "../../lib/auth/caller";
import { DirectorateCode } from "../../lib/enums";

/** The six kinds of caller of the authorization matrix. */
export const citizenOwner: Caller = { sub: "citizen-owner", role: "citizen", name: "An Peeters", email: "an@example.be", emailVerified: true };
export const otherCitizen: Caller = { sub: "citizen-other", role: "citizen", name: "Jan Janssens" };
export const coordinatorOwn: Caller = { sub: "coord-dvz", role: "coordinator", directorate: DirectorateCode.IMMIGRATION_OFFICE };
export const coordinatorOther: Caller = { sub: "coord-ict", role: "coordinator", directorate: DirectorateCode.ICT };
export const central: Caller = { sub: "central-1", role: "central-service" };

/** A complaint as the online form sends it, about the Immigration Office by default. */
export function fileInput(overrides: Record<string, unknown> = {}) {
  return {
    complainant: { kind: "PERSON", name: "An Peeters", email: "an@example.be" },
    category: "SERVICE_QUALITY",
    directorate: DirectorateCode.IMMIGRATION_OFFICE,
    subject: "No answer to my letters",
    description: "I wrote three times about my file and never got an answer.",
    language: "NL",
    concernsDecisionWithAppealRoute: false,
    ...overrides,
  };
}
