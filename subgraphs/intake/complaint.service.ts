import { randomUUID } from "node:crypto";
import { IsNull, type DataSource, type EntityManager } from "typeorm";
import type { Caller } from "../../lib/auth/caller";
import type { Clock } from "../../lib/platform/clock";
import { inTransaction, writeLock } from "../../lib/platform/database";
import { Admissibility, Channel, ComplaintStatus, type DirectorateCode, type InadmissibilityReason } from "../../lib/domain/enums";
import { forbidden, invalidField } from "../../lib/errors";
import type { EventPayloads } from "../../lib/events/event-types";
import { feedEnd, publish } from "../../lib/events/outbox";
import { TEXT_LIMITS } from "../../lib/domain/text-limits";
import { admissibilityOf, inadmissibleAtReceipt, rescreeningRefusal, screeningRefusal } from "../../lib/domain/admissibility";
import { acknowledgementDueAt, answerDueAt } from "../../lib/domain/deadlines";
import { type BelgianCalendar, startOfBrusselsDay } from "../../lib/domain/brussels-calendar";
import { handlerOf, mayActForDirectorate } from "../../lib/domain/handling";
import { REGISTERED_CHANNELS, missingWayToAnswer, registrationRefusal } from "../../lib/domain/registration";
import { anonymousNote } from "../../lib/domain/timeline";
import { NO_LONGER_YOURS, assertTransition, reopenedStatus, rescreenRefusal, screenRefusal, transferRefusal } from "../../lib/domain/transitions";
import { refuseIf, stateRefusal } from "../../lib/domain/refusal";
import { finishFactsOnMove } from "../../lib/domain/finished";
import type { ComplainantInput } from "./complainant.types";
import { checkText } from "../../lib/graphql/text";
import { Complaint } from "./complaint.entity";
import type { ComplaintQueries } from "./complaint.queries";
import type { ComplaintContentInput, FileComplaintInput, RegisterComplaintInput } from "./complaint.types";
import { nextReference } from "./reference-number";
import { recordRelease, type FirstLineRelease } from "./transfer";
import { StatusChange } from "./status-change.entity";
import type { EmailConfirmations } from "./email-confirmation/email-confirmation.service";
import { takeDailyQuota, type DailyQuota } from "../../lib/platform/quota";
import { canonicalEmail } from "./email-confirmation/address-rules";
import { fieldError } from "../../lib/field-errors";
import { msg, type Message } from "../../lib/i18n/message";

/** How a complaint came in, beside what it says (ComplaintContentInput). */
interface Receipt {
  ownerSub: string | null;
  channel: Channel;
  receivedAt: Date;
  complainant: ComplainantInput | null;
  /** Decided at receipt (only an anonymous registration is). */
  inadmissible: { reason: InadmissibilityReason; note: string | null } | null;
  /** The form's answer and the route as the complainant named it: for the coordinator and for the complainant's letter. */
  appeal: { concernsDecision: boolean; route: string | null };
}

