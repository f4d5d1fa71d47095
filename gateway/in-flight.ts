import type { Fetcher, FetcherRequestInit } from "@apollo/utils.fetcher";
import { Response } from "node-fetch";

interface Shared {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: string;
}

/** Queries only: a mutation is never sent once for two requests. Apollo puts `query` first in the body. */
const QUERY_BODY = /^\{"query":"(query\b|\{)/;

/**
 * Identical subgraph queries in flight at the same time are sent once: same
 * URL, same signed token (so the same caller: the gateway signs one token per
 * subgraph and caller, never shared between callers) and same body (query and
 * variables). Each waiting request gets its own copy of the answer, so nothing
 * one request does with its result reaches another. The request id of a
 * request that waited is not seen by the subgraph.
 */
export function deduplicateInFlight(fetcher: Fetcher): Fetcher {
  const inFlight = new Map<string, Promise<Shared>>();
  return (async (url: string, init?: FetcherRequestInit) => {
    const body = init?.body;
    const authorization = init?.headers?.authorization;
    if (init?.method !== "POST" || typeof body !== "string" || !authorization || !QUERY_BODY.test(body)) return fetcher(url, init);
    const key = `${url}\n${authorization}\n${body}`;
    let shared = inFlight.get(key);
    if (!shared) {
      shared = fetcher(url, init).then(async (res) => ({ status: res.status, statusText: res.statusText, headers: [...res.headers], body: await res.text() }));
      inFlight.set(key, shared);
      const forget = () => inFlight.delete(key);
      shared.then(forget, forget);
    }
    const answer = await shared;
    return new Response(answer.body, { status: answer.status, statusText: answer.statusText, headers: answer.headers });
  });
}
