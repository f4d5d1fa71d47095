/** Why a caller's token was refused, for `ibz_auth_refusals_total{reason}`: a few fixed words, from jose's error codes. */
export type RefusalReason = "expired" | "bad_signature" | "unknown_key" | "claims" | "algorithm" | "malformed" | "invalid";

const BY_JOSE_CODE: Record<string, RefusalReason> = {
  ERR_JWT_EXPIRED: "expired",
  ERR_JWS_SIGNATURE_VERIFICATION_FAILED: "bad_signature",
  ERR_JWKS_NO_MATCHING_KEY: "unknown_key",
  ERR_JWKS_MULTIPLE_MATCHING_KEYS: "unknown_key",
  ERR_JWT_CLAIM_VALIDATION_FAILED: "claims",
  ERR_JOSE_ALG_NOT_ALLOWED: "algorithm",
  ERR_JOSE_NOT_SUPPORTED: "algorithm",
  ERR_JWS_INVALID: "malformed",
  ERR_JWT_INVALID: "malformed",
};

/** A verified token whose claims do not make a caller (callerFromClaims refused them). */
export class CallerClaimsError extends Error {}

/** jose's refusals by their code; claims our own check refuses are `claims`; anything else `invalid`. */
export function refusalReason(err: unknown): RefusalReason {
  if (err instanceof CallerClaimsError) return "claims";
  const code = (err as { code?: unknown } | undefined)?.code;
  return (typeof code === "string" && BY_JOSE_CODE[code]) || "invalid";
}
