import { randomUUID } from "node:crypto";
import { In, IsNull, Not, type DataSource, type EntityManager } from "typeorm";
import { AuditAction, AuditEntry } from "../../../lib/audit/audit-entry.entity";
import { auditChange } from "../../../lib/audit/change-audit";
import { type Caller } from "../../../lib/auth/caller";
import { RETENTION_GROUND, erasureAuditDetail, erasureRefusal, type ErasureGround } from "../../../lib/domain/erasure";
import { finishedBeforeSql } from "../../../lib/domain/finished";
import { refuseIf } from "../../../lib/domain/refusal";
import { publish } from "../../../lib/events/outbox";
import { eraseOutboxText } from "../../../lib/events/personal-payload";
import type { Clock } from "../../../lib/platform/clock";
import { inTransaction, writeLock } from "../../../lib/platform/database";
import { Complaint } from "../complaint.entity";
import type { ComplaintQueries } from "../complaint.queries";
import { ConfirmationMessage, ConfirmationQuota, EmailConfirmation } from "../email-confirmation/email-confirmation.entity";
import { messageIdOf } from "../letters/letter.dispatcher";
import { Letter } from "../letters/letter.entity";
import { removeMailFiles } from "../letters/mail";
import { StatusChange } from "../status-change.entity";

/** An erasure as the audit records it: the ground and the explanation (never the erased data). */
export interface ErasureReason {
  ground: ErasureGround | typeof RETENTION_GROUND;
  explanation: string;
}

/** What an erasure removed in intake, for `npm run retention` and the logs. */
export interface IntakeErasure {
  reference: string;
  letters: number;
  events: number;
  mailFiles: number;
}

/**
 * Erases a complaint's personal data in intake (issue 16, Terms): the complainant's contact data (their kind stays),
 * the complaint's texts, the timeline's notes, the letters' texts and their .eml files, the e-mail confirmations of an
 * address no other kept complaint uses, and the texts in intake's outbox; then publishes PersonalDataErased so the
 * other subgraphs erase theirs. Everything the annual figures read stays. Writes no DELETE (the serving account has none):
 * rows are overwritten. Idempotent: erasing again finds nothing left and says so again.
 */
