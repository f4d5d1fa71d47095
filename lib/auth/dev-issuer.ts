import { SignJWT } from "jose";
import type { AuthConfig } from "../config";
import { callerClaims, type Caller } from "./caller";
import { DEV_ISSUER_ALG, devIssuerKeyFiles, ensureKeyPair, publicJwk, readPrivateKey, readPublicKey } from "./keys";

/**
 * Signs a caller token with the development issuer's key (generated into
 * DATA_DIR/keys on first use). Only ever trusted when no real keys are configured
 * and NODE_ENV is not production.
 */
export async function issueDevToken(dataDir: string, auth: Pick<AuthConfig, "issuer" | "audience">, caller: Caller, ttlSeconds = 3600): Promise<string> {
  const files = devIssuerKeyFiles(dataDir);
  await ensureKeyPair(files, DEV_ISSUER_ALG);
  const privateKey = await readPrivateKey(files.privateKey, DEV_ISSUER_ALG);
  const { kid } = await publicJwk(await readPublicKey(files.publicKey, DEV_ISSUER_ALG), DEV_ISSUER_ALG);
  const { sub, ...claims } = callerClaims(caller);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: DEV_ISSUER_ALG, kid, typ: "JWT" })
    .setSubject(sub as string)
    .setIssuer(auth.issuer)
    .setAudience(auth.audience)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(privateKey);
}
