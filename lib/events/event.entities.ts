import { LONG_TEXT, TIMESTAMP } from "../platform/database";
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";

/** The outbox: written in the same transaction as the change it reports. */
@Entity("outbox_event")
export class OutboxEvent {
  @PrimaryGeneratedColumn()
  seq!: number;

  @Column({ type: "varchar", length: 36, unique: true })
  id!: string;

  @Column({ type: "varchar", length: 64 })
  type!: string;

  @Index()
  @Column({ type: "varchar", length: 36 })
  complaintId!: string;

  /** JSON; a maximal answer in 3-byte characters is 60,000 bytes before escaping: room beyond TEXT's 65,535. */
  @Column(LONG_TEXT)
  payload!: string;

  @Column(TIMESTAMP)
  occurredAt!: Date;
}

/** One row per applied foreign event: the idempotency guard, also between replicas. */
@Entity("inbox_event")
export class InboxEvent {
  @PrimaryColumn({ type: "varchar", length: 32 })
  source!: string;

  @PrimaryColumn({ type: "int" })
  seq!: number;

  @Column({ type: "varchar", length: 64 })
  type!: string;

  @Column(TIMESTAMP)
  appliedAt!: Date;
}

/** How far this subgraph has read each producer's feed. */
@Entity("feed_cursor")
export class FeedCursor {
  @PrimaryColumn({ type: "varchar", length: 32 })
  source!: string;

  @Column({ type: "int" })
  lastSeq!: number;
}

export const EVENT_ENTITIES = [OutboxEvent, InboxEvent, FeedCursor];