/** The intake side's changes to complaints: filing, registration, screening, transfer, withdrawal. The reads are in ComplaintQueries. */
export class ComplaintService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly confirmations: Pick<EmailConfirmations, "onFiled">,
    private readonly queries: Pick<ComplaintQueries, "getVisible">,
    filingsPerDay: number,
    private readonly calendar: BelgianCalendar,
    private readonly firstLine: Pick<FirstLineRelease, "release">,
  ) {
    this.filingQuota = { action: "FILING", perDay: filingsPerDay };
  }

  private readonly filingQuota: DailyQuota;

  /** A citizen's online complaint. */
  async file(caller: Caller, input: FileComplaintInput): Promise<Complaint> {
    requireWayToAnswer(input.complainant);
    return this.create(caller, input, {
      ownerSub: caller.sub,
      channel: Channel.ONLINE_FORM,
      receivedAt: this.clock.now(),
      complainant: input.complainant,
      inadmissible: null,
      // "... klachten over de inhoud van een beslissing als hiervoor een reglementair beroep mogelijk is":
      // only the decision's content is excluded, so the form's answer does not decide; the coordinator
      // screens the complaint and the complainant is told of the appeal route at once (LetterWriter).
      appeal: { concernsDecision: !!input.concernsDecisionWithAppealRoute, route: input.appealRoute?.trim() || null },
    });
  }

  /** Staff typing in a complaint received by post, fax or e-mail. */
  async register(caller: Caller, input: RegisterComplaintInput): Promise<Complaint> {
    if (!REGISTERED_CHANNELS.includes(input.channel)) throw invalidField(fieldError("channel", "INVALID", {}, msg("registration.onlineChannel")));
    this.assertHandles(caller, input.directorate);
    const receivedAt = receiptOf(input);
    refuseIf(registrationRefusal(receivedAt, this.clock.now(), input.receivedOn ? "receivedOn" : "receivedAt"));
    if (input.complainant) requireWayToAnswer(input.complainant, msg("registration.contactRequired"));
    const reason = inadmissibleAtReceipt({ complainantKnown: !!input.complainant });
    return this.create(caller, input, {
      ownerSub: null,
      channel: input.channel,
      receivedAt,
      complainant: input.complainant ?? null,
      // "Welke klachten worden niet aanvaard? anonieme klachten"
      inadmissible: reason ? { reason, note: anonymousNote(input.language) } : null,
      appeal: { concernsDecision: false, route: null },
    });
  }

  async screen(
    caller: Caller,
    id: string,
    admissible: boolean,
    reason: InadmissibilityReason | null | undefined,
    note: string | null | undefined,
  ): Promise<Complaint> {
    const trimmedNote = checkedNote(note);
    refuseIf(screeningRefusal(admissible, reason, trimmedNote));
    return this.change(caller, id, async (m, complaint, now) => {
      refuseIf(screeningRefusal(admissible, reason, trimmedNote, complaint.concernsDecisionWithAppealRoute));
      refuseIf(screenRefusal(complaint));
      complaint.admissibility = admissible ? Admissibility.ADMISSIBLE : Admissibility.INADMISSIBLE;
      complaint.inadmissibilityReason = reason ?? null;
      complaint.admissibilityNote = trimmedNote;
      if (!admissible) await this.moveTo(m, complaint, ComplaintStatus.INADMISSIBLE, now, trimmedNote);
      const screened = {
        admissibility: complaint.admissibility,
        inadmissibilityReason: complaint.inadmissibilityReason,
        note: trimmedNote,
        handler: handlerOf(caller),
      };
      await publish(m, "ComplaintScreened", complaint.id, screened, now);
    });
  }

  /**
   * The central service corrects an inadmissibility decision (after a review by the second line, or of its own motion):
   * found admissible, the complaint goes back to where it stood (RECEIVED or ACKNOWLEDGED); otherwise the reason changes.
   * Conditional on the screening the caller read, so of simultaneous corrections one is written and the others get CONFLICT.
   */
  async rescreen(
    caller: Caller,
    id: string,
    admissible: boolean,
    reason: InadmissibilityReason | null | undefined,
    note: string | null | undefined,
  ): Promise<Complaint> {
    if (caller.role !== "central-service") throw forbidden(msg("screening.rescreenCentralOnly"));
    const trimmedNote = checkedNote(note);
    refuseIf(rescreeningRefusal(admissible, reason, trimmedNote));
    const seen = await this.queries.getVisible(caller, id);
    refuseIf(rescreenRefusal(seen, admissible, reason));
    const now = this.clock.now();
    const status = admissible ? reopenedStatus(seen.acknowledgedAt) : ComplaintStatus.INADMISSIBLE;
    const screening = { admissibility: admissible ? Admissibility.ADMISSIBLE : Admissibility.INADMISSIBLE, inadmissibilityReason: reason ?? null };
    await inTransaction(this.dataSource, async (m) => {
      const changed = await m.update(
        Complaint,
        { id, status: ComplaintStatus.INADMISSIBLE, inadmissibilityReason: seen.inadmissibilityReason ?? IsNull() },
        { ...screening, status, admissibilityNote: trimmedNote, ...finishFactsOnMove(status, now) },
      );
      if (!changed.affected) refuseIf(stateRefusal(msg("screening.rescreenedMeanwhile")));
      await m.insert(StatusChange, { complaintId: id, status, at: now, note: trimmedNote });
      const payload = { ...screening, previousReason: seen.inadmissibilityReason, note: trimmedNote!, status };
      await publish(m, "ComplaintRescreened", id, payload, now);
    });
    return this.dataSource.getRepository(Complaint).findOneByOrFail({ id });
  }

  /**
   * The directorates' first line decides whether the complaint is still in its hands (it refuses once answered), on the
   * row an answer is decided on; asked with this complaint locked, so intake's own steps (screening, withdrawal) wait.
   */
  async transfer(caller: Caller, id: string, to: DirectorateCode, note: string): Promise<Complaint> {
    const trimmed = checkedNote(note);
    if (!trimmed) throw invalidField(fieldError("note", "REQUIRED", {}, msg("transfer.noteRequired")));
    return this.change(caller, id, async (m, complaint) => {
      refuseIf(transferRefusal(complaint, to));
      const intakePosition = await feedEnd(this.dataSource);
      const released = await this.firstLine.release(caller, { complaintId: id, to, note: trimmed, intakePosition });
      await recordRelease(m, complaint, released, true);
    });
  }

  async withdraw(caller: Caller, id: string): Promise<Complaint> {
    return this.change(caller, id, async (m, complaint, now) => {
      if (complaint.ownerSub !== caller.sub) throw forbidden(msg("withdraw.ownerOnly"));
      assertTransition("withdraw", complaint.status);
      await this.moveTo(m, complaint, ComplaintStatus.WITHDRAWN, now, null);
      await publish(m, "ComplaintWithdrawn", complaint.id, {}, now);
    });
  }

  // ---------------------------------------------------------------- helpers

  /** Coordinators act only for their own directorate. */
  private assertHandles(caller: Caller, directorate: DirectorateCode): void {
    if (!mayActForDirectorate(caller, directorate)) {
      throw forbidden(msg("auth.ownDirectorate"));
    }
  }

  /** Records a new complaint with the next reference of the year: RECEIVED, then INADMISSIBLE at once when decided at receipt. */
  private async create(caller: Caller, content: ComplaintContentInput, receipt: Receipt): Promise<Complaint> {
    const now = this.clock.now();
    const id = randomUUID();
    await inTransaction(this.dataSource, async (m) => {
      // Online filings are the citizen's quota; staff registrations (no owner) are not.
      if (receipt.ownerSub) await takeDailyQuota(m, this.filingQuota, receipt.ownerSub, now);
      const complaint = m.create(Complaint, { id, ...(await nextReference(m, now)), ...newComplaint(caller, content, receipt, now, this.calendar) });
      await m.insert(Complaint, complaint);
      await m.insert(StatusChange, { complaintId: id, status: ComplaintStatus.RECEIVED, at: receipt.receivedAt, note: null });
      // An online complaint's address is proven by the identity, or a code goes to it: before any letter is written.
      await this.confirmations.onFiled(m, caller, complaint);
      if (receipt.inadmissible) await this.moveTo(m, complaint, ComplaintStatus.INADMISSIBLE, now, receipt.inadmissible.note);
      await publish(m, "ComplaintFiled", id, filedEvent(complaint, receipt), now);
    });
    return this.dataSource.getRepository(Complaint).findOneByOrFail({ id });
  }

  /** Loads a complaint in the caller's scope, lets `apply` change it, saves, all in one transaction. */
  private async change(caller: Caller, id: string, apply: (m: EntityManager, complaint: Complaint, now: Date) => Promise<void>): Promise<Complaint> {
    await this.queries.getVisible(caller, id);
    const now = this.clock.now();
    await inTransaction(this.dataSource, async (m) => {
      // Locked, so of simultaneous requests (a double click, two coordinators) one changes it and the others see the change.
      const complaint = await m.findOneOrFail(Complaint, { where: { id }, lock: writeLock(m) });
      // A transfer that won meanwhile took it out of a coordinator's hands.
      if (!mayActForDirectorate(caller, complaint.directorate)) refuseIf(NO_LONGER_YOURS);
      await apply(m, complaint, now);
      await m.save(Complaint, complaint);
    });
    return this.dataSource.getRepository(Complaint).findOneByOrFail({ id });
  }

  private async moveTo(m: EntityManager, complaint: Complaint, status: ComplaintStatus, at: Date, note: string | null): Promise<void> {
    const finish = finishFactsOnMove(status, at);
    Object.assign(complaint, { status, ...finish });
    await m.update(Complaint, { id: complaint.id }, { status, ...finish });
    await m.insert(StatusChange, { complaintId: complaint.id, status, at, note });
  }
}

