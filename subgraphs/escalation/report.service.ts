import { randomUUID } from "node:crypto";
import { In, type DataSource } from "typeorm";
import type { Caller } from "../../lib/auth/caller";
import type { Clock } from "../../lib/clock";
import { DirectorateCode } from "../../lib/enums";
import { badInput, notFound } from "../../lib/errors";
import { ActionPlanItem } from "./action-plan-item.entity";
import { ComplaintFact } from "./complaint-fact.entity";
import { Escalation } from "./escalation.entity";
import type { ActionPlanItemInput, AnnualReport } from "./report.types";
import { computeStatistics, countByReason, type FactWithEscalation } from "./statistics";

const MAX_RELATED = 100;
const FACT_COLUMNS = ["directorate", "receivedAt", "admissibility", "inadmissibilityReason", "withdrawn", "acknowledgedAt", "answeredAt", "outcome"] as const;

/** The annual evaluation and the action plan, from the facts the events brought in. */
export class ReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  private assertYear(year: number): void {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput("year must be between 2000 and 2100");
  }

  /** Year = year of receipt (UTC). A coordinator's report covers their own directorate only. */
  async annualReport(caller: Caller, year: number): Promise<AnnualReport> {
    this.assertYear(year);
    const directorates = caller.role === "coordinator" && caller.directorate ? [caller.directorate] : Object.values(DirectorateCode);
    const rows = await this.yearFacts(year, directorates);
    const now = this.clock.now();
    return {
      year,
      totals: computeStatistics(rows, now),
      byDirectorate: directorates.map((code) => ({
        directorate: { code },
        statistics: computeStatistics(rows.filter((r) => r.directorate === code), now),
      })),
      inadmissibleByReason: countByReason(rows),
      actionPlan: await this.actionPlan(caller, year),
    };
  }

  /**
   * The year's facts with their escalation, in one statement whatever the
   * year's size (no list of ids as parameters), only the columns the figures use.
   */
  private async yearFacts(year: number, directorates: DirectorateCode[]): Promise<FactWithEscalation[]> {
    const facts = this.dataSource.getMetadata(ComplaintFact);
    const escalations = this.dataSource.getMetadata(Escalation);
    const qb = this.dataSource
      .getRepository(ComplaintFact)
      .createQueryBuilder("f")
      .leftJoin(Escalation, "e", "e.complaintId = f.complaintId")
      .where("f.receivedAt >= :from AND f.receivedAt < :to", { from: new Date(Date.UTC(year, 0, 1)), to: new Date(Date.UTC(year + 1, 0, 1)) })
      .andWhere("f.directorate IN (:...directorates)", { directorates });
    for (const column of FACT_COLUMNS) qb.addSelect(`f.${column}`, `f_${column}`);
    qb.addSelect("e.status", "e_status").addSelect("e.outcome", "e_outcome");
    const raw: Record<string, unknown>[] = await qb.getRawMany();
    const hydrate = (meta: typeof facts, property: string, value: unknown) =>
      this.dataSource.driver.prepareHydratedValue(value, meta.findColumnWithPropertyName(property)!);
    return raw.map((r) => {
      const fact = Object.fromEntries(FACT_COLUMNS.map((c) => [c, hydrate(facts, c, r[`f_${c}`])])) as FactWithEscalation;
      fact.escalation = r.e_status == null ? null : { status: hydrate(escalations, "status", r.e_status), outcome: hydrate(escalations, "outcome", r.e_outcome) };
      return fact;
    });
  }

  /** Coordinators see their directorate's actions and those for the whole FOD. */
  async actionPlan(caller: Caller, year: number): Promise<ActionPlanItem[]> {
    const qb = this.dataSource.getRepository(ActionPlanItem).createQueryBuilder("a").where("a.year = :year", { year });
    if (caller.role === "coordinator") {
      qb.andWhere("(a.directorateCode = :d OR a.directorateCode IS NULL)", { d: caller.directorate });
    }
    return qb.orderBy("a.createdAt", "ASC").addOrderBy("a.title", "ASC").addOrderBy("a.id", "ASC").getMany();
  }

  async addItem(caller: Caller, year: number, input: ActionPlanItemInput): Promise<ActionPlanItem> {
    this.assertYear(year);
    const related = [...new Set(input.relatedComplaintIds ?? [])];
    if (related.length > MAX_RELATED) throw badInput(`at most ${MAX_RELATED} related complaints`);
    if (related.length) {
      const known = await this.dataSource.getRepository(ComplaintFact).countBy({ complaintId: In(related) });
      if (known !== related.length) throw badInput("relatedComplaintIds names a complaint that does not exist");
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
    if (!item) throw notFound(`No action plan item ${id}`);
    if (item.done) throw badInput("This action is already done");
    await repo.update({ id, done: false }, { done: true, doneAt: this.clock.now() });
    return repo.findOneByOrFail({ id });
  }
}
