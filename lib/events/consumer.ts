import type { DataSource, EntityManager } from "typeorm";
import type { Counter, Gauge, Histogram } from "prom-client";
import type { ServiceTokens } from "../auth/service-tokens";
import type { Clock } from "../platform/clock";
import type { SubgraphName } from "../config";
import { inTransaction, isDuplicateKeyError } from "../platform/database";
import type { Logger } from "../platform/logger";
import type { Metrics } from "../platform/metrics";
import { PollingWorker } from "../platform/worker";
import { inSpan, linkTo } from "../platform/spans";
import { FeedCursor, InboxEvent } from "./event.entities";
import type { DomainEvent, EventType } from "./event-types";
import { readFeedPage, type FeedPage } from "./outbox";
import { appliedAfter, feedHoldsMark, sharedMark, type FeedMark } from "./rewind";

/** How soon catching up reads the feed again when a hole stopped it. */
const HOLE_RETRY_MS = 10;

/** At most this many events per read when looking back for the last event a rewound producer still shares: below any feed's page limit. */
const REWIND_WINDOW = 500;

export type EventHandler = (manager: EntityManager, event: DomainEvent) => Promise<void>;
export type EventHandlers = Partial<{ [T in EventType]: (manager: EntityManager, event: DomainEvent<T>) => Promise<void> }>;

/** Reads a producer's events after a sequence number, oldest first, with the producer's end. */
export type EventFeed = (after: number, limit: number) => Promise<FeedPage>;

