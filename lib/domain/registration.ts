import { DAY_MS } from "../platform/clock";
import { Channel } from "./enums";
import { msg } from "../i18n/message";
import { inputRefusal, type Refusal } from "./refusal";

/**
 * "Bij voorkeur via e-mail (online formulier beschikbaar) ofwel via post of
 * fax": the citizen files online; staff register what came by e-mail, post or fax.
 */
export const REGISTERED_CHANNELS: readonly Channel[] = [Channel.EMAIL, Channel.POST, Channel.FAX];

/** Staff register a paper complaint received at most this long ago (a year, leap day included). */
export const REGISTRATION_WINDOW_DAYS = 366;

/** Why `receivedAt` cannot be registered at `now`, or null; `path` names the field the client gave it in. */
export function registrationRefusal(receivedAt: Date, now: Date, path: "receivedAt" | "receivedOn" = "receivedAt"): Refusal | null {
  const field = { path, code: "OUT_OF_RANGE" } as const;
  if (receivedAt.getTime() > now.getTime()) return inputRefusal(msg("registration.receivedInFuture", { field: path }), field);
  if (receivedAt.getTime() < now.getTime() - REGISTRATION_WINDOW_DAYS * DAY_MS)
    return inputRefusal(msg("registration.receivedTooLongAgo", { field: path }), field);
  return null;
}

/**
 * "Anonieme klachten" are not handled, and a named complainant without an
 * e-mail or postal address can never be answered: a complaint is filed or
 * registered with a way to answer, or (registration only) without a
 * complainant, which records it as anonymous. The field to fix, or null.
 */
export function missingWayToAnswer(complainant: { email?: string | null; postalAddress?: string | null }): "postalAddress" | null {
  return complainant.email?.trim() || complainant.postalAddress?.trim() ? null : "postalAddress";
}
