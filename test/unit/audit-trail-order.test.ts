import { AuditAction, type AuditEntry } from "../../lib/audit/audit-entry.entity";
import { trailOrder } from "../../lib/audit/audit-trail";

const entry = (id: number, action: AuditAction) => ({ id, action }) as AuditEntry;
const trail = [entry(1, AuditAction.CHANGE), entry(2, AuditAction.READ), entry(3, AuditAction.CHANGE), entry(4, AuditAction.READ)];

describe("the order of an audit trail", () => {
  it("oldest first for a complaint without special-category data", () => {
    expect(trailOrder(trail, false).map((e) => e.id)).toEqual([1, 2, 3, 4]);
  });

  it("reads first (oldest first), then the changes, for a flagged complaint", () => {
    expect(trailOrder(trail, true).map((e) => e.id)).toEqual([2, 4, 1, 3]);
  });
});
