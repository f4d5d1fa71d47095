import type { DataSource } from "typeorm";
import type { Caller } from "../auth/caller";
import type { Clock } from "../clock";
import { AuditAction, AuditEntry } from "./audit-entry.entity";

/**
 * Collects one request's reads and changes and writes them in one insert when
 * the response is ready: one READ entry per complaint listing every personal
 * field the caller received, one CHANGE entry per mutation.
 */
export class AuditRecorder {
  private readonly reads = new Map<string, Set<string>>();
  private readonly changes: { complaintId: string; mutation: string }[] = [];

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

  change(complaintId: string, mutation: string): void {
    this.changes.push({ complaintId, mutation });
  }

  get pending(): number {
    return this.reads.size + this.changes.length;
  }

  async flush(dataSource: DataSource): Promise<void> {
    if (this.pending === 0 || !this.caller) return;
    const base = {
      at: this.clock.now(),
      actorSub: this.caller.sub,
      actorRole: this.caller.role,
      actorDirectorate: this.caller.directorate ?? null,
      requestId: this.requestId,
    };
    const entries = [
      ...this.changes.map((c) => ({ ...base, complaintId: c.complaintId, action: AuditAction.CHANGE, what: c.mutation })),
      ...[...this.reads].map(([complaintId, fields]) => ({ ...base, complaintId, action: AuditAction.READ, what: [...fields].sort().join(",") })),
    ];
    this.reads.clear();
    this.changes.length = 0;
    await dataSource.getRepository(AuditEntry).insert(entries);
  }
}
