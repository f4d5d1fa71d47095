import type { Logger } from "./logger";

/** A loop a process runs beside its HTTP server (event consumers, the letter dispatcher). */
export interface BackgroundWorker {
  start(): void;
  stop(): Promise<void>;
  /** Works until nothing is left to do now; resolves to how much it did. Tests call this instead of waiting. */
  drain(): Promise<number>;
}

/**
 * Runs `work` on a timer, one pass at a time: again at once after a pass that
 * did something, after `pollMs` after an idle one, and after a longer pause
 * (at most 5 s) after a failure, which is logged and retried.
 */
export abstract class PollingWorker implements BackgroundWorker {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private next?: Promise<number>;
  private stopped = true;

  protected constructor(
    private readonly pollMs: number,
    private readonly log: Logger,
    private readonly failure: { message: string; context: Record<string, unknown> },
  ) {}

  /** One pass; resolves to how much it did. */
  protected abstract work(): Promise<number>;

  /** Called after a failed pass of the background loop (metrics). */
  protected failed(): void {}

  /** Whether the background loop runs (started and not stopped). */
  get looping(): boolean {
    return !this.stopped;
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running?.catch(() => 0);
  }

  /** One pass now, or the one already running. */
  pollOnce(): Promise<number> {
    if (!this.running) {
      this.running = this.work().finally(() => {
        this.running = undefined;
      });
    }
    return this.running;
  }

  /**
   * A pass that starts after this call: the running one may have read before
   * the caller's moment, so callers arriving meanwhile share the pass after it.
   */
  freshPass(): Promise<number> {
    if (!this.running) return this.pollOnce();
    this.next ??= this.running
      .catch(() => 0)
      .then(() => {
        this.next = undefined;
        return this.pollOnce();
      });
    return this.next;
  }

  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const done = await this.pollOnce();
      total += done;
      if (done === 0) return total;
    }
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.pollOnce()
        .then((done) => this.schedule(done > 0 ? 0 : this.pollMs))
        .catch((err) => {
          this.failed();
          this.log.warn({ ...this.failure.context, err: String(err) }, this.failure.message);
          this.schedule(Math.min(this.pollMs * 4, 5_000));
        });
    }, delay);
    this.timer.unref();
  }
}
