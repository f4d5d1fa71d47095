import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * How old an audit entry must be before it may be deleted: one row (id 1), written by `npm run retention`
 * from AUDIT_RETENTION_YEARS with the migration account. The delete trigger (append-only.ts) reads it;
 * without a row nothing may be deleted.
 */
@Entity("audit_retention")
export class AuditRetention {
  @PrimaryColumn({ type: "int" })
  id!: number;

  @Column({ type: "int" })
  years!: number;
}