export class PersonalDataErasure {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly windowDays: number,
    /** The directory of the file mail transport; null when letters go by SMTP (nothing is kept here then). */
    private readonly mailDir: string | null,
  ) {}

  /** erasePersonalData: the central service, for a finished complaint or on a ground that allows it earlier. */
  async erase(caller: Caller, queries: Pick<ComplaintQueries, "getVisible">, complaintId: string, reason: ErasureReason): Promise<Complaint> {
    await queries.getVisible(caller, complaintId);
    await this.eraseOne(complaintId, reason, (m) => auditChange(m, complaintId, erasureAuditDetail(reason.ground, reason.explanation)));
    return this.dataSource.getRepository(Complaint).findOneByOrFail({ id: complaintId });
  }

  /** The complaints finished before `before` whose personal data is still kept, oldest first: the retention job's work. */
  async finishedBefore(before: Date, limit: number): Promise<Complaint[]> {
    const due = finishedBeforeSql("c", before, this.windowDays);
    return this.dataSource
      .getRepository(Complaint)
      .createQueryBuilder("c")
      .where("c.personalDataErasedAt IS NULL")
      .andWhere(due.sql, due.parameters)
      .orderBy("c.finalActAt", "ASC")
      .take(limit)
      .getMany();
  }

  /** The retention job's erasure: no caller; the audit entry names the job and the period. Null when already erased (another replica). */
  async eraseByRetention(complaintId: string, years: number): Promise<IntakeErasure | null> {
    const reason: ErasureReason = { ground: RETENTION_GROUND, explanation: `RETENTION_YEARS=${years}` };
    return this.eraseOne(complaintId, reason, async (m, now) => {
      const entry: Omit<AuditEntry, "id"> = {
        complaintId,
        at: now,
        actorSub: "retention",
        actorRole: "system",
        actorDirectorate: null,
        action: AuditAction.CHANGE,
        what: `erasePersonalData ${erasureAuditDetail(reason.ground, reason.explanation)}`,
        requestId: `retention-${now.toISOString()}`,
      };
      await m.insert(AuditEntry, entry);
    });
  }

  private async eraseOne(complaintId: string, reason: ErasureReason, audit: (m: EntityManager, now: Date) => Promise<void>): Promise<IntakeErasure | null> {
    const now = this.clock.now();
    const mailIds: string[] = [];
    const byRetention = reason.ground === RETENTION_GROUND;
    const result = await inTransaction(this.dataSource, async (m) => {
      const complaint = await m.findOneOrFail(Complaint, { where: { id: complaintId }, lock: writeLock(m) });
      if (byRetention && complaint.personalDataErasedAt) return null;
      if (reason.ground !== RETENTION_GROUND) refuseIf(erasureRefusal(complaint, reason.ground, now, this.windowDays));
      const letters = await this.eraseLetters(m, complaintId);
      mailIds.push(...letters.map((id) => messageIdOf("letter", id)));
      for (const email of await addressesOf(m, complaint)) mailIds.push(...(await this.eraseConfirmations(m, complaint, email)));
      await m.update(Complaint, { id: complaintId }, erasedComplaint(complaint, now));
      await m.update(StatusChange, { complaintId, note: Not(IsNull()) }, { note: null });
      const events = await eraseOutboxText(m, complaintId);
      await audit(m, now);
      await publish(m, "PersonalDataErased", complaintId, { erasedAt: (complaint.personalDataErasedAt ?? now).toISOString(), ground: reason.ground }, now);
      return { reference: complaint.reference, letters: letters.length, events };
    });
    return result && { ...result, mailFiles: this.mailDir ? removeMailFiles(this.mailDir, mailIds) : 0 };
  }

  /** The letters' texts and addresses; a letter not sent yet is never sent. Resolves to the letters' ids. */
  private async eraseLetters(m: EntityManager, complaintId: string): Promise<string[]> {
    const letters = await m.find(Letter, { where: { complaintId }, select: { id: true } });
    if (letters.length === 0) return [];
    await m.update(
      Letter,
      { complaintId },
      { subject: "", text: "", recipient: null, lastError: null, nextAttemptAt: null, claimedUntil: null, waitingForConfirmation: false },
    );
    return letters.map((l) => l.id);
  }

  /**
   * The proof of one of the complaint's e-mail addresses, its confirmation messages and their daily counts, once no kept
   * complaint gives that address. Overwritten with a meaningless unique value (the tables' keys hold the address).
   * Resolves to the messages' Message-IDs (their .eml files).
   */
  private async eraseConfirmations(m: EntityManager, complaint: Complaint, email: string): Promise<string[]> {
    const others = await m.count(Complaint, {
      where: { complainant: { email }, personalDataErasedAt: IsNull(), id: Not(complaint.id) },
    });
    if (others > 0) return [];
    const gone = () => `${ERASED_PREFIX}${randomUUID()}`;
    for (const row of await m.find(EmailConfirmation, { where: { email }, select: { id: true } })) {
      await m.update(EmailConfirmation, { id: row.id }, { email: gone(), codeHash: null, codeExpiresAt: null });
    }
    for (const row of await m.find(ConfirmationQuota, { where: { email } })) {
      await m.update(ConfirmationQuota, { email: row.email, day: row.day }, { email: gone() });
    }
    const messages = await m.find(ConfirmationMessage, { where: { recipient: email }, select: { id: true } });
    if (messages.length) {
      await m.update(
        ConfirmationMessage,
        { id: In(messages.map((r) => r.id)) },
        { recipient: "", subject: "", text: "", lastError: null, nextAttemptAt: null, claimedUntil: null },
      );
    }
    return messages.map((r) => messageIdOf("confirmation", r.id));
  }
}

const ERASED_PREFIX = "erased-";

/**
 * The addresses a complaint gave: the one it holds and, as a correction (updateComplainant) leaves no other trace of
 * the earlier ones, every address its owner's account proved (eraseConfirmations keeps those a kept complaint gives).
 */
async function addressesOf(m: EntityManager, complaint: Complaint): Promise<string[]> {
  const proven = complaint.ownerSub ? await m.find(EmailConfirmation, { where: { ownerSub: complaint.ownerSub }, select: { email: true } }) : [];
  const all = [complaint.complainant.email, ...proven.map((r) => r.email)];
  return [...new Set(all.filter((e): e is string => !!e && !e.startsWith(ERASED_PREFIX)))];
}

/** The complaint's columns after erasure: what the annual figures read stays, the rest is gone. */
function erasedComplaint(complaint: Complaint, now: Date): Partial<Complaint> {
  return {
    complainant: {
      kind: complaint.complainant.kind,
      name: null,
      organisation: null,
      email: null,
      phone: null,
      postalAddress: null,
    } as unknown as Complaint["complainant"],
    subject: "",
    description: "",
    desiredOutcome: null,
    appealRoute: null,
    admissibilityNote: null,
    triedOfficialHandlingFirst: null,
    // Which special categories a complaint held describes the person as much as the text did.
    specialCategories: null,
    specialCategoriesReason: null,
    specialCategoriesFlaggedAt: null,
    personalDataErasedAt: complaint.personalDataErasedAt ?? now,
  };
}
