import type { DataSource, EntityTarget } from "typeorm";
import type { Clock } from "../../../lib/platform/clock";
import type { Metrics } from "../../../lib/platform/metrics";
import type { OutgoingMailRow } from "./letter.dispatcher";

type QueuedRow = OutgoingMailRow & { createdAt: Date };

interface QueueFigures {
  waiting: number;
  failed: number;
  oldestAgeSeconds: number;
}

/** Unsent mail of one table: waiting to be sent, of which failed at least once, and the age of the oldest (0 when none wait). */
async function queueFigures(dataSource: DataSource, entity: EntityTarget<QueuedRow>, now: Date): Promise<QueueFigures> {
  const row = await dataSource
    .getRepository(entity)
    .createQueryBuilder("m")
    .select("COUNT(*)", "waiting")
    .addSelect("SUM(CASE WHEN m.attempts > 0 THEN 1 ELSE 0 END)", "failed")
    .addSelect("MIN(m.createdAt)", "oldest")
    .where("m.nextAttemptAt IS NOT NULL")
    .getRawOne<{ waiting: string | number; failed: string | number | null; oldest: string | Date | null }>();
  const oldest = row?.oldest ? new Date(row.oldest) : null;
  return {
    waiting: Number(row?.waiting ?? 0),
    failed: Number(row?.failed ?? 0),
    oldestAgeSeconds: oldest ? Math.max(0, (now.getTime() - oldest.getTime()) / 1000) : 0,
  };
}

/**
 * The e-mail queues (letters, confirmation codes), read from the database at each scrape, so every replica
 * reports the same shared figures: alert on `ibz_mail_queue_oldest_age_seconds`, not on a replica's own sends.
 */
export function mailQueueMetrics(metrics: Metrics, dataSource: DataSource, clock: Clock, queues: Record<string, EntityTarget<QueuedRow>>): void {
  const read = () => Promise.all(Object.entries(queues).map(async ([queue, entity]) => [queue, await queueFigures(dataSource, entity, clock.now())] as const));
  let figures: Promise<(readonly [string, QueueFigures])[]> | undefined;
  /** One read per scrape for the three gauges: the first gauge's collect reads, the others reuse it. */
  const current = () => (figures ??= read().finally(() => setTimeout(() => (figures = undefined), 0)));
  const gauge = (name: string, help: string, pick: (f: QueueFigures) => number) =>
    metrics.gauge(name, help, ["queue"], async (g) => {
      for (const [queue, f] of await current().catch(() => [])) g.set({ queue }, pick(f));
    });
  gauge("ibz_mail_queue_waiting", "E-mails (letters, confirmation codes) not yet accepted by the mail server", (f) => f.waiting);
  gauge("ibz_mail_queue_failed", "Waiting e-mails whose sending failed at least once (retried with back-off)", (f) => f.failed);
  gauge("ibz_mail_queue_oldest_age_seconds", "Age of the oldest waiting e-mail (0 when none waits)", (f) => f.oldestAgeSeconds);
}
