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
  remedy: 5_000,
  reason: 5_000,
  title: 200,
} as const;

/**
 * A required text must hold something visible: not only spaces, control or
 * format characters (zero-width space, BOM, bidi marks).
 */
export const NOT_BLANK = /[^\s\p{C}]/u;
