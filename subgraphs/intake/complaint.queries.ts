import { In, type DataSource, type SelectQueryBuilder } from "typeorm";
import type { Caller } from "../../lib/auth/caller";
import { exactValue, exactly, scopeLookup, scopeQuery, visibleByKey } from "../../lib/auth/scope";
import type { Clock } from "../../lib/platform/clock";
import { notFound } from "../../lib/errors";
import { UNPAGED_LIST_BOUND } from "../../lib/graphql/pagination";
import { keysetPage } from "../../lib/graphql/keyset-page";
import { overdueSql } from "../../lib/domain/deadlines";
import { awaitsFirstLineByStatusSql } from "../../lib/domain/transitions";
import { checkText } from "../../lib/graphql/text";
import { Complaint } from "./complaint.entity";
import type { ComplaintFilter, ComplaintPage } from "./complaint.types";
import { StatusChange } from "./status-change.entity";
import { msg } from "../../lib/i18n/message";

/** The intake side's reads of complaints, each in the caller's scope; the changes are in ComplaintService. */
export class ComplaintQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Row scoping in SQL: citizens their own, coordinators their directorate, the central service all. */
  private scoped(caller: Caller): SelectQueryBuilder<Complaint> {
    return scopeQuery(this.dataSource.getRepository(Complaint).createQueryBuilder("c"), "c", caller);
  }

  /** The same scoping for lookups by key, which must not make the database scan the whole scope. */
  private lookup(caller: Caller, where: string, parameters: Record<string, unknown>): SelectQueryBuilder<Complaint> {
    return scopeLookup(this.dataSource.getRepository(Complaint).createQueryBuilder("c").where(where, parameters), "c", caller);
  }

  async findVisibleMany(caller: Caller, ids: readonly string[]): Promise<Map<string, Complaint>> {
    return visibleByKey(this.dataSource, Complaint, "id", caller, ids);
  }

  /** NOT_FOUND also when the complaint exists outside the caller's scope: existence does not leak. */
  async getVisible(caller: Caller, id: string): Promise<Complaint> {
    const complaint = (await this.findVisibleMany(caller, [id])).get(id);
    if (!complaint) throw notFound(msg("complaint.notFound", { id }));
    return complaint;
  }

  async byReference(caller: Caller, reference: string): Promise<Complaint | null> {
    checkText("reference", reference, "single-line");
    return this.lookup(caller, "c.reference = :reference", { reference }).getOne();
  }

  /** The deprecated `myComplaints`: the newest UNPAGED_LIST_BOUND only (myComplaintPage pages through all). */
  async mine(caller: Caller): Promise<Complaint[]> {
    return this.dataSource.getRepository(Complaint).find({
      where: { ownerSub: exactValue(this.dataSource, caller.sub) },
      order: { receivedAt: "DESC", id: "DESC" },
      take: UNPAGED_LIST_BOUND,
    });
  }

  /** The caller's own complaints, whatever the role (a citizen's; staff own none), newest first. */
  minePage(caller: Caller, first: number | null | undefined, after: string | null | undefined): Promise<ComplaintPage> {
    const qb = this.dataSource.getRepository(Complaint).createQueryBuilder("c");
    return keysetPage(qb.where(exactly(this.dataSource, "c.ownerSub", "mineSub"), { mineSub: caller.sub }), "receivedAt", first, after);
  }

  async list(
    caller: Caller,
    filter: ComplaintFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<ComplaintPage> {
    const now = this.clock.now();
    const qb = this.scoped(caller);
    if (filter?.directorate) qb.andWhere("c.directorate = :fd", { fd: filter.directorate });
    if (filter?.status?.length) qb.andWhere("c.status IN (:...statuses)", { statuses: filter.status });
    if (filter?.receivedFrom) qb.andWhere("c.receivedAt >= :from", { from: filter.receivedFrom });
    if (filter?.receivedTo) qb.andWhere("c.receivedAt < :to", { to: filter.receivedTo });
    for (const step of ["acknowledgement", "answer"] as const) {
      const wanted = step === "acknowledgement" ? filter?.acknowledgementOverdue : filter?.answerOverdue;
      if (wanted == null) continue;
      const overdue = overdueSql("c", step, awaitsFirstLineByStatusSql("c"));
      qb.andWhere(wanted ? overdue : `NOT ${overdue}`, { now });
    }
    return keysetPage(qb, "receivedAt", first, after);
  }

  async timelines(ids: readonly string[]): Promise<Map<string, StatusChange[]>> {
    const rows = ids.length
      ? await this.dataSource.getRepository(StatusChange).find({
          where: { complaintId: In([...ids]) },
          order: { at: "ASC", id: "ASC" },
        })
      : [];
    const byComplaint = new Map<string, StatusChange[]>(ids.map((id) => [id, []]));
    for (const row of rows) byComplaint.get(row.complaintId)?.push(row);
    return byComplaint;
  }
}
