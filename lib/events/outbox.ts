import { randomUUID } from "node:crypto";
import { MoreThan, type DataSource, type EntityManager } from "typeorm";
import { auditChange } from "../audit/change-audit";
import { OutboxEvent } from "./event.entities";
import type { DomainEvent, EventPayloads, EventType } from "./event-types";
import { currentTraceparent } from "../platform/spans";

/** The key of the payload's JSON that carries the producing request's traceparent (not part of the payload handlers see). */
const TRACE_KEY = "_traceparent";

/** Appends an event to the outbox inside the caller's transaction, with the audit entry of the mutation that caused it; resolves to the event's id. */
export async function publish<T extends EventType>(
  manager: EntityManager,
  type: T,
  complaintId: string,
  payload: EventPayloads[T],
  occurredAt: Date,
): Promise<string> {
  const id = randomUUID();
  await manager.insert(OutboxEvent, {
    id,
    type,
    complaintId,
    payload: JSON.stringify(withTrace(payload, currentTraceparent())),
    occurredAt,
  });
  await auditChange(manager, complaintId);
  return id;
}

const withTrace = (payload: object, traceparent: string | undefined) => (traceparent ? { ...payload, [TRACE_KEY]: traceparent } : payload);

export const toDomainEvent = (row: OutboxEvent): DomainEvent => {
  const { [TRACE_KEY]: trace, ...payload } = JSON.parse(row.payload) as Record<string, unknown>;
  return {
    seq: row.seq,
    id: row.id,
    type: row.type as EventType,
    complaintId: row.complaintId,
    occurredAt: row.occurredAt.toISOString(),
    payload: payload as DomainEvent["payload"],
    ...(typeof trace === "string" ? { trace } : {}),
  };
};

/** The pull feed: events after `after`, oldest first. */
export async function readFeed(dataSource: DataSource, after: number, limit: number): Promise<DomainEvent[]> {
  const rows = await dataSource.getRepository(OutboxEvent).find({
    where: { seq: MoreThan(after) },
    order: { seq: "ASC" },
    take: limit,
  });
  return rows.map(toDomainEvent);
}

/** A page of the feed and the producer's end when it was read: the consumer's backlog is `end` minus its cursor. */
export interface FeedPage {
  events: DomainEvent[];
  /** Absent from a producer that does not report it. */
  end?: number;
}

/** What GET /internal/events answers. */
export async function readFeedPage(dataSource: DataSource, after: number, limit: number): Promise<FeedPage> {
  const events = await readFeed(dataSource, after, limit);
  return { events, end: Math.max(await feedEnd(dataSource), events.at(-1)?.seq ?? 0) };
}

/** The last sequence number committed to the outbox (0 when empty): a position that covers every change committed so far. */
export async function feedEnd(dataSource: DataSource): Promise<number> {
  return (await dataSource.getRepository(OutboxEvent).maximum("seq")) ?? 0;
}
