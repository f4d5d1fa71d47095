import { Column } from "typeorm";
import { TIMESTAMP } from "../../../lib/platform/database";

/**
 * The dispatcher's bookkeeping on a table of outgoing mail (letters,
 * confirmation messages): nextAttemptAt is null once there is nothing left
 * to send.
 */
export abstract class SendingState {
  @Column({ type: "int", default: 0 })
  attempts!: number;

  @Column({ ...TIMESTAMP, nullable: true })
  nextAttemptAt!: Date | null;

  /** A dispatcher owns the row until then (several replicas may run). */
  @Column({ ...TIMESTAMP, nullable: true })
  claimedUntil!: Date | null;

  @Column({ type: "varchar", length: 500, nullable: true })
  lastError!: string | null;
}
