import { IsNull, type DataSource } from "typeorm";
import { awaitsFirstLine, awaitsFirstLineSql } from "../../lib/domain/admissibility";
import { answerDueAt, isOverdue, overdueSinceReceiptSql } from "../../lib/domain/deadlines";
import { publish } from "../../lib/events/outbox";
import type { BelgianCalendar } from "../../lib/domain/brussels-calendar";
import type { Clock } from "../../lib/platform/clock";
import { inTransaction, writeLock } from "../../lib/platform/database";
import type { Logger } from "../../lib/platform/logger";
import { PollingWorker } from "../../lib/platform/worker";
import { ComplaintCase } from "./complaint-case.entity";

/** How often a replica looks for answers that have become overdue: the delay letter follows the deadline within this. */
export const ANSWER_WATCH_MS = 60_000;

/**
 * "Binnen de 30 dagen ontvangt u een gemotiveerd antwoord": when that deadline
 * passes without an answer, publishes ComplaintAnswerOverdue once per complaint,
 * and intake writes the delay letter from it. Several replicas may run the
 * watch: the conditional update of answerOverdueNoticedAt is the claim, so one
 * of them publishes; it is taken on the locked case, so an answer committed
 * meanwhile is seen.
 */
export class AnswerDeadlineWatch extends PollingWorker {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly calendar: BelgianCalendar,
    log: Logger,
    pollMs = ANSWER_WATCH_MS,
    private readonly batchSize = 50,
  ) {
    super(pollMs, log, { message: "answer deadline watch failed, retrying", context: {} });
  }

  /** Publishes for the overdue cases found now; resolves to how many this replica claimed. */
  protected async work(): Promise<number> {
    const now = this.clock.now();
    const overdue = overdueSinceReceiptSql("c", "answer", awaitsFirstLineSql("c"), now, this.calendar);
    const due = await this.dataSource
      .getRepository(ComplaintCase)
      .createQueryBuilder("c")
      .where(overdue.sql, overdue.parameters)
      .andWhere("c.answerOverdueNoticedAt IS NULL")
      .orderBy("c.receivedAt", "ASC")
      .take(this.batchSize)
      .getMany();
    let claimed = 0;
    for (const c of due) if (await this.notice(c.complaintId, now)) claimed++;
    return claimed;
  }

  private notice(complaintId: string, now: Date): Promise<boolean> {
    return inTransaction(this.dataSource, async (m) => {
      const c = await m.findOne(ComplaintCase, { where: { complaintId }, lock: writeLock(m) });
      if (!c || c.answerOverdueNoticedAt || !isOverdue(awaitsFirstLine(c), c.answeredAt, answerDueAt(c.receivedAt, this.calendar), now)) return false;
      const claim = await m.update(ComplaintCase, { complaintId, answerOverdueNoticedAt: IsNull() }, { answerOverdueNoticedAt: now });
      if (claim.affected !== 1) return false;
      const handler = c.handlerName ? { name: c.handlerName, role: "coordinator" as const } : undefined;
      await publish(m, "ComplaintAnswerOverdue", complaintId, { answerDueAt: answerDueAt(c.receivedAt, this.calendar).toISOString(), handler }, now);
      return true;
    });
  }
}
