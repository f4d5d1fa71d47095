import type { DataSource } from "typeorm";
import type { Caller } from "../../lib/auth/caller";
import { scopeLookup } from "../../lib/auth/scope";
import type { Clock } from "../../lib/clock";
import { inTransaction } from "../../lib/database";
import { Admissibility, type Outcome } from "../../lib/enums";
import { badInput, notFound } from "../../lib/errors";
import { publish } from "../../lib/events/outbox";
import { acknowledgementDueAt, answerDueAt } from "../../lib/procedure";
import { ComplaintCase } from "./complaint-case.entity";
import type { FirstLineHandling } from "./first-line.types";

/** "In de eerste lijn": the complaint coordinator of the directorate concerned. */
export class FirstLineService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async casesFor(caller: Caller | null, ids: readonly string[]): Promise<Map<string, ComplaintCase>> {
    if (!caller || ids.length === 0) return new Map();
    const qb = this.dataSource.getRepository(ComplaintCase).createQueryBuilder("c").where("c.complaintId IN (:...ids)", { ids: [...new Set(ids)] });
    const rows = await scopeLookup(qb, "c", caller).getMany();
    return new Map(rows.map((c) => [c.complaintId, c]));
  }

  view(c: ComplaintCase): FirstLineHandling {
    const now = this.clock.now();
    const active = !c.withdrawn && c.admissibility !== Admissibility.INADMISSIBLE;
    return {
      acknowledgedAt: c.acknowledgedAt,
      answeredAt: c.answeredAt,
      answer: c.answer,
      outcome: c.outcome,
      // "U ontvangt een ontvangstbevestiging uiterlijk binnen de week na ontvangst."
      acknowledgementOverdue: active && !c.acknowledgedAt && now > acknowledgementDueAt(c.receivedAt),
      // "Binnen de 30 dagen ontvangt u een gemotiveerd antwoord."
      answerOverdue: active && !c.answeredAt && now > answerDueAt(c.receivedAt),
      case: c,
    };
  }

  /** The coordinator of the complaint's current directorate; NOT_FOUND for anyone else. */
  private async caseToHandle(caller: Caller, complaintId: string): Promise<ComplaintCase> {
    const c = await this.dataSource.getRepository(ComplaintCase).findOneBy({ complaintId });
    if (!c || caller.role !== "coordinator" || c.directorate !== caller.directorate) {
      throw notFound(`No complaint ${complaintId} in your directorate`);
    }
    return c;
  }

  /** Confirms receipt. Possible before screening, as receipt is confirmed first. */
  async acknowledge(caller: Caller, complaintId: string): Promise<FirstLineHandling> {
    const c = await this.caseToHandle(caller, complaintId);
    if (c.withdrawn) throw badInput("This complaint was withdrawn");
    if (c.admissibility === Admissibility.INADMISSIBLE) throw badInput("An inadmissible complaint is not acknowledged");
    if (c.acknowledgedAt) throw badInput("This complaint has already been acknowledged");
    const now = this.clock.now();
    await inTransaction(this.dataSource, async (m) => {
      await m.update(ComplaintCase, { complaintId }, { acknowledgedAt: now, acknowledgedBy: caller.sub });
      await publish(m, "ComplaintAcknowledged", complaintId, { acknowledgedAt: now.toISOString() }, now);
    });
    return this.view(await this.dataSource.getRepository(ComplaintCase).findOneByOrFail({ complaintId }));
  }

  /** The reasoned answer with its outcome; acknowledges too if that was not done. */
  async answer(caller: Caller, complaintId: string, answer: string, outcome: Outcome): Promise<FirstLineHandling> {
    const c = await this.caseToHandle(caller, complaintId);
    if (c.withdrawn) throw badInput("This complaint was withdrawn");
    if (c.admissibility !== Admissibility.ADMISSIBLE) throw badInput("Only a complaint screened as admissible can be answered");
    if (c.answeredAt) throw badInput("This complaint has already been answered");
    const now = this.clock.now();
    const acknowledgedAt = c.acknowledgedAt ?? now;
    await inTransaction(this.dataSource, async (m) => {
      await m.update(ComplaintCase, { complaintId }, {
        acknowledgedAt,
        acknowledgedBy: c.acknowledgedBy ?? caller.sub,
        answeredAt: now,
        answeredBy: caller.sub,
        answer: answer.trim(),
        outcome,
      });
      if (!c.acknowledgedAt) {
        await publish(m, "ComplaintAcknowledged", complaintId, { acknowledgedAt: now.toISOString() }, now);
      }
      await publish(m, "ComplaintAnswered", complaintId, {
        acknowledgedAt: acknowledgedAt.toISOString(),
        answeredAt: now.toISOString(),
        outcome,
        answer: answer.trim(),
      }, now);
    });
    return this.view(await this.dataSource.getRepository(ComplaintCase).findOneByOrFail({ complaintId }));
  }
}
