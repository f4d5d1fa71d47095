import { decodeJwt } from "jose";
import type { Caller } from "../lib/auth/caller";
import type { CallerVerifier } from "../lib/auth/caller-verifier";
import { ExpiringMap } from "../lib/platform/expiring-map";

/** How long a verified token is trusted without checking its signature again (never past its `exp`). */
export const VERIFIED_CALLER_TTL_MS = 60_000;
export const VERIFIED_CALLER_MAX = 10_000;

/**
 * A front-end sends the same token with every request for as long as it lives;
 * its signature is checked once and the result kept per exact token string,
 * until the token's `exp` or one minute, whichever comes first. Refused tokens
 * are never kept, so every bad token is checked (and refused) again.
 */
export function rememberVerifiedCallers(verify: CallerVerifier, now: () => number = Date.now): CallerVerifier {
  const verified = new ExpiringMap<string, Caller>(VERIFIED_CALLER_MAX, now);
  return async (token) => {
    const known = verified.get(token);
    if (known) return known;
    const caller = await verify(token);
    const exp = decodeJwt(token).exp;
    verified.set(token, caller, Math.min(now() + VERIFIED_CALLER_TTL_MS, typeof exp === "number" ? exp * 1000 : 0));
    return caller;
  };
}
