import { retentionBound } from "../../../lib/domain/finished";
import type { Clock } from "../../../lib/platform/clock";
import type { Logger } from "../../../lib/platform/logger";
import { PollingWorker } from "../../../lib/platform/worker";
import type { PersonalDataErasure } from "./erasure";

/**
 * The retention period (RETENTION_YEARS): erases the personal data of complaints finished longer ago, as
 * erasePersonalData does, and the other subgraphs follow intake's PersonalDataErased. Intake decides because it holds
 * the finish facts of every complaint. Without RETENTION_YEARS it does nothing.
 */
export class RetentionWatch extends PollingWorker {
  constructor(
    private readonly erasure: PersonalDataErasure,
    private readonly clock: Clock,
    private readonly years: number | undefined,
    private readonly logger: Logger,
    intervalMs: number,
    private readonly batchSize = 50,
  ) {
    super(intervalMs, logger, { message: "retention job failed, retrying", context: {} });
  }

  /** Erases the next batch past the period; resolves to how many complaints it erased. */
  protected async work(): Promise<number> {
    if (this.years === undefined) return 0;
    const due = await this.erasure.finishedBefore(retentionBound(this.clock.now(), this.years), this.batchSize);
    let erased = 0;
    for (const complaint of due) {
      const done = await this.erasure.eraseByRetention(complaint.id, this.years);
      if (!done) continue;
      erased++;
      this.logger.info({ complaintId: complaint.id, ...done }, "personal data erased: retention period ended");
    }
    return erased;
  }
}
