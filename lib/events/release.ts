import { DirectorateCode } from "../domain/enums";
import type { Refusal } from "../domain/refusal";
import type { DomainEvent } from "./event-types";
import { isSeq } from "./positions";

/**
 * Intake's transferComplaint asks the directorates' first line to let the complaint go before it records the
 * transfer: the first line decides a transfer on the same locked row as an answer, so of the two one wins
 * (docs/architecture.md, "One arbiter for an answer and a transfer").
 */
export const RELEASE_PATH = "/internal/release";

export interface ReleaseRequest {
  complaintId: string;
  to: DirectorateCode;
  /** The transfer's note, trimmed and checked by intake. */
  note: string;
  /** The end of intake's outbox when it asked: the first line catches up to it first, so it knows the complaint. */
  intakePosition: number;
}

/** The release, as the event the first line published (intake records the transfer from it), or why not (a state refusal). */
export type ReleaseAnswer = { event: DomainEvent<"ComplaintReleased"> } | { refusal: Refusal };

const DIRECTORATES = new Set<string>(Object.values(DirectorateCode));

/** The request in `body`, or null when it is not one (a peer's bug, not a client's input). */
export function releaseRequestFrom(body: unknown): ReleaseRequest | null {
  const r = body as Partial<Record<keyof ReleaseRequest, unknown>> | null;
  if (typeof r !== "object" || r === null) return null;
  const { complaintId, to, note, intakePosition } = r;
  if (typeof complaintId !== "string" || typeof note !== "string" || typeof to !== "string" || !DIRECTORATES.has(to)) return null;
  if (intakePosition !== 0 && !isSeq(intakePosition)) return null;
  return { complaintId, to: to as DirectorateCode, note, intakePosition };
}
