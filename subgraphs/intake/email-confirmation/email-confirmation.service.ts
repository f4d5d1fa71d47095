import { createHash, randomInt, randomUUID, timingSafeEqual } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import type { Caller } from "../../../lib/auth/caller";
import { auditChange } from "../../../lib/audit/change-audit";
import type { Clock } from "../../../lib/platform/clock";
import { incrementCounter } from "../../../lib/platform/counter";
import { inTransaction } from "../../../lib/platform/database";
import { exactValue, exactly } from "../../../lib/auth/scope";
import { badInput, conflict, notFound, rateLimited } from "../../../lib/errors";
import { Complaint } from "../complaint.entity";
import { Letter } from "../letters/letter.entity";
import type { LetterTemplates } from "../letters/letter.templates";
import {
  CODE_DIGITS,
  CODE_TTL_MS,
  MAX_CODE_ATTEMPTS,
  MESSAGES_PER_ADDRESS_PER_DAY,
  brusselsDay,
  secondsToNextBrusselsDay,
  letterRoute,
  mailboxOf,
  provenByIdentity,
  type LetterRoute,
} from "./address-rules";
import { ConfirmationMessage, ConfirmationQuota, EmailConfirmation } from "./email-confirmation.entity";
import { msg } from "../../../lib/i18n/message";

const hashCode = (rowId: string, code: string) => createHash("sha256").update(`${rowId}:${code}`).digest("hex");

/**
 * Proof that a citizen controls the e-mail address on their online complaint,
 * before anything with the complaint's content is sent there. The code message
 * holds only the FOD's fixed text, the reference and the code.
 */
