import type http from "node:http";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import type { Caller } from "../lib/auth/caller";
import type { RequestRates } from "../lib/config";
import { HttpError } from "../lib/platform/http";
import { msg, type Message } from "../lib/i18n/message";

/** A request over its rate: 429, RATE_LIMITED, and the seconds until it would be admitted. */
export class RateLimitedError extends HttpError {
  constructor(
    message: Message,
    readonly retryAfterSeconds: number,
  ) {
    super(429, message, "RATE_LIMITED", { retryAfter: retryAfterSeconds });
  }
}

/**
 * Requests per minute in this gateway replica (memory, not shared: N replicas admit up to N times the rate):
 * per caller (`sub`) with a token, per client address without one.
 */
export function requestRates(rates: RequestRates) {
  const perCaller = new RateLimiterMemory({ keyPrefix: "caller", points: rates.perCallerPerMinute, duration: 60 });
  const perAddress = new RateLimiterMemory({ keyPrefix: "address", points: rates.perAddressPerMinute, duration: 60 });
  const trusted = new Set(rates.trustedProxies.map(plainAddress));
  return async (caller: Caller | null, req: http.IncomingMessage): Promise<void> => {
    const [limiter, key, what] = caller
      ? [perCaller, caller.sub, msg("rate.perCaller", { max: rates.perCallerPerMinute })]
      : [perAddress, clientAddress(req, trusted), msg("rate.perAddress", { max: rates.perAddressPerMinute })];
    try {
      await limiter.consume(key);
    } catch (res) {
      if (!(res instanceof RateLimiterRes)) throw res;
      const seconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
      throw new RateLimitedError(msg("rate.tooMany", { what, seconds }), seconds);
    }
  };
}

/** Whether the request comes straight from one of TRUSTED_PROXIES (whose headers, X-Forwarded-For or traceparent, are believed). */
export function fromTrustedProxy(rates: Pick<RequestRates, "trustedProxies">): (req: Pick<http.IncomingMessage, "socket">) => boolean {
  const trusted = new Set(rates.trustedProxies.map(plainAddress));
  return (req) => trusted.has(plainAddress(req.socket.remoteAddress ?? ""));
}

/**
 * The client's address: the connection's peer, unless that peer is a trusted proxy; then X-Forwarded-For is read
 * from the right, skipping trusted proxies, and the first address no trusted proxy vouches for is the client.
 */
export function clientAddress(req: Pick<http.IncomingMessage, "headers" | "socket">, trusted: ReadonlySet<string>): string {
  let address = plainAddress(req.socket.remoteAddress ?? "");
  const header = req.headers["x-forwarded-for"];
  const forwarded = (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map((a) => plainAddress(a.trim()))
    .filter(Boolean);
  while (trusted.has(address) && forwarded.length) address = forwarded.pop()!;
  return address;
}

/** "::ffff:10.0.0.1" (an IPv4 peer on a dual-stack socket) is 10.0.0.1. */
function plainAddress(address: string): string {
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice("::ffff:".length) : address;
}
