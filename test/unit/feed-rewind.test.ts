import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import { EventConsumer, consumerMetrics, localFeed, type ConsumerMetrics } from "../../lib/events/consumer";
import { EVENT_ENTITIES, InboxEvent, OutboxEvent } from "../../lib/events/event.entities";
import { openDatabase } from "../../lib/platform/database";
import { createLogger } from "../../lib/platform/logger";
import { Metrics } from "../../lib/platform/metrics";

const open = () => openDatabase({ kind: "sqlite", file: ":memory:" }, { entities: EVENT_ENTITIES, migrations: [] });

/**
 * A producer's outbox and a consumer on in-memory SQLite, without servers: the
 * producer's "restore" is its outbox cut back to a position, after which new
 * events take the following positions again, as a restored MySQL outbox hands them out.
 */
async function setUp(batchSize: number) {
  const producer = await open();
  const consumer = await open();
  const logs: Record<string, unknown>[] = [];
  const metrics = consumerMetrics(new Metrics("unit"));
  const applied: string[] = [];
  const make = () =>
    new EventConsumer({
      source: "intake",
      feed: localFeed(producer),
      dataSource: consumer,
      handlers: {
        ComplaintWithdrawn: async (_m, e) => {
          applied.push(e.complaintId);
        },
      },
      batchSize,
      pollMs: 10,
      log: createLogger("unit", "info", { write: (line: string) => void logs.push(JSON.parse(line)) }),
      gapGraceMs: 0,
      metrics,
    });
  let next = 1;
  const publish = async (n: number) => {
    for (let i = 0; i < n; i++, next++) {
      await producer.getRepository(OutboxEvent).insert({
        seq: next,
        id: randomUUID(),
        type: "ComplaintWithdrawn",
        complaintId: `c${next}-${randomUUID().slice(0, 4)}`,
        payload: "{}",
        occurredAt: new Date(),
      });
    }
  };
  const restoreTo = async (seq: number) => {
    await producer.query("DELETE FROM outbox_event WHERE seq > ?", [seq]);
    next = seq + 1;
  };
  const outboxIds = async () => (await producer.getRepository(OutboxEvent).find({ order: { seq: "ASC" } })).map((e) => e.complaintId);
  return { producer, consumer, logs, metrics, applied, make, publish, restoreTo, outboxIds };
}

const count = async (m: ConsumerMetrics, name: "rewinds" | "lost") => (await m[name].get()).values.find((v) => v.labels.source === "intake")?.value ?? 0;
const rewinds = (logs: Record<string, unknown>[]) => logs.filter((l) => /event feed went back/.test(String(l.msg)));

describe("a consumer whose producer's feed went back (its database restored)", () => {
  let ds: DataSource[] = [];
  afterEach(async () => {
    for (const d of ds) await d.destroy();
    ds = [];
  });

  it.each([1, 2, 3, 200])(
    "batches of %i: new events on reused positions and past them applied once, lost ones reported, old ones not again",
    async (batchSize) => {
      const s = await setUp(batchSize);
      ds = [s.producer, s.consumer];
      const consumer = s.make();
      await s.publish(5);
      expect(await consumer.drain()).toBe(5);
      const lost = (await s.outboxIds()).slice(3);

      await s.restoreTo(3);
      await s.publish(4); // positions 4 and 5 again, then 6 and 7
      expect(await consumer.drain()).toBe(4);

      const outbox = await s.outboxIds();
      expect(s.applied).toEqual([...outbox.slice(0, 3), ...lost, ...outbox.slice(3)]);
      expect(await s.consumer.getRepository(InboxEvent).count()).toBe(9);
      expect(
        rewinds(s.logs).map((l) => ({ level: l.level, cursor: l.cursor, resumedAt: l.resumedAt, lostEvents: l.lostEvents, lostComplaints: l.lostComplaints })),
      ).toEqual([{ level: 50, cursor: 5, resumedAt: 3, lostEvents: 2, lostComplaints: [...lost].sort() }]);
      expect([await count(s.metrics, "rewinds"), await count(s.metrics, "lost")]).toEqual([1, 2]);
      expect(await consumer.drain()).toBe(0);
      expect(rewinds(s.logs)).toHaveLength(1);
    },
  );

  it("a producer restored below the cursor with nothing new yet: detected at once; its next events are applied", async () => {
    const s = await setUp(10);
    ds = [s.producer, s.consumer];
    const consumer = s.make();
    await s.publish(4);
    await consumer.drain();
    await s.restoreTo(2);
    expect(await consumer.drain()).toBe(0);
    expect(rewinds(s.logs).map((l) => [l.resumedAt, l.lostEvents])).toEqual([[2, 2]]);
    await s.publish(1);
    expect(await consumer.drain()).toBe(1);
    expect(s.applied.at(-1)).toBe((await s.outboxIds())[2]);
  });

  it("a producer restored to empty: everything it has now is new", async () => {
    const s = await setUp(2);
    ds = [s.producer, s.consumer];
    const consumer = s.make();
    await s.publish(3);
    await consumer.drain();
    await s.restoreTo(0);
    await s.publish(3);
    expect(await consumer.drain()).toBe(3);
    expect(rewinds(s.logs).map((l) => [l.resumedAt, l.lostEvents])).toEqual([[0, 3]]);
  });

  it("two replicas over one database: one of them moves the cursor back and reports, and each new event is applied once", async () => {
    const s = await setUp(2);
    ds = [s.producer, s.consumer];
    const [a, b] = [s.make(), s.make()];
    await s.publish(6);
    await a.drain();
    await s.restoreTo(2);
    await s.publish(5);
    const counts = await Promise.all([a.drain(), b.drain()]);
    expect(counts[0] + counts[1]).toBe(5);
    expect(s.applied.slice(6)).toEqual((await s.outboxIds()).slice(2));
    expect(rewinds(s.logs)).toHaveLength(1);
  });
});
