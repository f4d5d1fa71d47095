import type { Caller } from "../lib/auth/caller";
import { issueDevToken } from "../lib/auth/dev-issuer";
import type { AuthConfig } from "../lib/config";
import type { Answer, Ask, SoakData } from "./soak-actors";

export interface Outcome {
  at: number;
  /** HTTP status; 0 when no answer came (connection lost, timeout). */
  status: number;
  codes: string[];
  /** The operation's first field (fileComplaint, myComplaints, …) and the caller's sub. */
  op: string;
  sub: string;
}

/** Answers the procedure gives (a step refused at that moment, a quota reached): not failures. */
const REFUSALS = new Set(["BAD_USER_INPUT", "CONFLICT", "RATE_LIMITED", "NOT_FOUND"]);
/** Failures a client may retry: the request did not get through now. */
export const RETRYABLE = new Set(["SERVICE_UNAVAILABLE", "NO_ANSWER", "HTTP_502", "HTTP_503"]);

/** A failed request's code, or null for an answer (data, or a refusal of the procedure). */
export function failureOf(o: Outcome): string | null {
  if (o.status === 0) return "NO_ANSWER";
  const codes = o.codes.filter((c) => !REFUSALS.has(c));
  if (codes.length) return codes.includes("SERVICE_UNAVAILABLE") ? "SERVICE_UNAVAILABLE" : codes[0];
  return o.status >= 500 ? `HTTP_${o.status}` : null;
}

/** Calls the gateway with a development token per caller, recording every answer's status and error codes in `outcomes`. */
export function recordingClient(url: string, dir: string, auth: AuthConfig, outcomes: Outcome[]): Ask {
  const tokens = new Map<string, Promise<string>>();
  return async (caller: Caller, query: string, variables: Record<string, unknown> = {}): Promise<Answer> => {
    if (!tokens.has(caller.sub)) tokens.set(caller.sub, issueDevToken(dir, auth, caller, 3 * 3600));
    const token = await tokens.get(caller.sub)!;
    const op = /\{\s*(\w+)/.exec(query)?.[1] ?? "?";
    try {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(15_000),
      });
      const body = (await res.json().catch(() => ({}))) as { data?: SoakData; errors?: { extensions?: { code?: string } }[] };
      const codes = (body.errors ?? []).map((e) => e.extensions?.code ?? "?");
      outcomes.push({ at: Date.now(), status: res.status, codes, op, sub: caller.sub });
      return { data: body.data ?? null, codes };
    } catch {
      outcomes.push({ at: Date.now(), status: 0, codes: [], op, sub: caller.sub });
      return { data: null, codes: [] };
    }
  };
}
