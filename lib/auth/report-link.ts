import type { ServiceTokens } from "./service-tokens";
import { callerFromClaims, type Caller } from "./caller";

/** How long a link to the printable annual report opens it. */
export const REPORT_LINK_TTL_SECONDS = 300;
/** Not a service's name: a link is never accepted as a call between services, nor a call's token as a link. */
const AUDIENCE = "gateway/annual-report";
/** The subgraph that checks who may have a link and signs it (with its service key, which the gateway knows). */
export const REPORT_LINK_ISSUER = "escalation";

/**
 * A link's token: who asked (only what the report's scope needs: no name, no e-mail in a URL) and
 * the year, signed by the escalation service for the gateway. `now` in seconds (tests sign old links).
 */
export function signReportLink(tokens: ServiceTokens, caller: Caller, year: number, now?: number): Promise<string> {
  const who: Caller = { sub: caller.sub, role: caller.role, ...(caller.directorate ? { directorate: caller.directorate } : {}) };
  return tokens.signPurpose(AUDIENCE, { caller: who, year }, REPORT_LINK_TTL_SECONDS, now);
}

/** The caller a link was made for, if it is genuine, unexpired and for `year`; throws otherwise. */
export async function verifyReportLink(tokens: ServiceTokens, token: string, year: number): Promise<Caller> {
  const claims = await tokens.verifyPurpose(token, REPORT_LINK_ISSUER, AUDIENCE, REPORT_LINK_TTL_SECONDS);
  if (claims.year !== year) throw new Error("the link is for another year");
  return callerFromClaims(claims.caller as Record<string, unknown>);
}
