import { randomUUID } from "node:crypto";
import { In, type DataSource } from "typeorm";
import type { Caller } from "../../lib/auth/caller";
import { actionPlanScope } from "../../lib/auth/scope";
import type { Clock } from "../../lib/platform/clock";
import type { BelgianCalendar } from "../../lib/domain/brussels-calendar";
import { DirectorateCode } from "../../lib/domain/enums";
import { conflict, invalidField, notFound } from "../../lib/errors";
import { ActionPlanItem } from "./action-plan-item.entity";
import { ComplaintFact } from "./complaint-fact.entity";
import { type ActionPlanItemInput, type AnnualReport, MAX_RELATED_COMPLAINTS } from "./report.types";
import { recountedYear } from "./report.query";
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
    const counts = await recountedYear(this.dataSource, year, directorates, this.clock.now(), this.calendar);
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
      done: false,
      doneAt: null,
      relatedComplaintIds: JSON.stringify(related),
      createdBy: caller.sub,
      createdAt: this.clock.now(),
    });
    await this.dataSource.getRepository(ActionPlanItem).insert(item);
    return item;
  }

  async completeItem(id: string): Promise<ActionPlanItem> {
    const repo = this.dataSource.getRepository(ActionPlanItem);
    const item = await repo.findOneBy({ id });
    if (!item) throw notFound(msg("actionPlan.notFound", { id }));
    // Conditional on not done, so of simultaneous requests one completes it.
    const completed = await repo.update({ id, done: false }, { done: true, doneAt: this.clock.now() });
    if (completed.affected !== 1) throw conflict(msg("actionPlan.alreadyDone"), { reason: "ALREADY_DONE" });
    return repo.findOneByOrFail({ id });
  }
}
