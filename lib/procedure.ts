import { addDays } from "./clock";

// The deadlines of the seed text, in calendar days from receipt.

/** "U ontvangt een ontvangstbevestiging uiterlijk binnen de week na ontvangst." */
export const ACKNOWLEDGEMENT_DAYS = 7;
/** "Binnen de 30 dagen ontvangt u een gemotiveerd antwoord." */
export const ANSWER_DAYS = 30;
/** The Central Complaints Service answers an escalation within the same 30 days. */
export const ESCALATION_DAYS = 30;

export const acknowledgementDueAt = (receivedAt: Date): Date => addDays(receivedAt, ACKNOWLEDGEMENT_DAYS);
export const answerDueAt = (receivedAt: Date): Date => addDays(receivedAt, ANSWER_DAYS);
export const escalationDueAt = (requestedAt: Date): Date => addDays(requestedAt, ESCALATION_DAYS);

/** Limits on free text, so one complaint cannot fill the database. */
export const TEXT_LIMITS = {
  name: 200,
  organisation: 200,
  email: 254,
  phone: 40,
  postalAddress: 500,
  subject: 200,
  description: 20_000,
  desiredOutcome: 5_000,
  note: 2_000,
  appealRoute: 1_000,
  answer: 20_000,
  reason: 5_000,
  title: 200,
} as const;

/**
 * A required text must hold something visible: not only spaces, control or
 * format characters (zero-width space, BOM, bidi marks).
 */
export const NOT_BLANK = /[^\s\p{C}]/u;
