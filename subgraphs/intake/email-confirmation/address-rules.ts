import { domainToASCII } from "node:url";
import type { Caller } from "../../../lib/auth/caller";

/** A code is a short number, valid for a day, for a few tries. */
export const CODE_DIGITS = 6;
export const CODE_TTL_MS = 24 * 60 * 60 * 1000;
export const MAX_CODE_ATTEMPTS = 5;
/** Confirmation messages one address receives per Brussels calendar day, from all accounts together. */
export const MESSAGES_PER_ADDRESS_PER_DAY = 3;

/**
 * The mailbox the daily limit counts for an address: victim+1@example.org and
 * victim+2@example.org (plus-addressing, which most providers deliver to
 * victim@example.org) share the three messages of victim@example.org.
 */
export function mailboxOf(email: string): string {
  const at = email.lastIndexOf("@");
  return `${email.slice(0, at).replace(/(.)\+.*$/, "$1")}${email.slice(at)}`;
}

/**
 * The one form in which an address is stored, compared and mailed: lower case, the
 * domain in ASCII (an IDN as punycode); null when it has no such form. Only ASCII
 * matters: MySQL's accent-insensitive collation would find a proven
 * "victim@exámple.org" (a lookalike domain a phisher can own) for "victim@example.org";
 * lower-case ASCII strings it compares equal only when they are the same.
 */
export function canonicalEmail(address: string): string | null {
  const at = address.lastIndexOf("@");
  const domain = at > 0 ? domainToASCII(address.slice(at + 1)) : "";
  const canonical = `${address.slice(0, at)}@${domain}`.toLowerCase();
  return domain && /^[\x21-\x7e]+$/.test(canonical) ? canonical : null;
}

/** The identity provider vouches for the address: the token's `email`, with `email_verified: true`. */
export function provenByIdentity(caller: Caller, email: string): boolean {
  return caller.emailVerified === true && !!caller.email && canonicalEmail(caller.email.trim()) === email;
}

export { brusselsDay, secondsToNextBrusselsDay } from "../../../lib/platform/quota";

export type LetterRoute =
  /** Sent by e-mail now. */
  | "EMAIL"
  /** E-mail, held until the complainant confirms the address. */
  | "EMAIL_WHEN_CONFIRMED"
  | "PAPER";

/**
 * Where a letter may go. Staff-registered complaints (no owner) use the address
 * staff typed from the letter received; an online complaint's letters are
 * e-mailed only to a proven address, otherwise posted when there is a postal
 * address, otherwise held.
 */
export function letterRoute(complaint: { ownerSub: string | null; email: string | null; postalAddress: string | null }, proven: boolean): LetterRoute {
  if (!complaint.email) return "PAPER";
  if (complaint.ownerSub === null || proven) return "EMAIL";
  return complaint.postalAddress ? "PAPER" : "EMAIL_WHEN_CONFIRMED";
}
