import { Field, ID, Int, ObjectType } from "type-graphql";
import { TIMESTAMP } from "../../lib/platform/database";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import type { DirectorateCode } from "../../lib/domain/enums";

/** "Elk jaar evalueren we alle klachten en stellen we een actieplan op." One action of that plan. */
@ObjectType({ description: "One action of the year's improvement plan." })
@Entity("action_plan_item")
@Index("idx_action_plan_year", ["year", "createdAt"])
export class ActionPlanItem {
  @Field(() => ID)
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  @Field(() => Int)
  @Column({ type: "int" })
  year!: number;

  /** Null: an action for the whole FOD. Exposed as `directorate: Directorate`. */
  @Column({ type: "varchar", length: 40, nullable: true })
  directorateCode!: DirectorateCode | null;

  @Field()
  @Column({ type: "varchar", length: 200 })
  title!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  description!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ ...TIMESTAMP, nullable: true })
  dueAt!: Date | null;

  @Field()
  @Column({ type: "boolean", default: false })
  done!: boolean;

  @Column({ ...TIMESTAMP, nullable: true })
  doneAt!: Date | null;

  /** JSON array of complaint ids the action answers to. */
  @Column({ type: "text" })
  relatedComplaintIds!: string;

  @Column({ type: "varchar", length: 200 })
  createdBy!: string;

  @Column(TIMESTAMP)
  createdAt!: Date;
}
