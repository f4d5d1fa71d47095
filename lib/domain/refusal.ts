import type { GraphQLError } from "graphql";
import { badInput, conflict } from "../errors";
import { fieldError, type FieldErrorCode, type FieldErrorParams } from "../field-errors";
import type { Message } from "../i18n/message";

/**
 * Why a step is refused, and of which kind: the one place that decides a refusal's code.
 * `state`: the complaint's state does not allow the step now (already done, withdrawn, no longer
 * in the caller's hands, or a simultaneous request won): CONFLICT, its message saying what the state is.
 * `input`: the request is wrong whatever the state (a missing reason, a date out of range): BAD_USER_INPUT.
 */
export interface Refusal {
  readonly kind: "state" | "input";
  /** A key of lib/i18n/messages (said in the request's language when thrown). */
  readonly message: Message;
  /** The input field at fault (an input refusal), for `extensions.fieldErrors`. */
  readonly field?: { path: string; code: FieldErrorCode; params?: FieldErrorParams };
}

export const stateRefusal = (message: Message): Refusal => ({ kind: "state", message });
export const inputRefusal = (message: Message, field?: Refusal["field"]): Refusal => ({ kind: "input", message, field });

/** The error a client gets for a refusal. */
export function refusalError(refusal: Refusal): GraphQLError {
  if (refusal.kind === "state") return conflict(refusal.message);
  const { field, message } = refusal;
  return badInput(message, field ? { fieldErrors: [fieldError(field.path, field.code, field.params ?? {}, message)] } : undefined);
}

/** Throws the refusal's error when there is a refusal. */
export function refuseIf(refusal: Refusal | null): void {
  if (refusal) throw refusalError(refusal);
}
