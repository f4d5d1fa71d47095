import { randomUUID } from "node:crypto";
import { Brackets, In, type DataSource, type SelectQueryBuilder } from "typeorm";
import type { Caller } from "../../lib/auth/caller";
import { handlerOf } from "../../lib/domain/handling";
import { scopeQuery, visibleByKey } from "../../lib/auth/scope";
import type { Clock } from "../../lib/platform/clock";
import { inTransaction, isDuplicateKeyError, writeLock } from "../../lib/platform/database";
import { ComplaintStatus, EscalationStatus, type Outcome } from "../../lib/domain/enums";
import { invalidField, notFound } from "../../lib/errors";
import { refuseIf, stateRefusal } from "../../lib/domain/refusal";
import { takeDailyQuota, type DailyQuota } from "../../lib/platform/quota";
import { publish } from "../../lib/events/outbox";
import { pageSize } from "../../lib/graphql/pagination";
import { keysetPage, type Page } from "../../lib/graphql/keyset-page";
import { TEXT_LIMITS } from "../../lib/domain/text-limits";
import { escalationDueAt } from "../../lib/domain/deadlines";
import {
  escalationOverdue,
  escalationOverdueSql,
  escalationRefusal,
  escalationWindowRefusal,
  isReviewOfInadmissibility,
  mayEscalate,
  requestedAtRefusal,
} from "../../lib/domain/second-line";
import { reasonedAnswerRefusal } from "../../lib/domain/reasoned-answer";
import type { ProcedureSettings } from "../../lib/config";
import type { BelgianCalendar } from "../../lib/domain/brussels-calendar";
import { assertTransition, statusOfEscalation, transitionRefusal } from "../../lib/domain/transitions";
import { checkText } from "../../lib/graphql/text";
import { ComplaintFact } from "./complaint-fact.entity";
import { countChange } from "./report.counters";
import { Escalation } from "./escalation.entity";
import { fieldError } from "../../lib/field-errors";
import { msg } from "../../lib/i18n/message";

/** The escalation lists' filters. */
export interface EscalationFilter {
  status?: EscalationStatus | null;
  overdue?: boolean | null;
}

