import type { DataSource, EntityManager } from "typeorm";
import type { Caller } from "../../lib/auth/caller";
import { visibleByKey } from "../../lib/auth/scope";
import type { Clock } from "../../lib/platform/clock";
import { inTransaction, writeLock } from "../../lib/platform/database";
import type { DirectorateCode, Outcome } from "../../lib/domain/enums";
import { notFound } from "../../lib/errors";
import { publish, toDomainEvent } from "../../lib/events/outbox";
import { OutboxEvent } from "../../lib/events/event.entities";
import type { DomainEvent } from "../../lib/events/event-types";
import type { ReleaseAnswer } from "../../lib/events/release";
import { awaitsFirstLine } from "../../lib/domain/admissibility";
import { acknowledgementDueAt, answerDueAt, isOverdue } from "../../lib/domain/deadlines";
import type { BelgianCalendar } from "../../lib/domain/brussels-calendar";
import { handedOverBy, handlerOf, handlesFirstLine, mayActForDirectorate } from "../../lib/domain/handling";
import { NO_LONGER_YOURS, firstLineRefusal, statusOfFacts, transferRefusal } from "../../lib/domain/transitions";
import { refuseIf, type Refusal } from "../../lib/domain/refusal";
import { reasonedAnswerRefusal } from "../../lib/domain/reasoned-answer";
import type { ProcedureSettings } from "../../lib/config";
import { ComplaintCase, formerDirectoratesOf, withFormer } from "./complaint-case.entity";
import type { FirstLineHandling } from "./first-line.types";
import { msg } from "../../lib/i18n/message";