export class EmailConfirmations {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly templates: LetterTemplates,
  ) {}

  /** In the filing's transaction: proven by the identity, or a code goes out (silently none at the daily limit). */
  async onFiled(m: EntityManager, caller: Caller, complaint: Complaint): Promise<void> {
    const email = complaint.complainant?.email;
    if (!email || !complaint.ownerSub) return;
    const now = this.clock.now();
    const row = await this.pair(m, complaint.ownerSub, email, now);
    if (!row || row.confirmedAt) return;
    if (provenByIdentity(caller, email)) {
      await this.markConfirmed(m, row, "IDENTITY", now);
      return;
    }
    if (row.codeHash && row.codeExpiresAt && row.codeExpiresAt > now) return; // the code sent for an earlier complaint still works
    await this.issueCode(m, row, complaint, now, false);
  }

  /**
   * In a rectification's transaction (updateComplainant): a new address is proven as at filing, by the owner's
   * identity or a code; staff correcting it on a written request cannot prove it for the owner.
   */
  async onAddressChanged(m: EntityManager, caller: Caller, complaint: Complaint): Promise<void> {
    const owner = caller.sub === complaint.ownerSub && caller.role === "citizen";
    await this.onFiled(m, owner ? caller : { sub: caller.sub, role: caller.role }, complaint);
  }

  /** How a letter to this complaint's complainant travels, decided in the letter's transaction. */
  async routeFor(m: EntityManager, complaint: Complaint): Promise<LetterRoute> {
    const { email, postalAddress } = complaint.complainant ?? {};
    const row =
      email && complaint.ownerSub
        ? // Locked, so a confirmation committing now either sees this letter waiting or is seen here.
          await this.pairRow(m, complaint.ownerSub, email)
        : null;
    return letterRoute({ ownerSub: complaint.ownerSub, email: email ?? null, postalAddress: postalAddress ?? null }, !!row?.confirmedAt);
  }

  /** For each complaint: null unless online with an e-mail address, else whether that address is proven. One query. */
  async confirmedMany(complaints: readonly Complaint[]): Promise<(boolean | null)[]> {
    const asks = complaints.filter((c) => c.ownerSub && c.complainant?.email);
    const rows = asks.length
      ? await this.dataSource.getRepository(EmailConfirmation).find({
          where: asks.map((c) => ({ ownerSub: c.ownerSub as string, email: c.complainant.email as string })),
        })
      : [];
    const proven = new Set(rows.filter((r) => r.confirmedAt).map((r) => `${r.ownerSub}\n${r.email}`));
    return complaints.map((c) => (c.ownerSub && c.complainant?.email ? proven.has(`${c.ownerSub}\n${c.complainant.email}`) : null));
  }

  /** A new code to the complaint's address, within the address's daily limit. */
  async requestCode(caller: Caller, complaintId: string): Promise<Complaint> {
    await inTransaction(this.dataSource, async (m) => {
      const { complaint, email } = await this.ownComplaint(m, caller, complaintId);
      // Created here for complaints filed before addresses were confirmed.
      const row = await this.pair(m, caller.sub, email, this.clock.now());
      if (!row) throw conflict(msg("confirmation.addressUnavailable"), { reason: "ADDRESS_UNAVAILABLE" });
      if (row.confirmedAt) throw conflict(msg("confirmation.alreadyConfirmed"), { reason: "ALREADY_CONFIRMED" });
      await this.issueCode(m, row, complaint, this.clock.now(), true);
      await auditChange(m, complaint.id);
    });
    return this.dataSource.getRepository(Complaint).findOneByOrFail({ id: complaintId });
  }

  /** Checks the code; the right one confirms the address and releases its waiting letters, once. */
  async confirm(caller: Caller, complaintId: string, code: string): Promise<Complaint> {
    const now = this.clock.now();
    const typed = code.replace(/\s+/g, "");
    const { email } = await this.ownComplaint(this.dataSource.manager, caller, complaintId);
    const row = await this.pairRow(this.dataSource.manager, caller.sub, email, false);
    if (!row) throw conflict(msg("confirmation.noCode"), { reason: "NO_CODE" });
    if (row.confirmedAt) throw conflict(msg("confirmation.alreadyConfirmed"), { reason: "ALREADY_CONFIRMED" });
    if (!row.codeHash || !row.codeExpiresAt) throw conflict(msg("confirmation.noCode"), { reason: "NO_CODE" });
    if (row.codeExpiresAt <= now) throw conflict(msg("confirmation.codeExpired"), { reason: "CODE_EXPIRED" });
    // Every try is counted before the code is compared, in its own statement, so parallel guesses share the 5.
    const counted = await this.dataSource
      .createQueryBuilder()
      .update(EmailConfirmation)
      .set({ attempts: () => "attempts + 1" })
      .where("id = :id AND codeHash = :hash AND attempts < :max AND confirmedAt IS NULL", { id: row.id, hash: row.codeHash, max: MAX_CODE_ATTEMPTS })
      .execute();
    if (counted.affected !== 1) {
      const current = await this.dataSource.getRepository(EmailConfirmation).findOneByOrFail({ id: row.id });
      if (current.confirmedAt) throw conflict(msg("confirmation.alreadyConfirmed"), { reason: "ALREADY_CONFIRMED" });
      if (current.codeHash !== row.codeHash) throw conflict(msg("confirmation.codeReplaced"), { reason: "CODE_REPLACED" });
      throw conflict(msg("confirmation.tooManyAttempts", { max: MAX_CODE_ATTEMPTS }), { reason: "TOO_MANY_ATTEMPTS" });
    }
    const expected = Buffer.from(row.codeHash, "hex");
    if (!/^\d+$/.test(typed) || !timingSafeEqual(Buffer.from(hashCode(row.id, typed), "hex"), expected)) {
      const { attempts } = await this.dataSource.getRepository(EmailConfirmation).findOneByOrFail({ id: row.id });
      const left = MAX_CODE_ATTEMPTS - attempts;
      throw badInput(msg(left > 0 ? "confirmation.wrongCode" : "confirmation.wrongCodeLast"), { attemptsLeft: Math.max(left, 0) });
    }
    await inTransaction(this.dataSource, async (m) => {
      const won = await m
        .createQueryBuilder()
        .update(EmailConfirmation)
        .set({ confirmedAt: now, provenBy: "CODE", codeHash: null, codeExpiresAt: null })
        .where("id = :id AND confirmedAt IS NULL AND codeHash = :hash", { id: row.id, hash: row.codeHash })
        .execute();
      // The loser of two simultaneous right codes (a double click) changes nothing.
      if (won.affected !== 1) throw conflict(msg("confirmation.alreadyConfirmed"), { reason: "ALREADY_CONFIRMED" });
      await this.release(m, row, now);
      await auditChange(m, complaintId);
    });
    return this.dataSource.getRepository(Complaint).findOneByOrFail({ id: complaintId });
  }

  // ---------------------------------------------------------------- helpers

  private locked(m: EntityManager) {
    const qb = m.getRepository(EmailConfirmation).createQueryBuilder("e");
    // SQLite has one writer at a time (and TypeORM refuses the lock there); MySQL needs the row lock.
    return m.connection.options.type === "better-sqlite3" ? qb : qb.setLock("pessimistic_write");
  }

  /** The caller's own complaint and its e-mail address. */
  private async ownComplaint(m: EntityManager, caller: Caller, complaintId: string): Promise<{ complaint: Complaint; email: string }> {
    const complaint = await m.findOneBy(Complaint, { id: complaintId, ownerSub: exactValue(m, caller.sub) });
    if (!complaint) throw notFound(msg("complaint.notFound", { id: complaintId }));
    const email = complaint.complainant?.email;
    if (!email) throw conflict(msg("confirmation.noEmail"), { reason: "NO_EMAIL_ADDRESS" });
    return { complaint, email };
  }

  /**
   * The account's row for the address, created if missing; null on MySQL when an account whose id differs only
   * in case, accents or trailing spaces holds the address (the unique index follows the collation).
   */
  private async pair(m: EntityManager, ownerSub: string, email: string, now: Date): Promise<EmailConfirmation | null> {
    // Inserted before it is locked: two first filings locking a missing row would deadlock on MySQL's gap lock.
    // An upsert that changes nothing, not an INSERT whose duplicate error is caught: that error leaves a shared
    // lock on MySQL, and three simultaneous first requests then deadlock upgrading it to the write lock below.
    if (!(await this.pairRow(m, ownerSub, email, false))) {
      await m
        .createQueryBuilder()
        .insert()
        .into(EmailConfirmation)
        .values({ id: randomUUID(), ownerSub, email, codeHash: null, codeExpiresAt: null, attempts: 0, confirmedAt: null, provenBy: null, createdAt: now })
        .orUpdate(["email"], ["ownerSub", "email"])
        .execute();
    }
    return this.pairRow(m, ownerSub, email);
  }

  /** The account's row for the address, matched exactly (an account "ALICE" never reads "alice"'s); locked unless `lock` is false. */
  private pairRow(m: EntityManager, ownerSub: string, email: string, lock = true): Promise<EmailConfirmation | null> {
    const qb = lock ? this.locked(m) : m.getRepository(EmailConfirmation).createQueryBuilder("e");
    return qb
      .where(exactly(m.connection, "e.ownerSub", "ownerSub"))
      .andWhere(exactly(m.connection, "e.email", "email"))
      .setParameters({ ownerSub, email })
      .getOne();
  }

  private async markConfirmed(m: EntityManager, row: EmailConfirmation, by: "IDENTITY", now: Date): Promise<void> {
    await m.update(EmailConfirmation, { id: row.id }, { confirmedAt: now, provenBy: by, codeHash: null, codeExpiresAt: null });
    await this.release(m, row, now);
  }

  /** Letters held for this address on this account's complaints go to the dispatcher now. */
  private async release(m: EntityManager, row: EmailConfirmation, now: Date): Promise<void> {
    // A plain read first: a subquery inside the UPDATE would share-lock complaint rows the event consumers update.
    const owned = await m.find(Complaint, { select: { id: true }, where: { ownerSub: exactValue(m, row.ownerSub) } });
    if (owned.length === 0) return;
    await m
      .createQueryBuilder()
      .update(Letter)
      .set({ waitingForConfirmation: false, nextAttemptAt: now })
      .where(`waitingForConfirmation = :waiting AND ${exactly(m.connection, "recipient", "email")} AND complaintId IN (:...ids)`, {
        waiting: true,
        email: row.email,
        ids: owned.map((c) => c.id),
      })
      .execute();
  }

  /** A fresh code replaces the old one; `strict`: refuse at the daily limit instead of sending nothing. */
  private async issueCode(m: EntityManager, row: EmailConfirmation, complaint: Complaint, now: Date, strict: boolean): Promise<void> {
    if (!(await this.takeQuota(m, mailboxOf(row.email), now))) {
      if (!strict) return;
      throw rateLimited(msg("confirmation.tooManyMessages", { max: MESSAGES_PER_ADDRESS_PER_DAY }), { retryAfter: secondsToNextBrusselsDay(now) });
    }
    const code = String(randomInt(0, 10 ** CODE_DIGITS)).padStart(CODE_DIGITS, "0");
    const expiresAt = new Date(now.getTime() + CODE_TTL_MS);
    await m.update(EmailConfirmation, { id: row.id }, { codeHash: hashCode(row.id, code), codeExpiresAt: expiresAt, attempts: 0 });
    const { language } = complaint;
    const { subject, text } = this.templates.render("EMAIL_CONFIRMATION", language, {
      code,
      reference: complaint.reference,
      validUntil: this.templates.formatDateTime(language, expiresAt),
    });
    await m.insert(ConfirmationMessage, {
      id: randomUUID(),
      recipient: row.email,
      language,
      subject,
      text,
      createdAt: now,
      sentAt: null,
      attempts: 0,
      nextAttemptAt: now,
      claimedUntil: null,
      lastError: null,
    });
  }

  /** One more message to `email` (a mailbox: mailboxOf) today, if the limit allows; exact under concurrency (the row is the lock). A refused ask rolls back (strict) or leaves the count above the limit, which refuses the same. */
  private async takeQuota(m: EntityManager, email: string, now: Date): Promise<boolean> {
    return (await incrementCounter(m, ConfirmationQuota, { email, day: brusselsDay(now) }, "sent")) <= MESSAGES_PER_ADDRESS_PER_DAY;
  }
}
