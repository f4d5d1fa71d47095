import type { JwksKeyStore } from "../lib/auth/jwks-keys";
import { HttpError, readBody, sendJson } from "../lib/platform/http";
import type { Route } from "../lib/platform/http-routes";
import { isOperator } from "../lib/platform/metrics";

const KID = /^[\x21-\x7e]{1,200}$/;

/**
 * The operator's controls of the identity provider's keys, open as /metrics is (loopback or METRICS_TOKEN):
 * GET /admin/jwks (what is in use), POST /admin/jwks/refresh (fetch now), POST /admin/jwks/revoke {"kid"} (distrust at once).
 * Present only when caller keys come from AUTH_JWKS_URL.
 */
export function jwksAdminRoutes(keys: JwksKeyStore | undefined, metricsToken: string | undefined): Route[] {
  if (!keys) return [];
  const operator = (route: Route["handle"], method: "GET" | "POST"): Route["handle"] => {
    return async (req, res, url) => {
      if (!isOperator(req, metricsToken)) throw new HttpError(403, "Operators only", "FORBIDDEN");
      if (req.method !== method) throw new HttpError(405, `Use ${method}`, "METHOD_NOT_ALLOWED");
      await route(req, res, url);
    };
  };
  return [
    { paths: ["/admin/jwks"], handle: operator(async (_req, res) => sendJson(res, 200, keys.status()), "GET") },
    {
      paths: ["/admin/jwks/refresh"],
      handle: operator(async (_req, res) => {
        await keys.refresh(true);
        sendJson(res, 200, keys.status());
      }, "POST"),
    },
    {
      paths: ["/admin/jwks/revoke"],
      handle: operator(async (req, res) => {
        let kid: unknown;
        try {
          kid = (JSON.parse(await readBody(req, 1_000)) as { kid?: unknown }).kid;
        } catch {
          kid = undefined;
        }
        if (typeof kid !== "string" || !KID.test(kid)) throw new HttpError(400, 'Send {"kid": "<key id>"}', "BAD_REQUEST");
        keys.revoke(kid);
        sendJson(res, 200, keys.status());
      }, "POST"),
    },
  ];
}
