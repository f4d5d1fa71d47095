import http from "node:http";
import type { AddressInfo } from "node:net";
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLResponse } from "@apollo/server";
import { localise, msg, worded, type Message } from "../i18n/message";

/** An error answered before GraphQL runs; a Message is put into words in the request's language (internal routes may use plain text). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: Message | string,
    readonly code = "BAD_REQUEST",
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(typeof message === "string" ? message : localise(message));
    if (typeof message !== "string") worded(this, message);
  }
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(payload), ...headers });
  res.end(payload);
}

/** A GraphQL-shaped error for failures before GraphQL runs (401, 413, 400). */
export function sendHttpError(res: http.ServerResponse, err: HttpError): void {
  sendJson(res, err.status, { errors: [{ message: err.message, extensions: { code: err.code, ...err.extensions } }] });
}

/** Past this many times the limit, an oversized upload is cut instead of drained for a clean 413. */
const DRAIN_FACTOR = 20;

export function readBody(req: http.IncomingMessage, limitBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const tooLarge = () => new HttpError(413, msg("request.bodyTooLarge"), "PAYLOAD_TOO_LARGE");
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > limitBytes) {
      reject(tooLarge());
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (refused) {
        if (size > limitBytes * DRAIN_FACTOR) req.destroy();
        return;
      }
      if (size > limitBytes) {
        // Keep reading (and dropping) so the client receives the 413 rather than a reset connection.
        refused = true;
        chunks.length = 0;
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

export function bearerToken(req: http.IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match ? match[1] : "";
}

export interface GraphQLHttpRequest {
  method: string;
  search: string;
  body: unknown;
}

/** What was answered: the status, and the body when it was sent at once. */
export interface GraphQLHttpResult {
  status: number;
  body?: string;
}

/**
 * Hands one HTTP request to Apollo Server (what the framework integrations do,
 * without a framework). `inspect` sees the parsed request first and may refuse it.
 */
export async function executeGraphQL<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  context: () => Promise<TContext>,
  bodyLimitBytes: number,
  inspect?: (request: GraphQLHttpRequest) => void,
): Promise<GraphQLHttpResult> {
  const url = new URL(req.url ?? "/", "http://localhost");
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  let body: unknown = undefined;
  if (req.method === "POST") {
    const raw = await readBody(req, bodyLimitBytes);
    const type = headers.get("content-type") ?? "";
    if (type.startsWith("application/json") || type.startsWith("application/graphql-response+json")) {
      try {
        body = JSON.parse(raw);
      } catch {
        throw new HttpError(400, msg("request.notJson"));
      }
    } else {
      body = raw;
    }
  }
  const method = req.method ?? "GET";
  inspect?.({ method, search: url.search, body });
  const response: HTTPGraphQLResponse = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method, headers, search: url.search, body },
    context,
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === "complete") {
    res.end(response.body.string);
    return { status: res.statusCode, body: response.body.string };
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
  return { status: res.statusCode };
}

export type RequestHandler = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;

/** What every response of every process carries; HSTS only when TLS is in front (HSTS_MAX_AGE). */
export interface SecurityHeaderOptions {
  /** Seconds for Strict-Transport-Security; 0 or absent sends none. */
  hstsMaxAgeSeconds?: number;
}

export function securityHeaders({ hstsMaxAgeSeconds = 0 }: SecurityHeaderOptions = {}): Record<string, string> {
  return {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "content-security-policy": "frame-ancestors 'none'",
    "referrer-policy": "no-referrer",
    ...(hstsMaxAgeSeconds > 0 ? { "strict-transport-security": `max-age=${hstsMaxAgeSeconds}` } : {}),
  };
}

/** `onError` is given the response too: its x-request-id (when set) goes into the log line. */
export function createHttpServer(
  handler: RequestHandler,
  onError: (err: unknown, res: http.ServerResponse) => void,
  security: SecurityHeaderOptions = {},
): http.Server {
  const headers = Object.entries(securityHeaders(security));
  const server = http.createServer((req, res) => {
    // Set before any route runs, so health checks, 404s, refusals and crashes carry them too.
    for (const [name, value] of headers) res.setHeader(name, value);
    handler(req, res).catch((err) => {
      if (err instanceof HttpError) {
        if (!res.headersSent) sendHttpError(res, err);
        else res.end();
        return;
      }
      onError(err, res);
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
      else res.end();
    });
  });
  server.keepAliveTimeout = 65_000;
  return server;
}

export function listen(server: http.Server, port: number, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      const address = server.address() as AddressInfo;
      resolve(`http://${host.includes(":") ? `[${host}]` : host}:${address.port}`);
    });
  });
}

/**
 * Stops accepting connections and resolves once the requests in flight are
 * answered; connections still busy after `graceMs` are cut.
 */
export function close(server: http.Server, graceMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    const cut = setTimeout(() => server.closeAllConnections(), graceMs);
    // A keep-alive connection turns idle when its last response is sent; close it then, not after keepAliveTimeout.
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    cut.unref();
    sweep.unref();
    server.close(() => {
      clearTimeout(cut);
      clearInterval(sweep);
      resolve();
    });
    server.closeIdleConnections();
  });
}
