import { Directive, Field, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { TIMESTAMP } from "../platform/database";
import { DirectorateCode } from "../domain/enums";

export enum AuditAction {
  READ = "READ",
  CHANGE = "CHANGE",
}
registerEnumType(AuditAction, {
  name: "AuditAction",
  description: "What the caller did with the complaint.",
  valuesConfig: {
    READ: { description: "Personal data of the complaint was returned to the caller." },
    CHANGE: { description: "A mutation changed the complaint." },
  },
});

/**
 * Who saw or changed what of a complaint, in the subgraph that owns the data.
 * Append-only: the application only inserts, and a database trigger refuses
 * UPDATE and DELETE (lib/audit/append-only.ts).
 */
@ObjectType({ description: "One read of a complaint's personal data, or one change, by one caller in one request." })
@Directive("@shareable")
@Entity("audit_entry")
@Index("idx_audit_complaint", ["complaintId", "at"])
export class AuditEntry {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: "varchar", length: 36 })
  complaintId!: string;

  @Field({ description: "When it happened: an ISO 8601 instant in UTC." })
  @Column(TIMESTAMP)
  at!: Date;

  @Field({ description: "The caller's subject (sub claim)." })
  @Column({ type: "varchar", length: 200 })
  actorSub!: string;

  @Field({ description: "The caller's role claim: citizen, coordinator or central-service." })
  @Column({ type: "varchar", length: 20 })
  actorRole!: string;

  @Field(() => DirectorateCode, { nullable: true, description: "A coordinator's directorate claim; null for other roles." })
  @Column({ type: "varchar", length: 40, nullable: true })
  actorDirectorate!: DirectorateCode | null;

  @Field(() => AuditAction, { description: "A read or a change." })
  @Column({ type: "varchar", length: 8 })
  action!: AuditAction;

  @Field({ description: "READ: the fields returned, comma-separated. CHANGE: the mutation." })
  @Column({ type: "varchar", length: 500 })
  what!: string;

  @Field({ description: "The gateway's request id, as in the logs." })
  @Column({ type: "varchar", length: 100 })
  requestId!: string;
}
