import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { TIMESTAMP } from "../../lib/platform/database";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import type { DirectorateCode } from "../../lib/domain/enums";

export enum ActionStatus {
  PLANNED = "PLANNED",
  IN_PROGRESS = "IN_PROGRESS",
  DONE = "DONE",
  DROPPED = "DROPPED",
}
registerEnumType(ActionStatus, {
  name: "ActionStatus",
  description: "What became of an action of the plan.",
  valuesConfig: {
    PLANNED: { description: "Planned, not started (a new action)." },
    IN_PROGRESS: { description: "Being carried out." },
    DONE: { description: "Carried out." },
    DROPPED: { description: "Given up (a progress note says why)." },
  },
});

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

  @Field(() => ActionStatus, { description: "PLANNED when added; changed by setActionPlanItemStatus (or completeActionPlanItem: DONE)." })
  @Column({ type: "varchar", length: 16, default: ActionStatus.PLANNED })
  status!: ActionStatus;

  /** status = DONE, kept as a column for readers from before the status (the API derives `done` from `status`). */
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

/** A note on how an action is getting on, by the central service or the coordinator of the action's directorate. */
@ObjectType({ description: "A progress note on an action of the plan; readable where the action is." })
@Entity("action_progress_note")
@Index("idx_action_progress_item", ["itemId", "at"])
export class ActionProgressNote {
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  @Column({ type: "varchar", length: 36 })
  itemId!: string;

  @Field({ description: "The note, several lines allowed." })
  @Column({ type: "text" })
  text!: string;

  @Field({ description: "When it was written (ISO 8601 instant, UTC)." })
  @Column(TIMESTAMP)
  at!: Date;

  @Column({ type: "varchar", length: 200 })
  bySub!: string;

  @Field({ description: "The writer's role (the token's role claim): `central-service` or `coordinator`." })
  @Column({ type: "varchar", length: 20 })
  byRole!: string;
}
