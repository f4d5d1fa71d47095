import { In, MoreThan, type DataSource } from "typeorm";
import { InboxEvent } from "./event.entities";
import type { DomainEvent } from "./event-types";

/** How far a consumer has read a producer's feed: the position, and the id of the event it applied there (null before ids were kept). */
export interface FeedMark {
  seq: number;
  eventId: string | null;
}

/** Reads a producer's events after a position, oldest first (the consumer's EventFeed). */
type Feed = (after: number, limit: number) => Promise<DomainEvent[]>;

/**
 * Whether the producer's feed, read from just before `mark`, still holds the
 * event the consumer applied at `mark` (`events[0]` is then that event). It does
 * not when the producer's database was restored to an earlier point: its outbox
 * ends below the mark, or hands out the mark's position again to another event.
 * Outbox rows are never deleted, so a missing event at a position once applied
 * means the same.
 */
export const feedHoldsMark = (mark: FeedMark, events: readonly DomainEvent[]): boolean => events[0]?.seq === mark.seq && events[0].id === mark.eventId;

/**
 * Where to go on after the producer's feed went back: the last position at or
 * below `from` whose event (same id) this consumer has applied. Everything up to
 * it is history both sides share; after it come the producer's new events (which
 * may reuse positions this consumer read before) and gaps. Read backwards in
 * windows of `window` events; 0 when nothing is shared.
 */
export async function sharedMark(feed: Feed, dataSource: DataSource, source: string, from: number, window: number): Promise<FeedMark> {
  for (let upTo = from; upTo > 0;) {
    const after = Math.max(0, upTo - window);
    const events = (await feed(after, window)).filter((e) => e.seq <= upTo);
    if (events.length) {
      const applied = await dataSource.getRepository(InboxEvent).find({ select: { eventId: true }, where: { source, eventId: In(events.map((e) => e.id)) } });
      const known = new Set(applied.map((row) => row.eventId));
      const shared = events.filter((e) => known.has(e.id)).pop();
      if (shared) return { seq: shared.seq, eventId: shared.id };
    }
    upTo = after;
  }
  return { seq: 0, eventId: null };
}

/** The events applied here from `source` after position `seq`: after a rewind to `seq`, those the producer no longer has. */
export async function appliedAfter(dataSource: DataSource, source: string, seq: number): Promise<{ count: number; complaintIds: string[] }> {
  const rows = await dataSource.getRepository(InboxEvent).find({ select: { complaintId: true }, where: { source, seq: MoreThan(seq) } });
  const complaintIds = [...new Set(rows.flatMap((row) => (row.complaintId ? [row.complaintId] : [])))].sort();
  return { count: rows.length, complaintIds };
}
