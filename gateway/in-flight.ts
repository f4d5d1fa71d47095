import type { Fetcher, FetcherRequestInit } from "@apollo/utils.fetcher";
import { getOperationAST, OperationTypeNode, parse } from "graphql";
import { AUDITED_READS_HEADER } from "../lib/audit/audited-reads-header";
import { FEED_POSITIONS_HEADER } from "../lib/events/positions";
import { ExpiringMap } from "../lib/platform/expiring-map";
import { ReadResponse } from "./subgraph-fetcher";

interface Shared {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: string;
  /** The subgraph recorded reads of personal data for the request that made this fetch. */
  audited: boolean;
}

/** Distinct subgraph operations remembered: the gateway's query plans make a bounded set of them. */
const KNOWN_OPERATIONS = 1_000;

/** Whether a subgraph request is a query, from its parsed operation (never a mutation, a subscription or an unclear document). */
function queryKinds(): (body: string) => boolean {
  const known = new ExpiringMap<string, boolean>(KNOWN_OPERATIONS);
  return (body) => {
    let request: { query?: unknown; operationName?: unknown };
    try {
      request = JSON.parse(body) as typeof request;
    } catch {
      return false;
    }
    if (typeof request.query !== "string") return false;
    const operationName = typeof request.operationName === "string" ? request.operationName : undefined;
    const key = `${operationName ?? ""}\n${request.query}`;
    let isQuery = known.get(key);
    if (isQuery === undefined) {
      try {
        isQuery = getOperationAST(parse(request.query), operationName)?.operation === OperationTypeNode.QUERY;
      } catch {
        isQuery = false;
      }
      known.set(key, isQuery, Number.POSITIVE_INFINITY);
    }
    return isQuery;
  };
}

/**
 * Identical subgraph queries in flight at the same time are sent once: same
 * URL, same signed token (so the same caller: the gateway signs one token per
 * subgraph and caller, never shared between callers), same language (errors are
 * worded in it), same feed positions to catch up to, and same body (query and variables). Each waiting request gets its own copy of the answer, so nothing
 * one request does with its result reaches another.
 *
 * The subgraph records a read of personal data under the request id of the
 * request that reached it, and says so in its answer (AUDITED_READS_HEADER).
 * Such an answer is not shared: every request that waited for it sends its own
 * fetch with its own request id, so each client request that receives
 * personal data has its own READ entry. Answers without personal data (the
 * directory, statuses, reports) stay shared.
 */
export function deduplicateInFlight(fetcher: Fetcher): Fetcher {
  const inFlight = new Map<string, Promise<Shared>>();
  const isQuery = queryKinds();
  return async (url: string, init?: FetcherRequestInit) => {
    const body = init?.body;
    const authorization = init?.headers?.authorization;
    if (init?.method !== "POST" || typeof body !== "string" || !authorization || !isQuery(body)) return fetcher(url, init);
    // The language and the positions too: errors are worded in the one, and a request that must see a later change may not take the answer of one that need not.
    const key = `${url}\n${authorization}\n${init.headers?.["accept-language"] ?? ""}\n${init.headers?.[FEED_POSITIONS_HEADER] ?? ""}\n${body}`;
    let shared = inFlight.get(key);
    const leading = !shared;
    if (!shared) {
      shared = fetcher(url, init).then(async (res) => ({
        status: res.status,
        statusText: res.statusText,
        headers: [...res.headers],
        body: await res.text(),
        audited: res.headers.has(AUDITED_READS_HEADER),
      }));
      inFlight.set(key, shared);
      const forget = () => inFlight.delete(key);
      shared.then(forget, forget);
    }
    const answer = await shared;
    if (answer.audited && !leading) return fetcher(url, init);
    return new ReadResponse(url, answer.status, answer.statusText, answer.headers, answer.body);
  };
}
