import type { DataSource } from "typeorm";
import type { Caller } from "../../../lib/auth/caller";
import { auditChange } from "../../../lib/audit/change-audit";
import { TEXT_LIMITS } from "../../../lib/domain/text-limits";
import { mayActForDirectorate } from "../../../lib/domain/handling";
import { refuseIf } from "../../../lib/domain/refusal";
import { NO_LONGER_YOURS } from "../../../lib/domain/transitions";
import { forbidden, invalidField } from "../../../lib/errors";
import { fieldError } from "../../../lib/field-errors";
import { checkText } from "../../../lib/graphql/text";
import { msg } from "../../../lib/i18n/message";
import type { Clock } from "../../../lib/platform/clock";
import { inTransaction, writeLock } from "../../../lib/platform/database";
import { Complaint } from "../complaint.entity";
import type { ComplaintQueries } from "../complaint.queries";
import { storedCategories, type SpecialCategory } from "./special-categories";

/**
 * A coordinator of the complaint's directorate or the central service marks a complaint as holding
 * special-category data (GDPR art. 9), with a reason; an empty list clears the mark. Audited as a CHANGE.
 */
export class SpecialCategoryFlags {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly queries: Pick<ComplaintQueries, "getVisible">,
  ) {}

  async flag(caller: Caller, id: string, categories: SpecialCategory[], reason: string): Promise<Complaint> {
    if (caller.role === "citizen") throw forbidden(msg("auth.role"));
    const trimmed = reason.trim();
    if (!trimmed) throw invalidField(fieldError("reason", "REQUIRED"));
    if (trimmed.length > TEXT_LIMITS.note) throw invalidField(fieldError("reason", "TOO_LONG", { max: TEXT_LIMITS.note }));
    checkText("reason", trimmed, "multi-line");
    await this.queries.getVisible(caller, id);
    await inTransaction(this.dataSource, async (m) => {
      const complaint = await m.findOneOrFail(Complaint, { where: { id }, lock: writeLock(m) });
      if (!mayActForDirectorate(caller, complaint.directorate)) refuseIf(NO_LONGER_YOURS);
      const stored = storedCategories(categories);
      await m.update(
        Complaint,
        { id },
        { specialCategories: stored, specialCategoriesReason: trimmed, specialCategoriesFlaggedAt: stored ? this.clock.now() : null },
      );
      await auditChange(m, id);
    });
    return this.dataSource.getRepository(Complaint).findOneByOrFail({ id });
  }
}
