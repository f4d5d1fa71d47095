import http from "node:http";
import https from "node:https";
import type { Fetcher, FetcherHeaders, FetcherResponse } from "@apollo/utils.fetcher";

/** Connections kept open per subgraph: enough for the gateway's concurrency, bounded so a burst cannot exhaust sockets. */
export const SUBGRAPH_MAX_SOCKETS = 128;

/**
 * An answer's headers by lower-case name (a repeated header joined by ", ", as
 * fetch does). WHATWG Headers validate and normalise every name and value on
 * construction, which the gateway pays per subgraph answer for nothing.
 */
export class AnswerHeaders implements FetcherHeaders {
  private readonly map = new Map<string, string>();

  constructor(pairs: Iterable<[string, string]> = []) {
    for (const [name, value] of pairs) this.append(name, value);
  }

  append(name: string, value: string): void {
    const key = name.toLowerCase();
    const known = this.map.get(key);
    this.map.set(key, known === undefined ? value : `${known}, ${value}`);
  }

  delete(name: string): void {
    this.map.delete(name.toLowerCase());
  }

  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null;
  }

  has(name: string): boolean {
    return this.map.has(name.toLowerCase());
  }

  set(name: string, value: string): void {
    this.map.set(name.toLowerCase(), value);
  }

  entries(): IterableIterator<[string, string]> {
    return this.map.entries();
  }

  keys(): IterableIterator<string> {
    return this.map.keys();
  }

  values(): IterableIterator<string> {
    return this.map.values();
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.map.entries();
  }
}

/**
 * A subgraph's answer, read whole: a subgraph answers one JSON document, which
 * the gateway always reads whole, so there is no stream to keep. `text()` and
 * `json()` may each be called any number of times.
 */
export class ReadResponse implements FetcherResponse {
  readonly bodyUsed = false;
  readonly redirected = false;
  readonly headers: AnswerHeaders;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    headers: [string, string][],
    readonly body: string,
  ) {
    this.headers = new AnswerHeaders(headers);
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  text(): Promise<string> {
    return Promise.resolve(this.body);
  }

  json(): Promise<unknown> {
    return new Promise((resolve) => resolve(JSON.parse(this.body)));
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = Buffer.from(this.body, "utf8");
    return Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  }

  clone(): ReadResponse {
    return new ReadResponse(this.url, this.status, this.statusText, [...this.headers], this.body);
  }
}

/** The header pairs of an answer as received (a repeated header once per occurrence, joined by AnswerHeaders). */
function headerPairs(raw: string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) pairs.push([raw[i], raw[i + 1]]);
  return pairs;
}

/**
 * The fetcher for subgraph calls: one `http.request` over keep-alive agents
 * with a bounded socket pool, the answer read whole. Apollo's default
 * (make-fetch-happen) adds a cache layer and an agent lookup per request, and
 * node-fetch a stream, header objects and a body mixin per request, which a
 * gateway calling its subgraphs does not need. Connection errors reject with
 * the socket's error (its `code`, e.g. ECONNREFUSED), as node-fetch did.
 */
export function subgraphFetcher(): Fetcher {
  const options = { keepAlive: true, maxSockets: SUBGRAPH_MAX_SOCKETS, maxFreeSockets: SUBGRAPH_MAX_SOCKETS, scheduling: "lifo" as const };
  const httpAgent = new http.Agent(options);
  const httpsAgent = new https.Agent(options);
  return (url, init) =>
    new Promise<FetcherResponse>((resolve, reject) => {
      const target = new URL(url);
      const secure = target.protocol === "https:";
      const body = init?.body;
      const headers: Record<string, string | number> = { ...init?.headers };
      if (body !== undefined) headers["content-length"] = Buffer.byteLength(body);
      const request = (secure ? https : http).request(
        target,
        { method: init?.method ?? "GET", headers, agent: secure ? httpsAgent : httpAgent, signal: init?.signal as AbortSignal | undefined },
        (answer) => {
          const chunks: Buffer[] = [];
          answer.on("data", (chunk: Buffer) => chunks.push(chunk));
          answer.once("error", reject);
          answer.once("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            resolve(new ReadResponse(url, answer.statusCode ?? 0, answer.statusMessage ?? "", headerPairs(answer.rawHeaders), text));
          });
        },
      );
      request.once("error", reject);
      request.end(body);
    });
}
