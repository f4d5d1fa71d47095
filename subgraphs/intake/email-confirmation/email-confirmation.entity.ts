import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { TIMESTAMP } from "../../../lib/platform/database";
import { SendingState } from "../letters/sending-state";

/** How a complainant proved an address: their identity provider vouched for it, or they typed our code. */
export type ProvenBy = "IDENTITY" | "CODE";

/**
 * Whether a citizen account (ownerSub) controls an e-mail address it gave on
 * the form. One row per account and address: once proven, later complaints
 * with the same address need no new code. `codeHash` is the one code out now.
 */
@Entity("email_confirmation")
@Index("idx_email_confirmation_owner_email", ["ownerSub", "email"], { unique: true })
export class EmailConfirmation {
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  @Column({ type: "varchar", length: 200 })
  ownerSub!: string;

  @Column({ type: "varchar", length: 254 })
  email!: string;

  /** SHA-256 of the row id and the code; the code itself is only in the message to the address. */
  @Column({ type: "varchar", length: 64, nullable: true })
  codeHash!: string | null;

  @Column({ ...TIMESTAMP, nullable: true })
  codeExpiresAt!: Date | null;

  /** Tries of the current code, right or wrong. */
  @Column({ type: "int", default: 0 })
  attempts!: number;

  @Column({ ...TIMESTAMP, nullable: true })
  confirmedAt!: Date | null;

  @Column({ type: "varchar", length: 8, nullable: true })
  provenBy!: ProvenBy | null;

  @Column(TIMESTAMP)
  createdAt!: Date;
}

/** Confirmation messages sent to an address on one Brussels calendar day, whoever asked. */
@Entity("confirmation_quota")
export class ConfirmationQuota {
  @PrimaryColumn({ type: "varchar", length: 254 })
  email!: string;

  /** YYYY-MM-DD in Europe/Brussels. */
  @PrimaryColumn({ type: "varchar", length: 10 })
  day!: string;

  @Column({ type: "int" })
  sent!: number;
}

/**
 * A confirmation message waiting for the dispatcher (same columns as a letter's
 * sending state). Not in the graph: its text holds the code.
 */
@Entity("confirmation_message")
@Index("idx_confirmation_message_next_attempt", ["nextAttemptAt"])
export class ConfirmationMessage extends SendingState {
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  @Column({ type: "varchar", length: 254 })
  recipient!: string;

  @Column({ type: "varchar", length: 2 })
  language!: string;

  @Column({ type: "varchar", length: 300 })
  subject!: string;

  @Column({ type: "text" })
  text!: string;

  @Column(TIMESTAMP)
  createdAt!: Date;

  @Column({ ...TIMESTAMP, nullable: true })
  sentAt!: Date | null;
}