/** A peer's outbox over HTTP, asked with a token signed for that peer. */
export function httpFeed(source: SubgraphName, url: () => string, tokens: ServiceTokens): EventFeed {
  return async (after, limit) => {
    const token = await tokens.sign(source, null);
    const res = await fetch(`${url()}/internal/events?after=${after}&limit=${limit}`, {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok) throw new Error(`feed ${source} answered HTTP ${res.status}`);
    return (await res.json()) as FeedPage;
  };
}

/** This subgraph's own outbox, for work that follows its own events (intake's letters). */
export const localFeed =
  (dataSource: DataSource): EventFeed =>
  (after, limit) =>
    readFeedPage(dataSource, after, limit);

/** Both sets of handlers for the same feed; for an event type in both, they run in order in one transaction. */
export function combineHandlers(...sets: EventHandlers[]): EventHandlers {
  const combined: Record<string, EventHandler> = {};
  for (const set of sets) {
    for (const [type, handler] of Object.entries(set) as [EventType, EventHandler][]) {
      const before = combined[type];
      combined[type] = before ? async (m, e) => (await before(m, e), handler(m, e)) : handler;
    }
  }
  return combined;
}

export interface ConsumerMetrics {
  /** Time from an event's occurrence (producer's clock) to its application here. */
  lag: Histogram<"source">;
  applied: Counter<"source">;
  feedFailures: Counter<"source">;
  /** A producer's feed found going back (its database restored to an earlier point). */
  rewinds: Counter<"source">;
  /** Events applied here that a rewound producer no longer has: their effects stay, for an operator to reconcile. */
  lost: Counter<"source">;
  /** Events the producer has that this consumer has not passed yet, as of its last poll. */
  backlog: Gauge<"source">;
  /** When each feed was last read successfully (ms since the epoch), for the age gauge. */
  lastSuccess: Map<string, number>;
}

/** The consumers' metrics, registered once per process and shared by its consumers. */
export function consumerMetrics(metrics: Metrics): ConsumerMetrics {
  const lastSuccess = new Map<string, number>();
  metrics.gauge("ibz_event_feed_last_success_age_seconds", "Seconds since a producer's feed was last read successfully", ["source"], (gauge) => {
    for (const [source, at] of lastSuccess) gauge.set({ source }, (Date.now() - at) / 1000);
  });
  return {
    lag: metrics.histogram(
      "ibz_event_lag_seconds",
      "Delay between an event occurring and this consumer applying it",
      ["source"],
      [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 3600],
    ),
    applied: metrics.counter("ibz_events_applied_total", "Events applied (first delivery; redeliveries are skipped)", ["source"]),
    feedFailures: metrics.counter("ibz_event_feed_failures_total", "Failed polls of a producer's feed", ["source"]),
    rewinds: metrics.counter("ibz_event_feed_rewinds_total", "Times a producer's feed was found to have gone back (its database restored)", ["source"]),
    lost: metrics.counter("ibz_events_lost_total", "Events applied here that a restored producer no longer has", ["source"]),
    backlog: metrics.gauge("ibz_event_backlog", "Events a producer's feed holds beyond this consumer's cursor, as of the last successful poll", ["source"]),
    lastSuccess,
  };
}

export interface ConsumerOptions {
  /** The producing subgraph. */
  source: SubgraphName;
  feed: EventFeed;
  dataSource: DataSource;
  handlers: EventHandlers;
  batchSize: number;
  pollMs: number;
  log: Logger;
  /** How long a hole in the producer's sequence is waited for before it counts as a rolled-back insert. */
  gapGraceMs?: number;
  clock?: Clock;
  metrics?: ConsumerMetrics;
  /** The consuming subgraph, named in its spans. */
  service?: string;
}

/**
 * Pulls one producer's outbox feed and applies each event exactly once:
 * the inbox row and the handler's writes commit together, so a redelivered
 * event (restart, second replica) hits the inbox's primary key (the event id) and
 * is skipped. Events are applied in the producer's order. Each pass first checks
 * that the producer still holds the event at the cursor; when it does not (its
 * database was restored), the cursor goes back to the last event both hold.
 */
export class EventConsumer extends PollingWorker {
  private readonly gapsSeen = new Map<number, number>();
  /** What the last finished pass saw: the cursor after it, whether the feed had nothing more, whether a hole stopped it. */
  private lastPass = { seq: 0, end: false, hole: false };

  constructor(private readonly options: ConsumerOptions) {
    super(options.pollMs, options.log, { message: "event feed unavailable, retrying", context: { source: options.source } });
  }

  /** The producing subgraph whose feed this consumer reads. */
  get source(): SubgraphName {
    return this.options.source;
  }

  protected override failed(): void {
    this.options.metrics?.feedFailures.inc({ source: this.options.source });
  }

  private async mark(): Promise<FeedMark> {
    const row = await this.options.dataSource.getRepository(FeedCursor).findOneBy({ source: this.options.source });
    return { seq: row?.lastSeq ?? 0, eventId: row?.lastEventId ?? null };
  }

  private async cursor(): Promise<number> {
    return (await this.mark()).seq;
  }

  /**
   * The events after the cursor, read from the cursor's own event when its id is known, to see that
   * the producer still has it; `end`: the feed gave fewer than asked, so it has nothing more now.
   */
  private async read(): Promise<{ last: number; events: DomainEvent[]; end: boolean; producerEnd?: number }> {
    const { feed, batchSize } = this.options;
    let mark = await this.mark();
    if (mark.seq > 0 && mark.eventId !== null) {
      // The cursor's event takes one place of the batch (two at least, so that a batch of one still moves on).
      const limit = Math.max(2, batchSize);
      const page = await feed(mark.seq - 1, limit);
      if (feedHoldsMark(mark, page.events)) return { last: mark.seq, events: page.events.slice(1), end: page.events.length < limit, producerEnd: page.end };
      mark = await this.rewind(mark);
    }
    const page = await feed(mark.seq, batchSize);
    return { last: mark.seq, events: page.events, end: page.events.length < batchSize, producerEnd: page.end };
  }

  /**
   * The producer's feed went back: its database was restored to an earlier point.
   * The cursor returns to the last event both sides hold (replicas agree: only the
   * one that still sees the old cursor moves it); the producer's new events after
   * it are applied next, and those it lost, applied here already, are reported.
   */
  private async rewind(from: FeedMark): Promise<FeedMark> {
    const { dataSource, source, feed, batchSize, log, metrics } = this.options;
    const shared = await sharedMark(
      async (after, limit) => (await feed(after, limit)).events,
      dataSource,
      source,
      from.seq,
      Math.min(batchSize, REWIND_WINDOW),
    );
    const moved = await dataSource
      .createQueryBuilder()
      .update(FeedCursor)
      .set({ lastSeq: shared.seq, lastEventId: shared.eventId })
      .where("source = :source AND lastSeq = :seq AND lastEventId = :eventId", { source, ...from })
      .execute();
    if (moved.affected) {
      const lost = await appliedAfter(dataSource, source, shared.seq);
      metrics?.rewinds.inc({ source });
      metrics?.lost.inc({ source }, lost.count);
      log.error(
        { source, cursor: from.seq, resumedAt: shared.seq, lostEvents: lost.count, lostComplaints: lost.complaintIds },
        "producer's event feed went back (database restored?): resuming after the last event both hold; lostComplaints need reconciling",
      );
    }
    return this.mark();
  }

  /** Applies what the feed has now; resolves to the number of events applied. */
  protected async work(): Promise<number> {
    const { events, end, producerEnd, ...read } = await this.read();
    this.options.metrics?.lastSuccess.set(this.options.source, Date.now());
    let last = read.last;
    let applied = 0;
    let hole = false;
    for (const event of events) {
      if (event.seq !== last + 1 && !this.gapExpired(last + 1)) {
        hole = true;
        break;
      }
      if (await this.apply(event)) applied++;
      await this.advanceCursor(event);
      last = event.seq;
    }
    this.lastPass = { seq: last, end: !hole && end, hole };
    if (producerEnd !== undefined) this.options.metrics?.backlog.set({ source: this.options.source }, Math.max(0, producerEnd - last));
    return applied;
  }

  /**
   * Applies the feed up to `target` or to the producer's current end, whichever
   * comes first, with passes that start after this call: so a target beyond the
   * end costs one read. A hole below the target (an insert not committed yet) is
   * waited for until `until`. Resolves to the position reached.
   */
  async catchUp(target: number, until: number): Promise<number> {
    let seq = await this.cursor();
    while (seq < target) {
      await this.freshPass();
      const pass = this.lastPass;
      seq = pass.seq;
      if (pass.end || Date.now() >= until) break;
      if (pass.hole) await new Promise((resolve) => setTimeout(resolve, HOLE_RETRY_MS));
    }
    return seq;
  }

  /**
   * A hole in the sequence is either a transaction that has not committed yet
   * (MySQL hands out ids before commit) or one that rolled back. Wait a while
   * for the first kind before moving past it.
   */
  private gapExpired(missingSeq: number): boolean {
    const firstSeen = this.gapsSeen.get(missingSeq);
    const now = Date.now();
    if (firstSeen === undefined) {
      this.gapsSeen.set(missingSeq, now);
      return false;
    }
    if (now - firstSeen < (this.options.gapGraceMs ?? 5_000)) return false;
    this.gapsSeen.delete(missingSeq);
    return true;
  }

  /** One span per event applied, linked to the span of the request that produced it (its trace id is the producer's). */
  private apply(event: DomainEvent): Promise<boolean> {
    const attributes = {
      "ibz.service": this.options.service ?? "",
      "ibz.event.source": this.options.source,
      "ibz.event.type": event.type,
      "ibz.event.seq": event.seq,
    };
    return inSpan(`apply ${event.type}`, { attributes, links: linkTo(event.trace) }, () => this.applyOnce(event));
  }

  private async applyOnce(event: DomainEvent): Promise<boolean> {
    const { dataSource, handlers, source } = this.options;
    const handler = handlers[event.type] as EventHandler | undefined;
    try {
      await inTransaction(dataSource, async (manager) => {
        await manager.insert(InboxEvent, {
          source,
          eventId: event.id,
          seq: event.seq,
          type: event.type,
          complaintId: event.complaintId,
          appliedAt: new Date(),
        });
        if (handler) await handler(manager, event);
      });
      this.observeApplied(event);
      return true;
    } catch (err) {
      if (isDuplicateKeyError(err) && (await dataSource.getRepository(InboxEvent).existsBy({ source, eventId: event.id }))) {
        return false;
      }
      throw err;
    }
  }

  private observeApplied(event: DomainEvent): void {
    const { metrics, clock, source } = this.options;
    if (!metrics) return;
    metrics.applied.inc({ source });
    const now = clock ? clock.now().getTime() : Date.now();
    metrics.lag.observe({ source }, Math.max(0, now - Date.parse(event.occurredAt)) / 1000);
  }

  private async advanceCursor({ seq, id }: DomainEvent): Promise<void> {
    const { dataSource, source } = this.options;
    const result = await dataSource
      .createQueryBuilder()
      .update(FeedCursor)
      .set({ lastSeq: seq, lastEventId: id })
      .where("source = :source AND lastSeq < :seq", { source, seq })
      .execute();
    if (result.affected) return;
    try {
      await dataSource.getRepository(FeedCursor).insert({ source, lastSeq: seq, lastEventId: id });
    } catch (err) {
      // Another replica created the row first; it only ever moves forward.
      if (!isDuplicateKeyError(err)) throw err;
    }
  }
}
