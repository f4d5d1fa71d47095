import { Field, ObjectType } from "type-graphql";
import { TIMESTAMP } from "../../lib/platform/database";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { ComplaintStatus } from "../../lib/domain/enums";

/** One step of a complaint's timeline, from whichever subgraph caused it. */
@ObjectType()
@Entity("status_change")
@Index("idx_status_change_complaint", ["complaintId", "at"])
export class StatusChange {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: "varchar", length: 36 })
  complaintId!: string;

  @Field(() => ComplaintStatus)
  @Column({ type: "varchar", length: 16 })
  status!: ComplaintStatus;

  @Field()
  @Column(TIMESTAMP)
  at!: Date;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  note!: string | null;
}
