import { randomUUID } from "node:crypto";
import { Brackets, In, type DataSource, type SelectQueryBuilder } from "typeorm";
import type { Caller } from "../../lib/auth/caller";
import { scopeQuery, visibleByKey } from "../../lib/auth/scope";
import type { Clock } from "../../lib/platform/clock";
import { inTransaction, isDuplicateKeyError, writeLock } from "../../lib/platform/database";
import { ComplaintStatus, EscalationStatus, type Outcome } from "../../lib/domain/enums";
import { badInput, notFound } from "../../lib/errors";
import { refuseIf } from "../../lib/domain/refusal";
import { takeDailyQuota, type DailyQuota } from "../../lib/platform/quota";
import { publish } from "../../lib/events/outbox";
import { pageSize } from "../../lib/graphql/pagination";
import { keysetPage, type Page } from "../../lib/graphql/keyset-page";
import { TEXT_LIMITS } from "../../lib/domain/text-limits";
import { escalationDueAt } from "../../lib/domain/deadlines";
import type { BelgianCalendar } from "../../lib/domain/brussels-calendar";
import { escalationRefusal, mayEscalate } from "../../lib/domain/second-line";
import { assertTransition, statusOfEscalation, transitionRefusal } from "../../lib/domain/transitions";
import { checkText } from "../../lib/graphql/text";
import { ComplaintFact } from "./complaint-fact.entity";
import { Escalation } from "./escalation.entity";

/** "Als u geen voldoening krijgt bij de betrokken dienst, kan u zich richten tot de Centrale Klachtendienst." */
export class EscalationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    requestsPerDay: number,
    private readonly calendar: BelgianCalendar,
  ) {
    this.requestQuota = { action: "ESCALATION_REQUEST", perDay: requestsPerDay, what: "escalation requests" };
  }

  private readonly requestQuota: DailyQuota;

  private scoped(caller: Caller): SelectQueryBuilder<Escalation> {
    return scopeQuery(this.dataSource.getRepository(Escalation).createQueryBuilder("e"), "e", caller);
  }

  async factsFor(caller: Caller | null, ids: readonly string[]): Promise<Map<string, ComplaintFact>> {
    return visibleByKey(this.dataSource, ComplaintFact, "complaintId", caller, ids);
  }

  async byComplaint(ids: readonly string[]): Promise<Map<string, Escalation>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(Escalation).findBy({ complaintId: In([...new Set(ids)]) });
    return new Map(rows.map((e) => [e.complaintId, e]));
  }

  async visibleByIds(caller: Caller | null, ids: readonly string[]): Promise<Map<string, Escalation>> {
    return visibleByKey(this.dataSource, Escalation, "id", caller, ids);
  }

  /** Newest first; `after` is the id of the last escalation of the previous page. */
  private withStatus(caller: Caller, status: EscalationStatus | null | undefined): SelectQueryBuilder<Escalation> {
    const qb = this.scoped(caller);
    return status ? qb.andWhere("e.status = :status", { status }) : qb;
  }

  /** `escalationPage`: the caller's scope as `escalations`, with totalCount and an opaque cursor. */
  page(
    caller: Caller,
    status: EscalationStatus | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Page<Escalation>> {
    return keysetPage(this.withStatus(caller, status), "requestedAt", first, after);
  }

  async list(
    caller: Caller,
    status: EscalationStatus | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Escalation[]> {
    const size = pageSize(first);
    const qb = this.withStatus(caller, status);
    if (after) {
      const anchor = (await this.visibleByIds(caller, [after])).get(after);
      if (!anchor) throw badInput("after must be the id of an escalation from the previous page");
      qb.andWhere(
        new Brackets((w) => w.where("e.requestedAt < :at", { at: anchor.requestedAt }).orWhere("e.requestedAt = :at AND e.id < :aid", { aid: anchor.id })),
      );
    }
    return qb.orderBy("e.requestedAt", "DESC").addOrderBy("e.id", "DESC").take(size).getMany();
  }

  /** By the complainant, once answered or once the answer is overdue; once per complaint. */
  async request(caller: Caller, complaintId: string, reason: string): Promise<Escalation> {
    const text = reason.trim();
    if (!text) throw badInput("Say why the answer does not satisfy you");
    if (text.length > TEXT_LIMITS.reason) throw badInput(`reason must be at most ${TEXT_LIMITS.reason} characters`);
    checkText("reason", text, "multi-line");
    const fact = await this.dataSource.getRepository(ComplaintFact).findOneBy({ complaintId });
    if (!fact || !mayEscalate(caller, fact)) throw notFound(`No complaint ${complaintId} of yours`);
    const now = this.clock.now();
    refuseIf(escalationRefusal(fact, now, this.calendar));
    const escalation: Escalation = this.dataSource.getRepository(Escalation).create({
      id: randomUUID(),
      complaintId,
      ownerSub: caller.sub,
      directorate: fact.directorate,
      requestedAt: now,
      reason: text,
      status: EscalationStatus.REQUESTED,
      dueAt: escalationDueAt(now, this.calendar),
      decidedAt: null,
      decidedBy: null,
      decision: null,
      outcome: null,
    });
    try {
      await inTransaction(this.dataSource, async (m) => {
        // Checked again on the locked facts, so an event applied meanwhile counts and simultaneous requests queue;
        // the escalation table's unique key keeps it once per complaint.
        refuseIf(escalationRefusal(await m.findOneOrFail(ComplaintFact, { where: { complaintId }, lock: writeLock(m) }), now, this.calendar));
        await takeDailyQuota(m, this.requestQuota, caller.sub, now);
        await m.insert(Escalation, escalation);
        await publish(
          m,
          "EscalationRequested",
          complaintId,
          {
            escalationId: escalation.id,
            requestedAt: now.toISOString(),
            dueAt: escalation.dueAt.toISOString(),
            reason: text,
          },
          now,
        );
      });
    } catch (err) {
      if (isDuplicateKeyError(err)) refuseIf(transitionRefusal("requestEscalation", ComplaintStatus.ESCALATED));
      throw err;
    }
    return escalation;
  }

  /** The Central Complaints Service's decision; closes the complaint. */
  async decide(caller: Caller, id: string, decision: string, outcome: Outcome): Promise<Escalation> {
    const escalation = (await this.visibleByIds(caller, [id])).get(id);
    if (!escalation) throw notFound(`No escalation ${id}`);
    assertTransition("decideEscalation", statusOfEscalation(escalation.status));
    const now = this.clock.now();
    await inTransaction(this.dataSource, async (m) => {
      const changed = await m.update(
        Escalation,
        { id, status: EscalationStatus.REQUESTED },
        { status: EscalationStatus.DECIDED, decidedAt: now, decidedBy: caller.sub, decision: decision.trim(), outcome },
      );
      // Conditional on REQUESTED, so of simultaneous decisions one is written.
      if (!changed.affected) refuseIf(transitionRefusal("decideEscalation", ComplaintStatus.CLOSED));
      await publish(
        m,
        "EscalationDecided",
        escalation.complaintId,
        {
          escalationId: id,
          decidedAt: now.toISOString(),
          outcome,
          decision: decision.trim(),
        },
        now,
      );
    });
    return this.dataSource.getRepository(Escalation).findOneByOrFail({ id });
  }
}
