import { randomUUID } from "node:crypto";
import { In, type DataSource } from "typeorm";
import type { Caller } from "../../lib/auth/caller";
import { actionPlanScope } from "../../lib/auth/scope";
import type { Clock } from "../../lib/platform/clock";
import type { BelgianCalendar } from "../../lib/domain/brussels-calendar";
import { DirectorateCode } from "../../lib/domain/enums";
import { conflict, forbidden, invalidField, notFound } from "../../lib/errors";
import { mayReadActionPlanItem } from "../../lib/auth/scope";
import { checkText } from "../../lib/graphql/text";
import { NOT_BLANK, TEXT_LIMITS } from "../../lib/domain/text-limits";
import { ActionPlanItem, ActionProgressNote, ActionStatus } from "./action-plan-item.entity";
import { ComplaintFact } from "./complaint-fact.entity";
import { type ActionPlanItemInput, type AnnualReport, MAX_RELATED_COMPLAINTS } from "./report.types";
import { countedYear } from "./report.counters";
import { assembleYear } from "./report.figures";
import { fieldError } from "../../lib/field-errors";
import { msg } from "../../lib/i18n/message";

/** The annual evaluation and the action plan, from the facts the events brought in. */
export class ReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly calendar: BelgianCalendar,
  ) {}

  assertYear(year: number): void {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw invalidField(fieldError("year", "OUT_OF_RANGE", { min: 2000, max: 2100 }));
  }

  /** Year = year of receipt (Brussels). A coordinator's report covers their own directorate only. */
  async annualReport(caller: Caller, year: number): Promise<AnnualReport> {
    this.assertYear(year);
    const directorates = caller.role === "coordinator" && caller.directorate ? [caller.directorate] : Object.values(DirectorateCode);
    const counts = await countedYear(this.dataSource, year, directorates, this.clock.now(), this.calendar);
    return { ...assembleYear(year, counts, directorates), actionPlan: await this.actionPlan(caller, year) };
  }

  /** Coordinators see their directorate's actions and those for the whole FOD. */
  async actionPlan(caller: Caller, year: number): Promise<ActionPlanItem[]> {
    const qb = this.dataSource.getRepository(ActionPlanItem).createQueryBuilder("a").where("a.year = :year", { year });
    return actionPlanScope(qb, "a", caller).orderBy("a.createdAt", "ASC").addOrderBy("a.title", "ASC").addOrderBy("a.id", "ASC").getMany();
  }

  async addItem(caller: Caller, year: number, input: ActionPlanItemInput): Promise<ActionPlanItem> {
    this.assertYear(year);
    const related = [...new Set(input.relatedComplaintIds ?? [])];
    if (related.length > MAX_RELATED_COMPLAINTS)
      throw invalidField(fieldError("relatedComplaintIds", "TOO_MANY", { max: MAX_RELATED_COMPLAINTS }, msg("actionPlan.tooManyRelated")));
    if (related.length) {
      const known = await this.dataSource.getRepository(ComplaintFact).countBy({ complaintId: In(related) });
      if (known !== related.length) throw invalidField(fieldError("relatedComplaintIds", "UNKNOWN_REFERENCE", {}, msg("actionPlan.unknownComplaint")));
    }
    const item = this.dataSource.getRepository(ActionPlanItem).create({
      id: randomUUID(),
      year,
      directorateCode: input.directorate ?? null,
      title: input.title.trim(),
      description: input.description?.trim() || null,
      dueAt: input.dueAt ?? null,
      status: ActionStatus.PLANNED,
      done: false,
      doneAt: null,
      relatedComplaintIds: JSON.stringify(related),
      createdBy: caller.sub,
      createdAt: this.clock.now(),
    });
    await this.dataSource.getRepository(ActionPlanItem).insert(item);
    return item;
  }

  /** completeActionPlanItem: DONE, once. */
  async completeItem(caller: Caller, id: string): Promise<ActionPlanItem> {
    const item = await this.ownedItem(caller, id);
    if (item.status === ActionStatus.DONE) throw conflict(msg("actionPlan.alreadyDone"), { reason: "ALREADY_DONE" });
    return this.changeStatus(item, ActionStatus.DONE, () => conflict(msg("actionPlan.alreadyDone"), { reason: "ALREADY_DONE" }));
  }

  /** The central service, or the coordinator of the action's directorate, moves it to another status. */
  async setStatus(caller: Caller, id: string, status: ActionStatus): Promise<ActionPlanItem> {
    const item = await this.ownedItem(caller, id);
    const same = () => conflict(msg("actionPlan.sameStatus"), { reason: "SAME_STATUS" });
    if (item.status === status) throw same();
    return this.changeStatus(item, status, same);
  }

  async addNote(caller: Caller, id: string, text: string): Promise<ActionPlanItem> {
    const item = await this.ownedItem(caller, id);
    const trimmed = text.trim();
    if (!NOT_BLANK.test(trimmed)) throw invalidField(fieldError("text", "REQUIRED"));
    if (trimmed.length > TEXT_LIMITS.note) throw invalidField(fieldError("text", "TOO_LONG", { max: TEXT_LIMITS.note }));
    checkText("text", trimmed, "multi-line");
    await this.dataSource
      .getRepository(ActionProgressNote)
      .insert({ id: randomUUID(), itemId: item.id, text: trimmed, at: this.clock.now(), bySub: caller.sub, byRole: caller.role });
    return item;
  }

  /** An action's progress notes, oldest first. */
  notes(itemId: string): Promise<ActionProgressNote[]> {
    return this.dataSource.getRepository(ActionProgressNote).find({ where: { itemId }, order: { at: "ASC", id: "ASC" } });
  }

  /** An action the caller may change: NOT_FOUND when unknown or out of sight, FORBIDDEN when a coordinator only reads it. */
  private async ownedItem(caller: Caller, id: string): Promise<ActionPlanItem> {
    const item = await this.dataSource.getRepository(ActionPlanItem).findOneBy({ id });
    if (!item || !mayReadActionPlanItem(caller, item)) throw notFound(msg("actionPlan.notFound", { id }));
    if (caller.role !== "central-service" && !(caller.role === "coordinator" && item.directorateCode === caller.directorate)) {
      throw forbidden(msg("actionPlan.notYours"));
    }
    return item;
  }

  // Conditional on the status read, so of simultaneous changes one wins and the others get `lost()`.
  private async changeStatus(item: ActionPlanItem, status: ActionStatus, lost: () => Error): Promise<ActionPlanItem> {
    const repo = this.dataSource.getRepository(ActionPlanItem);
    const done = status === ActionStatus.DONE;
    const changed = await repo.update({ id: item.id, status: item.status }, { status, done, doneAt: done ? this.clock.now() : null });
    if (changed.affected !== 1) throw lost();
    return repo.findOneByOrFail({ id: item.id });
  }
}
