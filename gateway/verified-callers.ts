import { decodeJwt, decodeProtectedHeader } from "jose";
import type { Caller } from "../lib/auth/caller";
import type { CallerVerifier } from "../lib/auth/caller-verifier";
import { ExpiringMap } from "../lib/platform/expiring-map";

/** How long a verified token is trusted without checking its signature again (never past its `exp`); AUTH_TOKEN_CACHE_MS. */
export const VERIFIED_CALLER_TTL_MS = 60_000;
export const VERIFIED_CALLER_MAX = 10_000;

/**
 * A front-end sends the same token with every request for as long as it lives;
 * its signature is checked once and the result kept per exact token string,
 * until the token's `exp` or `ttlMs`, whichever comes first. Refused tokens
 * are never kept, so every bad token is checked (and refused) again; a token
 * whose key was revoked is not served from here either.
 */
export function rememberVerifiedCallers(verify: CallerVerifier, now: () => number = Date.now, ttlMs = VERIFIED_CALLER_TTL_MS): CallerVerifier {
  const verified = new ExpiringMap<string, { caller: Caller; kid?: string }>(VERIFIED_CALLER_MAX, now);
  const remembered = async (token: string) => {
    const known = verified.get(token);
    if (known && !verify.keys?.isRevoked(known.kid)) return known.caller;
    const caller = await verify(token);
    const exp = decodeJwt(token).exp;
    verified.set(token, { caller, kid: decodeProtectedHeader(token).kid }, Math.min(now() + ttlMs, typeof exp === "number" ? exp * 1000 : 0));
    return caller;
  };
  return Object.assign(remembered, { keys: verify.keys });
}
