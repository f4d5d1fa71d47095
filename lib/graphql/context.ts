import type { AuditRecorder } from "../audit/audit-recorder";
import type { Caller } from "../auth/caller";
import { notFound, unauthenticated } from "../errors";
import type { Logger } from "../platform/logger";
import { msg, type Message } from "../i18n/message";
import type { RequestObservation } from "./request-log";

/** What every subgraph resolver and rule receives. */
export interface RequestContext {
  /** The end user, as verified by the gateway; null when anonymous. */
  caller: Caller | null;
  /** True only when the request carried a valid gateway signature for this subgraph. */
  viaGateway: boolean;
  requestId: string;
  /** This request's reads of personal data and changes, written when the response is ready. */
  audit: AuditRecorder;
  /** The subgraph's logger bound to `requestId`, the id the gateway gave the client request. */
  log: Logger;
  /** What the request's log line reports (request-log.ts). */
  observed?: RequestObservation;
}

/** The caller of a field shield has already let through; narrows the type and guards a missing rule. */
export function requireCaller(ctx: RequestContext): Caller {
  if (!ctx.caller) throw unauthenticated(msg("auth.signIn"));
  return ctx.caller;
}

/**
 * A single read's result, or NOT_FOUND: the same answer for what does not exist
 * and for what is outside the caller's scope, so existence does not leak.
 */
export function found<T>(value: T | null | undefined, message: Message): T {
  if (value === null || value === undefined) throw notFound(message);
  return value;
}
