import type { Histogram } from "prom-client";
import type { Logger } from "../platform/logger";
import type { Metrics } from "../platform/metrics";
import type { EventConsumer } from "./consumer";
import type { FeedPositions } from "./positions";

/**
 * Read-your-writes across subgraphs: before a subgraph decides or answers, it
 * applies what its peers have committed, with its own consumers, within a
 * bounded time. Past the bound (a peer down or far behind) it goes on with
 * what it has applied, as it did before, and logs it.
 */
export class CatchUp {
  private readonly duration: Histogram<"outcome">;

  /** `peers`: the consumers of other subgraphs' feeds; `timeoutMs` 0 turns catching up off. */
  constructor(
    private readonly peers: readonly EventConsumer[],
    private readonly timeoutMs: number,
    metrics: Metrics,
  ) {
    this.duration = metrics.histogram(
      "ibz_catch_up_seconds",
      "Time a request waited for peers' events before it was executed",
      ["outcome"],
      [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    );
  }

  /** Every peer feed to its current end: what a mutation deciding on peers' facts needs. */
  toEnd(log: Logger): Promise<void> {
    return this.run(new Map(this.peers.map((c) => [c, Number.POSITIVE_INFINITY])), log);
  }

  /** The peer feeds named in `positions` to those positions (or their current end, if that comes first). */
  to(positions: FeedPositions, log: Logger): Promise<void> {
    const targets = new Map<EventConsumer, number>();
    for (const consumer of this.peers) {
      const target = positions[consumer.source];
      if (target !== undefined) targets.set(consumer, target);
    }
    return this.run(targets, log);
  }

  private async run(targets: Map<EventConsumer, number>, log: Logger): Promise<void> {
    if (targets.size === 0 || this.timeoutMs === 0) return;
    const end = this.duration.startTimer();
    const until = Date.now() + this.timeoutMs;
    const work = Promise.all([...targets].map(([consumer, target]) => consumer.catchUp(target, until)));
    let timer: NodeJS.Timeout | undefined;
    const bound = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), this.timeoutMs);
    });
    const outcome = await Promise.race([
      work.then(
        () => "done" as const,
        () => "failed" as const,
      ),
      bound,
    ]);
    clearTimeout(timer);
    end({ outcome });
    if (outcome !== "done") {
      log.warn(
        { outcome, sources: [...targets.keys()].map((c) => c.source), timeoutMs: this.timeoutMs },
        "peers' events not caught up; deciding on what is applied",
      );
    }
  }
}