/** "In de eerste lijn": the complaint coordinator of the directorate concerned. */
export class FirstLineService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly procedure: ProcedureSettings,
    private readonly calendar: BelgianCalendar,
  ) {}

  async casesFor(caller: Caller | null, ids: readonly string[]): Promise<Map<string, ComplaintCase>> {
    return visibleByKey(this.dataSource, ComplaintCase, "complaintId", caller, ids);
  }

  view(c: ComplaintCase): FirstLineHandling {
    const now = this.clock.now();
    const waiting = awaitsFirstLine(c);
    return {
      acknowledgedAt: c.acknowledgedAt,
      answeredAt: c.answeredAt,
      answer: c.answer,
      outcome: c.outcome,
      remedy: c.remedy,
      acknowledgementOverdue: isOverdue(waiting, c.acknowledgedAt, acknowledgementDueAt(c.receivedAt, this.calendar), now),
      answerOverdue: isOverdue(waiting, c.answeredAt, answerDueAt(c.receivedAt, this.calendar), now),
      complaint: { id: c.complaintId, case: c },
      case: c,
    };
  }

  /** The coordinator of the complaint's current directorate; CONFLICT for one of a directorate it was transferred from; NOT_FOUND for anyone else. */
  private async caseToHandle(caller: Caller, complaintId: string): Promise<ComplaintCase> {
    const c = await this.dataSource.getRepository(ComplaintCase).findOneBy({ complaintId });
    if (c && !handlesFirstLine(caller, c.directorate) && handedOverBy(caller, formerDirectoratesOf(c))) refuseIf(NO_LONGER_YOURS);
    if (!c || !handlesFirstLine(caller, c.directorate)) {
      throw notFound(msg("complaint.notFoundInDirectorate", { id: complaintId }));
    }
    return c;
  }

  /** Confirms receipt. Possible before screening, as receipt is confirmed first. */
  async acknowledge(caller: Caller, complaintId: string): Promise<FirstLineHandling> {
    const now = this.clock.now();
    await this.change(caller, complaintId, "acknowledge", (m) => this.acknowledgeOnce(m, complaintId, caller, now));
    return this.view(await this.dataSource.getRepository(ComplaintCase).findOneByOrFail({ complaintId }));
  }

  /** The reasoned answer with its outcome; acknowledges too if that was not done. */
  async answer(caller: Caller, complaintId: string, answer: string, outcome: Outcome, remedy?: string | null): Promise<FirstLineHandling> {
    const text = answer.trim();
    const remedyText = remedy?.trim() || null;
    refuseIf(reasonedAnswerRefusal("answer", text, outcome, remedyText, this.procedure.reasonedAnswerMinChars));
    const now = this.clock.now();
    await this.change(caller, complaintId, "answer", async (m) => {
      await this.acknowledgeOnce(m, complaintId, caller, now);
      await m.update(ComplaintCase, { complaintId }, { answeredAt: now, answeredBy: caller.sub, answer: text, outcome, remedy: remedyText });
      const { acknowledgedAt } = await m.findOneByOrFail(ComplaintCase, { complaintId });
      await publish(
        m,
        "ComplaintAnswered",
        complaintId,
        {
          acknowledgedAt: (acknowledgedAt ?? now).toISOString(),
          answeredAt: now.toISOString(),
          outcome,
          answer: text,
          remedy: remedyText,
          handler: handlerOf(caller),
        },
        now,
      );
    });
    return this.view(await this.dataSource.getRepository(ComplaintCase).findOneByOrFail({ complaintId }));
  }

  /**
   * Lets the complaint go to `to`, for intake's transferComplaint, which records the transfer from the event.
   * The first line is the one arbiter of "still in this directorate's hands": decided on the case's locked
   * row as an answer is, so of an answer and a transfer at once exactly one wins and the other is refused
   * with the state it left (docs/architecture.md). A refusal changes nothing.
   */
  async release(caller: Caller, complaintId: string, to: DirectorateCode, note: string): Promise<ReleaseAnswer> {
    const now = this.clock.now();
    const decided = await inTransaction(this.dataSource, async (m): Promise<{ refusal: Refusal } | { id: string }> => {
      const c = await m.findOne(ComplaintCase, { where: { complaintId }, lock: writeLock(m) });
      // Intake found it and this side caught up with intake's feed first: only a feed that could not be read gets here.
      if (!c) throw new Error(`no case for complaint ${complaintId} after catching up`);
      const refusal = mayActForDirectorate(caller, c.directorate)
        ? transferRefusal({ status: statusOfFacts(c), directorate: c.directorate }, to)
        : NO_LONGER_YOURS;
      if (refusal) return { refusal };
      const from = c.directorate;
      // As intake's ComplaintTransferred did before: nobody is named in the new directorate until its coordinator acts.
      await m.update(ComplaintCase, { complaintId }, { directorate: to, formerDirectorates: withFormer(c.formerDirectorates, from), handlerName: null });
      return { id: await publish(m, "ComplaintReleased", complaintId, { from, to, note, handler: handlerOf(caller) }, now) };
    });
    if ("refusal" in decided) return decided;
    const row = await this.dataSource.getRepository(OutboxEvent).findOneByOrFail({ id: decided.id });
    return { event: toDomainEvent(row) as DomainEvent<"ComplaintReleased"> };
  }

  /**
   * Checks the step against the transition table on the case's locked row and takes it in the same
   * transaction, so of simultaneous requests one wins and the others get CONFLICT with the state it left.
   */
  private async change(caller: Caller, complaintId: string, action: "acknowledge" | "answer", take: (m: EntityManager) => Promise<unknown>): Promise<void> {
    await this.caseToHandle(caller, complaintId);
    await inTransaction(this.dataSource, async (m) => {
      const c = await m.findOneOrFail(ComplaintCase, { where: { complaintId }, lock: writeLock(m) });
      if (!handlesFirstLine(caller, c.directorate)) refuseIf(NO_LONGER_YOURS);
      refuseIf(firstLineRefusal(action, c));
      await take(m);
    });
  }

  /** Records receipt and publishes it, unless another request already did; tells whether this one did. */
  private async acknowledgeOnce(m: EntityManager, complaintId: string, caller: Caller, now: Date): Promise<boolean> {
    const done = await m
      .createQueryBuilder()
      .update(ComplaintCase)
      .set({ acknowledgedAt: now, acknowledgedBy: caller.sub, handlerName: handlerOf(caller).name })
      .where("complaintId = :complaintId AND acknowledgedAt IS NULL", { complaintId })
      .execute();
    if (done.affected !== 1) return false;
    await publish(m, "ComplaintAcknowledged", complaintId, { acknowledgedAt: now.toISOString(), handler: handlerOf(caller) }, now);
    return true;
  }
}
