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

/**
 * One row per applied foreign event: the idempotency guard, also between replicas.
 * Keyed by the event's id, not its position: a producer restored from a backup hands
 * out positions again, and a new event at a known position must still be applied.
 */
@Entity("inbox_event")
@Index("IDX_inbox_event_source_seq", ["source", "seq"])
export class InboxEvent {
  @PrimaryColumn({ type: "varchar", length: 32 })
  source!: string;

  /** The producer's event id; `seq:<n>` for events applied before ids were kept here. */
  @PrimaryColumn({ type: "varchar", length: 36 })
  eventId!: string;

  /** Its position in the producer's feed when it was applied. */
  @Column({ type: "int" })
  seq!: number;

  /** Which complaint it concerned (null before it was kept): what an operator reconciles after a restore. */
  @Column({ type: "varchar", length: 36, nullable: true })
  complaintId!: string | null;

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

  /** The id of the event at `lastSeq`: a producer whose feed holds another event there (or none) was restored to an earlier point. */
  @Column({ type: "varchar", length: 36, nullable: true })
  lastEventId!: string | null;
}

export const EVENT_ENTITIES = [OutboxEvent, InboxEvent, FeedCursor];