/** "Als u geen voldoening krijgt bij de betrokken dienst, kan u zich richten tot de Centrale Klachtendienst." */
export class EscalationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    requestsPerDay: number,
    private readonly procedure: ProcedureSettings,
    private readonly calendar: BelgianCalendar,
  ) {
    this.requestQuota = { action: "ESCALATION_REQUEST", perDay: requestsPerDay };
  }

  private readonly requestQuota: DailyQuota;

  private scoped(caller: Caller): SelectQueryBuilder<Escalation> {
    return scopeQuery(this.dataSource.getRepository(Escalation).createQueryBuilder("e"), "e", caller);
  }

  async factsFor(caller: Caller | null, ids: readonly string[]): Promise<Map<string, ComplaintFact>> {
    return visibleByKey(this.dataSource, ComplaintFact, "complaintId", caller, ids);
  }

  /** Each complaint's latest escalation (a review of its inadmissibility may come before a request about its answer). */
  async byComplaint(ids: readonly string[]): Promise<Map<string, Escalation>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(Escalation)
      .find({ where: { complaintId: In([...new Set(ids)]) }, order: { requestedAt: "ASC", id: "ASC" } });
    return new Map(rows.map((e) => [e.complaintId, e]));
  }

  async visibleByIds(caller: Caller | null, ids: readonly string[]): Promise<Map<string, Escalation>> {
    return visibleByKey(this.dataSource, Escalation, "id", caller, ids);
  }

  /** True when the escalation is past its own deadline undecided. */
  overdue(escalation: Escalation): boolean {
    return escalationOverdue(escalation, this.clock.now());
  }

  /** The caller's scope with the list's filters: status, and overdue (true: only overdue; false: none overdue). */
  private filtered(caller: Caller, filter: EscalationFilter): SelectQueryBuilder<Escalation> {
    const qb = this.scoped(caller);
    if (filter.status) qb.andWhere("e.status = :status", { status: filter.status });
    if (filter.overdue !== null && filter.overdue !== undefined) {
      qb.andWhere(filter.overdue ? escalationOverdueSql("e") : `NOT ${escalationOverdueSql("e")}`, { now: this.clock.now() });
    }
    return qb;
  }

  /** `escalationPage`: the caller's scope as `escalations`, with totalCount and an opaque cursor. */
  page(caller: Caller, filter: EscalationFilter, first: number | null | undefined, after: string | null | undefined): Promise<Page<Escalation>> {
    return keysetPage(this.filtered(caller, filter), "requestedAt", first, after);
  }

  /** Newest first; `after` is the id of the last escalation of the previous page. */
  async list(caller: Caller, filter: EscalationFilter, first: number | null | undefined, after: string | null | undefined): Promise<Escalation[]> {
    const size = pageSize(first);
    const qb = this.filtered(caller, filter);
    if (after) {
      const anchor = (await this.visibleByIds(caller, [after])).get(after);
      if (!anchor) throw invalidField(fieldError("after", "INVALID", {}, msg("escalations.badAfter")));
      qb.andWhere(
        new Brackets((w) => w.where("e.requestedAt < :at", { at: anchor.requestedAt }).orWhere("e.requestedAt = :at AND e.id < :aid", { aid: anchor.id })),
      );
    }
    return qb.orderBy("e.requestedAt", "DESC").addOrderBy("e.id", "DESC").take(size).getMany();
  }

  /**
   * By the complainant online, or recorded by the central service for a request made by post, fax or e-mail
   * (`requestedAt`: when it arrived); once answered or once the answer is overdue, or a review of an inadmissibility
   * decision; once per complaint and kind.
   */
  async request(caller: Caller, complaintId: string, reason: string, requestedAt?: Date | null): Promise<Escalation> {
    const text = reason.trim();
    if (!text) throw invalidField(fieldError("reason", "REQUIRED", {}, msg("escalation.reasonRequired")));
    if (text.length > TEXT_LIMITS.reason) throw invalidField(fieldError("reason", "TOO_LONG", { max: TEXT_LIMITS.reason }));
    checkText("reason", text, "multi-line");
    const fact = await this.dataSource.getRepository(ComplaintFact).findOneBy({ complaintId });
    if (!fact || !mayEscalate(caller, fact)) throw notFound(msg("complaint.notFoundOfYours", { id: complaintId }));
    const now = this.clock.now();
    refuseIf(requestedAtRefusal(caller, requestedAt, fact.receivedAt, now));
    const at = requestedAt ?? now;
    refuseIf(escalationRefusal(fact, at, this.calendar));
    refuseIf(escalationWindowRefusal(fact, at, this.procedure.escalationWindowDays));
    const review = isReviewOfInadmissibility(fact);
    const recordedBy = caller.role === "central-service" ? caller.sub : null;
    const escalation: Escalation = this.dataSource.getRepository(Escalation).create({
      id: randomUUID(),
      complaintId,
      ownerSub: fact.ownerSub,
      directorate: fact.directorate,
      requestedAt: at,
      reason: text,
      review,
      recordedBy,
      status: EscalationStatus.REQUESTED,
      dueAt: escalationDueAt(at, this.calendar),
      decidedAt: null,
      decidedBy: null,
      decision: null,
      outcome: null,
      remedy: null,
    });
    try {
      await inTransaction(this.dataSource, async (m) => {
        const counted = await countChange(m, complaintId, this.calendar);
        // Checked again on the locked facts, so an event applied meanwhile counts and simultaneous requests queue;
        // the escalation table's unique key keeps it once per complaint.
        const locked = await m.findOneOrFail(ComplaintFact, { where: { complaintId }, lock: writeLock(m) });
        refuseIf(escalationRefusal(locked, at, this.calendar));
        if (isReviewOfInadmissibility(locked) !== review) refuseIf(stateRefusal(msg("escalation.screeningChanged")));
        // The quota is the online complainant's; what the central service records is not counted.
        if (caller.role === "citizen") await takeDailyQuota(m, this.requestQuota, caller.sub, now);
        await m.insert(Escalation, escalation);
        await publish(
          m,
          "EscalationRequested",
          complaintId,
          {
            escalationId: escalation.id,
            requestedAt: at.toISOString(),
            dueAt: escalation.dueAt.toISOString(),
            review,
          },
          now,
        );
        await counted();
      });
    } catch (err) {
      if (isDuplicateKeyError(err)) {
        refuseIf(review ? stateRefusal(msg("escalation.reviewAlreadyAsked")) : transitionRefusal("requestEscalation", ComplaintStatus.ESCALATED));
      }
      throw err;
    }
    return escalation;
  }

  /** The Central Complaints Service's decision; closes the complaint. */
  async decide(caller: Caller, id: string, decision: string, outcome: Outcome, remedy?: string | null): Promise<Escalation> {
    const text = decision.trim();
    const remedyText = remedy?.trim() || null;
    const escalation = (await this.visibleByIds(caller, [id])).get(id);
    if (!escalation) throw notFound(msg("escalation.notFound", { id }));
    assertTransition("decideEscalation", statusOfEscalation(escalation.status));
    refuseIf(reasonedAnswerRefusal("decision", text, outcome, remedyText, this.procedure.reasonedAnswerMinChars));
    const now = this.clock.now();
    await inTransaction(this.dataSource, async (m) => {
      const counted = await countChange(m, escalation.complaintId, this.calendar);
      const changed = await m.update(
        Escalation,
        { id, status: EscalationStatus.REQUESTED },
        { status: EscalationStatus.DECIDED, decidedAt: now, decidedBy: caller.sub, decision: text, outcome, remedy: remedyText },
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
          decision: text,
          remedy: remedyText,
          review: escalation.review,
          handler: handlerOf(caller),
        },
        now,
      );
      await counted();
    });
    return this.dataSource.getRepository(Escalation).findOneByOrFail({ id });
  }
}
