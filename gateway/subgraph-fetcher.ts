import http from "node:http";
import https from "node:https";
import type { Fetcher } from "@apollo/utils.fetcher";
import nodeFetch from "node-fetch";

/** Connections kept open per subgraph: enough for the gateway's concurrency, bounded so a burst cannot exhaust sockets. */
export const SUBGRAPH_MAX_SOCKETS = 128;

/**
 * The fetcher for subgraph calls: node-fetch over keep-alive agents with a
 * bounded socket pool. Apollo's default (make-fetch-happen) adds a cache layer
 * and an agent lookup per request that a gateway on loopback does not need.
 */
export function subgraphFetcher(): Fetcher {
  const options = { keepAlive: true, maxSockets: SUBGRAPH_MAX_SOCKETS, maxFreeSockets: SUBGRAPH_MAX_SOCKETS, scheduling: "lifo" as const };
  const httpAgent = new http.Agent(options);
  const httpsAgent = new https.Agent(options);
  return (url, init) => nodeFetch(url, { ...init, agent: (parsed: URL) => (parsed.protocol === "https:" ? httpsAgent : httpAgent) });
}
