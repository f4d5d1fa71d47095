import type { GraphQLError } from "graphql";
import { badInput, conflict } from "../errors";

/**
 * Why a step is refused, and of which kind: the one place that decides a refusal's code.
 * `state`: the complaint's state does not allow the step now (already done, withdrawn, no longer
 * in the caller's hands, or a simultaneous request won): CONFLICT, its message saying what the state is.
 * `input`: the request is wrong whatever the state (a missing reason, a date out of range): BAD_USER_INPUT.
 */
export interface Refusal {
  readonly kind: "state" | "input";
  readonly message: string;
}

export const stateRefusal = (message: string): Refusal => ({ kind: "state", message });
export const inputRefusal = (message: string): Refusal => ({ kind: "input", message });

/** The error a client gets for a refusal. */
export const refusalError = (refusal: Refusal): GraphQLError => (refusal.kind === "state" ? conflict(refusal.message) : badInput(refusal.message));

/** Throws the refusal's error when there is a refusal. */
export function refuseIf(refusal: Refusal | null): void {
  if (refusal) throw refusalError(refusal);
}
