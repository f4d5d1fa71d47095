import { msg } from "../lib/i18n/message";
import type http from "node:http";
import { HttpError, type RequestHandler } from "../lib/platform/http";

export const CORS_ALLOWED_METHODS = "GET, POST";
export const CORS_ALLOWED_HEADERS = "content-type, authorization, apollo-require-preflight, x-consistency-token, accept-language";
export const CORS_EXPOSED_HEADERS = "x-request-id, x-consistency-token";
/** Seconds a browser may reuse a preflight answer (Chromium caps it at 7200). */
export const CORS_MAX_AGE_SECONDS = 600;

/** What to do with one request to a GraphQL path: answer a preflight now, or add `headers` and go on. */
export type CorsDecision = { preflight: true; status: 204 | 403; headers: Record<string, string> } | { preflight: false; headers: Record<string, string> };

/**
 * CORS for browser apps on the origins of CORS_ORIGINS, bearer tokens only (no credentials mode).
 * Any other origin gets no Access-Control-Allow-Origin, and its preflight is refused, so a browser
 * never sends its request; CSRF prevention (Apollo Server's) still refuses simple cross-site requests.
 */
export function corsPolicy(allowedOrigins: readonly string[]): (req: Pick<http.IncomingMessage, "method" | "headers">) => CorsDecision {
  const allowed = new Set(allowedOrigins);
  // When origins are granted, every answer depends on Origin: a shared cache must keep them apart.
  const vary: Record<string, string> = allowed.size > 0 ? { vary: "Origin" } : {};
  return (req) => {
    const origin = req.headers.origin;
    const granted = origin !== undefined && allowed.has(origin);
    const grant: Record<string, string> = granted ? { "access-control-allow-origin": origin, "access-control-expose-headers": CORS_EXPOSED_HEADERS } : {};
    const isPreflight = req.method === "OPTIONS" && origin !== undefined && req.headers["access-control-request-method"] !== undefined;
    if (!isPreflight) return { preflight: false, headers: { ...vary, ...grant } };
    if (!granted) return { preflight: true, status: 403, headers: vary };
    return {
      preflight: true,
      status: 204,
      headers: {
        ...vary,
        ...grant,
        "access-control-allow-methods": CORS_ALLOWED_METHODS,
        "access-control-allow-headers": CORS_ALLOWED_HEADERS,
        "access-control-max-age": String(CORS_MAX_AGE_SECONDS),
      },
    };
  };
}

/** `handle` behind the CORS policy: preflights are answered here (204, or 403 FORBIDDEN), other requests get their headers. */
export function withCors(allowedOrigins: readonly string[], handle: RequestHandler): RequestHandler {
  const decide = corsPolicy(allowedOrigins);
  return async (req, res) => {
    const decision = decide(req);
    for (const [name, value] of Object.entries(decision.headers)) res.setHeader(name, value);
    if (!decision.preflight) return handle(req, res);
    if (decision.status === 403) throw new HttpError(403, msg("request.originRefused"), "FORBIDDEN");
    res.writeHead(204, { "content-length": 0 });
    res.end();
  };
}
