import fs from "node:fs";
import { createLocalJWKSet, importSPKI, jwtVerify, type JWTVerifyGetKey } from "jose";
import type { AuthConfig } from "../config";
import { callerFromClaims, type Caller } from "./caller";
import { JwksKeyStore, type JwksEvents } from "./jwks-keys";
import { CallerClaimsError } from "./refusal-reason";
import { DEV_ISSUER_ALG, algorithmOfPem, devIssuerKeyFiles, ensureKeyPair, publicJwk } from "./keys";

/** Caller tokens: asymmetric algorithms only, never `none` or HMAC. */
export const CALLER_ALGORITHMS = ["RS256", "ES256", "EdDSA"];

export interface CallerVerifier {
  (token: string): Promise<Caller>;
  /** The identity provider's kept key set, when keys come from AUTH_JWKS_URL (refresh, revoke, status). */
  keys?: JwksKeyStore;
}

async function jwkFromPemFile(file: string) {
  const pem = fs.readFileSync(file, "utf8");
  const alg = algorithmOfPem(pem);
  return publicJwk(await importSPKI(pem, alg, { extractable: true }), alg);
}

/**
 * Verifies callers' JWTs: pinned algorithms, `exp` required, issuer and audience
 * checked, keys from a JWKS URL, a PEM file, or (development only) the generated
 * development issuer key.
 */
export async function createCallerVerifier(auth: AuthConfig, dataDir: string, production: boolean, events: JwksEvents = {}): Promise<CallerVerifier> {
  let keys: JWTVerifyGetKey;
  let store: JwksKeyStore | undefined;
  if (auth.jwksUrl) {
    store = new JwksKeyStore(new URL(auth.jwksUrl), auth.jwks, events);
    keys = store.getKey;
  } else {
    const devFiles = devIssuerKeyFiles(dataDir);
    if (auth.devIssuer) {
      if (production) throw new Error("the development issuer is refused in production");
      await ensureKeyPair(devFiles, DEV_ISSUER_ALG);
    }
    const jwk = await jwkFromPemFile(auth.publicKeyFile ?? devFiles.publicKey);
    if (production && fs.existsSync(devFiles.publicKey) && (await jwkFromPemFile(devFiles.publicKey)).kid === jwk.kid) {
      throw new Error("AUTH_PUBLIC_KEY_FILE is the development issuer's key, which production refuses");
    }
    keys = createLocalJWKSet({ keys: [jwk] });
  }

  const verify = async (token: string) => {
    const { payload } = await jwtVerify(token, keys, {
      algorithms: CALLER_ALGORITHMS,
      issuer: auth.issuer,
      audience: auth.audience,
      requiredClaims: ["exp", "sub"],
      clockTolerance: 5,
    });
    try {
      return callerFromClaims(payload);
    } catch (err) {
      throw new CallerClaimsError((err as Error).message);
    }
  };
  return Object.assign(verify, { keys: store });
}
