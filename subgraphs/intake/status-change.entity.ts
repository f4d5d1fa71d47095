import { Field, ObjectType } from "type-graphql";
import { TIMESTAMP } from "../../lib/platform/database";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { ComplaintStatus, DirectorateCode } from "../../lib/domain/enums";
import { TimelineEntryKind } from "../../lib/domain/timeline";

/** One step of a complaint's timeline, from whichever subgraph caused it. */
@ObjectType({ description: "One step of a complaint's timeline (oldest first), whichever subgraph caused it." })
@Entity("status_change")
@Index("idx_status_change_complaint", ["complaintId", "at"])
export class StatusChange {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: "varchar", length: 36 })
  complaintId!: string;

  @Field(() => TimelineEntryKind, { description: "What the entry records." })
  @Column({ type: "varchar", length: 16, default: TimelineEntryKind.STATUS_CHANGE })
  kind!: TimelineEntryKind;

  @Field(() => ComplaintStatus, { description: "The status it moved to; for a TRANSFER the status the complaint had (and kept)." })
  @Column({ type: "varchar", length: 16 })
  status!: ComplaintStatus;

  @Field({ description: "When it happened: an ISO 8601 instant in UTC." })
  @Column(TIMESTAMP)
  at!: Date;

  @Field(() => String, { nullable: true, description: "A person's note, or one the system wrote in the complaint's language." })
  @Column({ type: "text", nullable: true })
  note!: string | null;

  // Codes, not Directorate objects: a timeline is already four levels down in `escalationPage { items { complaint { timeline } } }`,
  // and the request depth limit (5) is the contract's deepest query. `directorate(code:)` gives the rest.
  @Field(() => DirectorateCode, { nullable: true, description: "For a TRANSFER: the directorate that handled the complaint before." })
  @Column({ type: "varchar", length: 40, nullable: true })
  fromDirectorate!: DirectorateCode | null;

  @Field(() => DirectorateCode, { nullable: true, description: "For a TRANSFER: the directorate that handles it since." })
  @Column({ type: "varchar", length: 40, nullable: true })
  toDirectorate!: DirectorateCode | null;
}