/** A new complaint's fields beside its id and reference: text trimmed, deadlines counted from receipt. */
function newComplaint(caller: Caller, content: ComplaintContentInput, receipt: Receipt, now: Date, calendar: BelgianCalendar) {
  return {
    ownerSub: receipt.ownerSub,
    complainant: normaliseComplainant(receipt.complainant),
    channel: receipt.channel,
    category: content.category,
    directorate: content.directorate,
    subject: content.subject.trim(),
    description: content.description,
    desiredOutcome: content.desiredOutcome?.trim() || null,
    language: content.language,
    concernsDecisionWithAppealRoute: receipt.appeal.concernsDecision,
    appealRoute: receipt.appeal.route,
    triedOfficialHandlingFirst: content.triedOfficialHandlingFirst ?? null,
    receivedAt: receipt.receivedAt,
    registeredAt: now,
    registeredBy: receipt.ownerSub ? null : caller.sub,
    admissibility: admissibilityOf(receipt.inadmissible !== null),
    inadmissibilityReason: receipt.inadmissible?.reason ?? null,
    admissibilityNote: receipt.inadmissible?.note ?? null,
    acknowledgementDueAt: acknowledgementDueAt(receipt.receivedAt, calendar),
    answerDueAt: answerDueAt(receipt.receivedAt, calendar),
    status: ComplaintStatus.RECEIVED,
    acknowledgedAt: null,
    answeredAt: null,
  };
}

