import { randomUUID } from "node:crypto";
import type http from "node:http";
import type { ApolloServer } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { Caller } from "../../lib/auth/caller";
import { verifyReportLink } from "../../lib/auth/report-link";
import type { ServiceTokens } from "../../lib/auth/service-tokens";
import { LANGUAGES, type MessageLanguage, requestLanguage, withLanguage } from "../../lib/i18n/language";
import { msg } from "../../lib/i18n/message";
import type { Logger } from "../../lib/platform/logger";
import { HttpError, bearerToken } from "../../lib/platform/http";
import type { Route } from "../../lib/platform/http-routes";
import type { GatewayContext } from "../context";
import { RateLimitedError } from "../request-rates";
import { renderCsv } from "./csv";
import { REPORT_CSP, renderHtml } from "./html";
import { REPORT_LABELS } from "./labels";
import { ANNUAL_REPORT_DOCUMENT, type ReportData } from "./query";

export const REPORT_PREFIX = "/reports/annual/";
const PATH = /^\/reports\/annual\/(\d{4})(\.csv)?$/;

export interface ReportRouteDeps {
  apollo: ApolloServer<GatewayContext>;
  /** The gateway's service keys: they check the escalation service's signature on a link. */
  tokens: ServiceTokens;
  /** The bearer token's caller, as every GraphQL request checks it (throws a 401 or 503 GraphQLError). */
  identify: (req: http.IncomingMessage, res: http.ServerResponse, requestId: string) => Promise<Caller | null>;
  /** The request-rate limit of GraphQL requests (throws RateLimitedError). */
  admit: (caller: Caller | null, req: http.IncomingMessage) => Promise<void>;
  log: Logger;
  now?: () => Date;
}

/** What the graph's refusal means over HTTP: the same codes, as statuses. */
const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400, NOT_FOUND: 404, RATE_LIMITED: 429 };

/**
 * GET /reports/annual/<year>[.csv]?language=nl|fr|de|en[&version=N][&link=…]: the printable annual report
 * (HTML with SVG charts, A4 print CSS) or its CSV, with the figures asked of the graph as the caller: a
 * bearer token's, or the one a signed link (annualReportLink) names. The graph decides what the caller may see.
 */
export function annualReportRoute(deps: ReportRouteDeps): Route {
  return {
    paths: [],
    prefix: REPORT_PREFIX,
    method: "GET",
    handle: async (req, res, url) => {
      const requestId = randomUUID();
      res.setHeader("x-request-id", requestId);
      res.setHeader("cache-control", "no-store");
      const match = PATH.exec(url.pathname);
      if (!match) throw new HttpError(404, msg("report.notFound"), "NOT_FOUND");
      const year = Number(match[1]);
      const csv = match[2] === ".csv";
      const asked = url.searchParams.get("language");
      if (asked !== null && !(LANGUAGES as readonly string[]).includes(asked)) throw new HttpError(400, msg("report.language"), "BAD_USER_INPUT");
      const versionParam = url.searchParams.get("version");
      if (versionParam !== null && !/^[1-9]\d{0,5}$/.test(versionParam)) throw new HttpError(400, msg("report.version"), "BAD_USER_INPUT");

      const caller = await callerOf(req, res, url, year, requestId, deps);
      const language = (asked as MessageLanguage | null) ?? requestLanguage(req.headers["accept-language"], caller.locale);
      await deps.admit(caller, req).catch((err: unknown) => {
        if (err instanceof RateLimitedError) res.setHeader("retry-after", String(err.retryAfterSeconds));
        throw err;
      });
      const report = await withLanguage(language, () =>
        fetchReport(deps, caller, requestId, language, year, versionParam === null ? null : Number(versionParam)),
      );

      const labels = REPORT_LABELS[language];
      if (csv) {
        const body = renderCsv(report, labels, language);
        res.writeHead(200, {
          "content-type": "text/csv; charset=utf-8",
          "content-disposition": `attachment; filename="annual-report-${year}-${language}.csv"`,
          "content-length": Buffer.byteLength(body),
        });
        res.end(body);
        return;
      }
      const directorate = caller.role === "coordinator" ? report.byDirectorate[0]?.directorate.name : undefined;
      const body = renderHtml(report, { language, labels, directorate, now: deps.now?.() ?? new Date() });
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": REPORT_CSP, "content-length": Buffer.byteLength(body) });
      res.end(body);
    },
  };
}

/** A bearer token when one is sent (programs), else the signed link (a browser tab); never both looked at. */
async function callerOf(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  year: number,
  requestId: string,
  deps: ReportRouteDeps,
): Promise<Caller> {
  if (bearerToken(req) !== undefined) {
    const caller = await deps.identify(req, res, requestId).catch((err: unknown) => {
      throw asHttpError(err);
    });
    if (caller) return caller;
  }
  const link = url.searchParams.get("link");
  if (link === null) {
    res.setHeader("www-authenticate", "Bearer");
    throw new HttpError(401, msg("auth.signIn"), "UNAUTHENTICATED");
  }
  try {
    return await verifyReportLink(deps.tokens, link, year);
  } catch (err) {
    deps.log.info({ requestId, reason: (err as Error).message }, "report link refused");
    throw new HttpError(401, msg("report.linkInvalid"), "UNAUTHENTICATED");
  }
}

function asHttpError(err: unknown): HttpError {
  if (err instanceof HttpError) return err;
  if (err instanceof GraphQLError) {
    const code = typeof err.extensions.code === "string" ? err.extensions.code : "UNAUTHENTICATED";
    const status = err.extensions.http?.status ?? 401;
    return new HttpError(status, err.message, code);
  }
  throw err;
}

async function fetchReport(
  deps: ReportRouteDeps,
  caller: Caller,
  requestId: string,
  language: MessageLanguage,
  year: number,
  version: number | null,
): Promise<ReportData> {
  const response = await deps.apollo.executeOperation(
    { query: ANNUAL_REPORT_DOCUMENT, variables: { year, version, language: language.toUpperCase() } },
    { contextValue: { caller, requestId, language, positions: {} } },
  );
  if (response.body.kind !== "single") throw new Error("the report query answered incrementally");
  const { data, errors } = response.body.singleResult;
  if (errors?.length) {
    const code = typeof errors[0].extensions?.code === "string" ? errors[0].extensions.code : "";
    if (code in STATUS) throw new HttpError(STATUS[code], errors[0].message, code);
    deps.log.warn({ requestId, codes: errors.map((e) => e.extensions?.code) }, "annual report document: the graph failed");
    throw new HttpError(502, msg("report.unavailable"), "SERVICE_UNAVAILABLE");
  }
  return (data as { annualReport: ReportData }).annualReport;
}
