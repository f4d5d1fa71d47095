import { Field, ID, Int, ObjectType } from "type-graphql";
import { TIMESTAMP } from "../../lib/platform/database";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import type { DirectorateCode } from "../../lib/domain/enums";

/** "Elk jaar evalueren we alle klachten en stellen we een actieplan op." One action of that plan. */
@ObjectType({ description: "One action of the year's improvement plan. Central service: all; coordinator: own directorate's and the FOD-wide ones." })
@Entity("action_plan_item")
@Index("idx_action_plan_year", ["year", "createdAt"])
export class ActionPlanItem {
  @Field(() => ID, { description: "The action's id." })
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  @Field(() => Int, { description: "The year of the evaluation it belongs to." })
  @Column({ type: "int" })
  year!: number;

  /** Null: an action for the whole FOD. Exposed as `directorate: Directorate`. */
  @Column({ type: "varchar", length: 40, nullable: true })
  directorateCode!: DirectorateCode | null;

  @Field({ description: "One line, at most 200 characters." })
  @Column({ type: "varchar", length: 200 })
  title!: string;

  @Field(() => String, { nullable: true, description: "What is to be done; null when not given." })
  @Column({ type: "text", nullable: true })
  description!: string | null;

  @Field(() => Date, { nullable: true, description: "When it should be done (ISO 8601 instant, UTC); null: no date set." })
  @Column({ ...TIMESTAMP, nullable: true })
  dueAt!: Date | null;

  @Field({ description: "True once completeActionPlanItem marked it done." })
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
