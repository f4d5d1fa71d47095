import type { JWTPayload } from "jose";
import { type DirectorateCode, isDirectorateCode } from "../domain/enums";

export const ROLES = ["citizen", "coordinator", "central-service"] as const;
export type Role = (typeof ROLES)[number];

/** Who is asking, as verified by the gateway. `null` in a context means anonymous. */
export interface Caller {
  sub: string;
  role: Role;
  /** Coordinators only: the directorate whose complaints they handle. */
  directorate?: DirectorateCode;
  name?: string;
  email?: string;
  /** The identity provider vouches that the caller controls `email` (OpenID Connect's `email_verified`). */
  emailVerified?: boolean;
  locale?: string;
}

const optionalString = (value: unknown, field: string): string | undefined => {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value.length > 500) throw new Error(`claim "${field}" must be a string`);
  return value;
};

/** `email_verified` as providers send it: a boolean, or the strings "true"/"false" (some send strings). */
const optionalFlag = (value: unknown, field: string): boolean | undefined => {
  if (value === undefined) return undefined;
  if (value === true || value === "true") return true;
  if (value === false || value === "false") return false;
  throw new Error(`claim "${field}" must be a boolean`);
};

/** Turns verified claims into a Caller, refusing anything that is not a complete identity. */
export function callerFromClaims(claims: JWTPayload | Record<string, unknown>): Caller {
  const { sub, role, directorate } = claims as Record<string, unknown>;
  if (typeof sub !== "string" || sub.length === 0 || sub.length > 200) throw new Error('claim "sub" is required');
  if (typeof role !== "string" || !(ROLES as readonly string[]).includes(role)) {
    throw new Error(`claim "role" must be one of ${ROLES.join(", ")}`);
  }
  let scoped: DirectorateCode | undefined;
  if (role === "coordinator") {
    if (!isDirectorateCode(directorate)) throw new Error('a coordinator needs a valid "directorate" claim');
    scoped = directorate;
  } else if (directorate !== undefined) {
    throw new Error('only coordinators carry a "directorate" claim');
  }
  const caller: Caller = { sub, role: role as Role };
  if (scoped) caller.directorate = scoped;
  const name = optionalString(claims.name, "name");
  const email = optionalString(claims.email, "email");
  const locale = optionalString(claims.locale, "locale");
  if (name !== undefined) caller.name = name;
  if (email !== undefined) caller.email = email;
  if (locale !== undefined) caller.locale = locale;
  if (email !== undefined && optionalFlag(claims.email_verified, "email_verified")) caller.emailVerified = true;
  return caller;
}

/** A Caller as JWT claims again (the inverse of callerFromClaims), for the tokens we sign ourselves. */
export function callerClaims(caller: Caller): Record<string, unknown> {
  const { emailVerified, ...claims } = caller;
  return emailVerified ? { ...claims, email_verified: true } : claims;
}
