import type { DataSource } from "typeorm";
import type { Caller } from "../auth/caller";
import type { Clock } from "../platform/clock";
import { type AuditAction, AuditEntry } from "./audit-entry.entity";

/**
 * One request's audit: who is asking, and the reads collected until the
 * response is ready, then written in one insert (one READ entry per complaint,
 * listing every personal field the caller received). CHANGE entries are
 * written inside the mutation's transaction instead (change-audit.ts).
 */
export class AuditRecorder {
  private readonly reads = new Map<string, Set<string>>();

  constructor(
    private readonly caller: Caller | null,
    private readonly requestId: string,
    private readonly clock: Clock,
  ) {}

  read(complaintId: string, field: string): void {
    const fields = this.reads.get(complaintId) ?? new Set<string>();
    fields.add(field);
    this.reads.set(complaintId, fields);
  }

  get pending(): number {
    return this.reads.size;
  }

  /** An entry by this request's caller, now; null for an anonymous caller (who can neither read nor change a complaint). */
  entry(complaintId: string, action: `${AuditAction}`, what: string): Omit<AuditEntry, "id"> | null {
    if (!this.caller) return null;
    return {
      complaintId,
      at: this.clock.now(),
      actorSub: this.caller.sub,
      actorRole: this.caller.role,
      actorDirectorate: this.caller.directorate ?? null,
      action: action as AuditAction,
      what,
      requestId: this.requestId,
    };
  }

  async flush(dataSource: DataSource): Promise<void> {
    const entries = [...this.reads].flatMap(([complaintId, fields]) => this.entry(complaintId, "READ", [...fields].sort().join(",")) ?? []);
    this.reads.clear();
    if (entries.length) await dataSource.getRepository(AuditEntry).insert(entries);
  }
}