function filedEvent(complaint: Complaint, receipt: Receipt): EventPayloads["ComplaintFiled"] {
  return {
    reference: complaint.reference,
    ownerSub: complaint.ownerSub,
    directorate: complaint.directorate,
    channel: complaint.channel,
    language: complaint.language,
    receivedAt: complaint.receivedAt.toISOString(),
    admissibility: complaint.admissibility,
    inadmissibilityReason: complaint.inadmissibilityReason,
    concernsDecisionWithAppealRoute: receipt.appeal.concernsDecision,
    category: complaint.category,
    complainantKind: complaint.complainant.kind ?? null,
  };
}

/** When a registered complaint was received: the instant given, or the start of the day given, in Brussels. */
function receiptOf(input: Pick<RegisterComplaintInput, "receivedAt" | "receivedOn">): Date {
  if (input.receivedAt && input.receivedOn) throw invalidField(fieldError("receivedOn", "INVALID", {}, msg("registration.receivedTwice")));
  if (input.receivedOn) return startOfBrusselsDay(input.receivedOn);
  if (input.receivedAt) return input.receivedAt;
  throw invalidField(fieldError("receivedAt", "REQUIRED", {}, msg("registration.receivedMissing")));
}

/** A staff note, trimmed (null when blank), within its limit and free of refused characters. */
function checkedNote(note: string | null | undefined): string | null {
  const trimmed = note?.trim() || null;
  if (trimmed && trimmed.length > TEXT_LIMITS.note) throw invalidField(fieldError("note", "TOO_LONG", { max: TEXT_LIMITS.note }));
  checkText("note", trimmed, "multi-line");
  return trimmed;
}

/** A named complainant needs an e-mail or postal address (missingWayToAnswer): a field error on `complainant` otherwise. */
function requireWayToAnswer(complainant: ComplainantInput, message?: Message): void {
  if (missingWayToAnswer(complainant)) throw invalidField(fieldError("complainant", "CONTACT_REQUIRED", {}, message));
}

function normaliseComplainant(input: ComplainantInput | null) {
  const clean = (v: string | null | undefined) => v?.trim() || null;
  const typed = clean(input?.email);
  const email = typed && canonicalEmail(typed);
  if (typed && !email) throw invalidField(fieldError("complainant.email", "INVALID_EMAIL"));
  return {
    kind: input?.kind ?? null,
    name: clean(input?.name),
    organisation: clean(input?.organisation),
    email: email ?? null,
    phone: clean(input?.phone),
    postalAddress: clean(input?.postalAddress),
  } as unknown as Complaint["complainant"];
}
