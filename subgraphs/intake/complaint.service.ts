import { randomUUID } from "node:crypto";
import { Brackets, In, type DataSource, type EntityManager, type SelectQueryBuilder } from "typeorm";
import type { Caller } from "../../lib/auth/caller";
import { scopeLookup, scopeQuery } from "../../lib/auth/scope";
import type { Clock } from "../../lib/clock";
import { incrementCounter } from "../../lib/counter";
import { inTransaction } from "../../lib/database";
import {
  Admissibility,
  Channel,
  ComplaintStatus,
  DirectorateCode,
  InadmissibilityReason,
} from "../../lib/enums";
import { badInput, forbidden, notFound } from "../../lib/errors";
import { publish } from "../../lib/events/outbox";
import { decodeCursor, encodeCursor, pageSize } from "../../lib/graphql/pagination";
import { TEXT_LIMITS } from "../../lib/procedure";
import { admissibilityOf, inadmissibleAtReceipt, mayBeScreened, screeningRefusal } from "../../lib/domain/admissibility";
import { acknowledgementDueAt, answerDueAt, overdueSql } from "../../lib/domain/deadlines";
import { mayActForDirectorate } from "../../lib/domain/handling";
import { REGISTERED_CHANNELS, registrationRefusal } from "../../lib/domain/registration";
import { assertTransition, awaitsFirstLineByStatusSql } from "../../lib/domain/transitions";
import type { ComplainantInput } from "./complainant.types";
import { checkText } from "../../lib/text";
import { Complaint } from "./complaint.entity";
import type { ComplaintFilter, ComplaintPage, FileComplaintInput, RegisterComplaintInput } from "./complaint.types";
import { ReferenceCounter } from "./reference-counter.entity";
import { StatusChange } from "./status-change.entity";
import type { EmailConfirmations } from "./email-confirmation/email-confirmation.service";
import { canonicalEmail } from "./email-confirmation/address-rules";

export const formatReference = (year: number, n: number) => `IBZ-${year}-${String(n).padStart(6, "0")}`;

/** The intake side of the procedure: filing, registration, screening, transfer, withdrawal, reads. */
export class ComplaintService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly confirmations: Pick<EmailConfirmations, "onFiled">,
  ) {}

  // ------------------------------------------------------------------ reads

  /** Row scoping in SQL: citizens their own, coordinators their directorate, the central service all. */
  private scoped(caller: Caller): SelectQueryBuilder<Complaint> {
    return scopeQuery(this.dataSource.getRepository(Complaint).createQueryBuilder("c"), "c", caller);
  }

  /** The same scoping for lookups by key, which must not make the database scan the whole scope. */
  private lookup(caller: Caller, where: string, parameters: Record<string, unknown>): SelectQueryBuilder<Complaint> {
    return scopeLookup(this.dataSource.getRepository(Complaint).createQueryBuilder("c").where(where, parameters), "c", caller);
  }

  async findVisibleMany(caller: Caller, ids: readonly string[]): Promise<Map<string, Complaint>> {
    if (ids.length === 0) return new Map();
    const rows = await this.lookup(caller, "c.id IN (:...ids)", { ids: [...new Set(ids)] }).getMany();
    return new Map(rows.map((c) => [c.id, c]));
  }

  /** NOT_FOUND also when the complaint exists outside the caller's scope: existence does not leak. */
  async getVisible(caller: Caller, id: string): Promise<Complaint> {
    const complaint = (await this.findVisibleMany(caller, [id])).get(id);
    if (!complaint) throw notFound(`No complaint ${id}`);
    return complaint;
  }

  async byReference(caller: Caller, reference: string): Promise<Complaint | null> {
    checkText("reference", reference, "single-line");
    return this.lookup(caller, "c.reference = :reference", { reference }).getOne();
  }

  async mine(caller: Caller): Promise<Complaint[]> {
    return this.dataSource.getRepository(Complaint).find({
      where: { ownerSub: caller.sub },
      order: { receivedAt: "DESC", id: "DESC" },
    });
  }

  async list(caller: Caller, filter: ComplaintFilter | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<ComplaintPage> {
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    const now = this.clock.now();
    const qb = this.scoped(caller);
    if (filter?.directorate) qb.andWhere("c.directorate = :fd", { fd: filter.directorate });
    if (filter?.status?.length) qb.andWhere("c.status IN (:...statuses)", { statuses: filter.status });
    if (filter?.receivedFrom) qb.andWhere("c.receivedAt >= :from", { from: filter.receivedFrom });
    if (filter?.receivedTo) qb.andWhere("c.receivedAt < :to", { to: filter.receivedTo });
    for (const step of ["acknowledgement", "answer"] as const) {
      const wanted = step === "acknowledgement" ? filter?.acknowledgementOverdue : filter?.answerOverdue;
      if (wanted == null) continue;
      const overdue = overdueSql("c", step, awaitsFirstLineByStatusSql("c"));
      qb.andWhere(wanted ? overdue : `NOT ${overdue}`, { now });
    }
    const totalCount = await qb.clone().getCount();
    if (cursor) {
      qb.andWhere(
        new Brackets((w) =>
          w.where("c.receivedAt < :at", { at: cursor.at }).orWhere("c.receivedAt = :at AND c.id < :cid", { cid: cursor.id }),
        ),
      );
    }
    const rows = await qb.orderBy("c.receivedAt", "DESC").addOrderBy("c.id", "DESC").take(size + 1).getMany();
    const items = rows.slice(0, size);
    const last = items[items.length - 1];
    return {
      items,
      totalCount,
      nextCursor: rows.length > size && last ? encodeCursor({ at: last.receivedAt, id: last.id }) : null,
    };
  }

  async timelines(ids: readonly string[]): Promise<Map<string, StatusChange[]>> {
    const rows = ids.length
      ? await this.dataSource.getRepository(StatusChange).find({
          where: { complaintId: In([...ids]) },
          order: { at: "ASC", id: "ASC" },
        })
      : [];
    const byComplaint = new Map<string, StatusChange[]>(ids.map((id) => [id, []]));
    for (const row of rows) byComplaint.get(row.complaintId)?.push(row);
    return byComplaint;
  }

  // -------------------------------------------------------------- mutations

  /** A citizen's online complaint. */
  async file(caller: Caller, input: FileComplaintInput): Promise<Complaint> {
    requireWayToAnswer(input.complainant);
    const now = this.clock.now();
    const appealRoute = input.appealRoute?.trim() || null;
    const reason = inadmissibleAtReceipt({ complainantKnown: true, concernsDecisionWithAppealRoute: !!input.concernsDecisionWithAppealRoute });
    return this.create(caller, {
      ownerSub: caller.sub,
      channel: Channel.ONLINE_FORM,
      receivedAt: now,
      complainant: input.complainant,
      category: input.category,
      directorate: input.directorate,
      subject: input.subject,
      description: input.description,
      desiredOutcome: input.desiredOutcome ?? null,
      language: input.language,
      // "Welke klachten worden niet aanvaard? ... klachten over de inhoud van een beslissing als hiervoor
      // een reglementair beroep mogelijk is": answered on the form, so recorded inadmissible at once.
      inadmissible: reason ? { reason, note: appealRouteNote(appealRoute), appealRoute } : null,
    });
  }

  /** Staff typing in a complaint received by post, fax or e-mail. */
  async register(caller: Caller, input: RegisterComplaintInput): Promise<Complaint> {
    if (!REGISTERED_CHANNELS.includes(input.channel)) throw badInput("Online complaints are filed by the citizen, not registered");
    this.assertHandles(caller, input.directorate);
    const now = this.clock.now();
    const late = registrationRefusal(input.receivedAt, now);
    if (late) throw badInput(late);
    const reason = inadmissibleAtReceipt({ complainantKnown: !!input.complainant, concernsDecisionWithAppealRoute: false });
    return this.create(caller, {
      ownerSub: null,
      channel: input.channel,
      receivedAt: input.receivedAt,
      complainant: input.complainant ?? null,
      category: input.category,
      directorate: input.directorate,
      subject: input.subject,
      description: input.description,
      desiredOutcome: input.desiredOutcome ?? null,
      language: input.language,
      // "Welke klachten worden niet aanvaard? anonieme klachten"
      inadmissible: reason ? { reason, note: null, appealRoute: null } : null,
    });
  }

  async screen(caller: Caller, id: string, admissible: boolean, reason: InadmissibilityReason | null | undefined, note: string | null | undefined): Promise<Complaint> {
    const trimmedNote = note?.trim() || null;
    if (trimmedNote && trimmedNote.length > TEXT_LIMITS.note) throw badInput(`note must be at most ${TEXT_LIMITS.note} characters`);
    checkText("note", trimmedNote, "multi-line");
    const incomplete = screeningRefusal(admissible, reason, trimmedNote);
    if (incomplete) throw badInput(incomplete);
    return this.change(caller, id, async (m, complaint, now) => {
      if (!mayBeScreened(complaint.admissibility)) throw badInput("This complaint has already been screened");
      assertTransition("screen", complaint.status);
      complaint.admissibility = admissible ? Admissibility.ADMISSIBLE : Admissibility.INADMISSIBLE;
      complaint.inadmissibilityReason = reason ?? null;
      complaint.admissibilityNote = trimmedNote;
      if (!admissible) await this.moveTo(m, complaint, ComplaintStatus.INADMISSIBLE, now, trimmedNote);
      await publish(m, "ComplaintScreened", complaint.id, {
        admissibility: complaint.admissibility,
        inadmissibilityReason: complaint.inadmissibilityReason,
        note: trimmedNote,
      }, now);
    });
  }

  async transfer(caller: Caller, id: string, to: DirectorateCode, note: string): Promise<Complaint> {
    const trimmed = note.trim();
    if (!trimmed) throw badInput("Say why the complaint is transferred");
    if (trimmed.length > TEXT_LIMITS.note) throw badInput(`note must be at most ${TEXT_LIMITS.note} characters`);
    checkText("note", trimmed, "multi-line");
    return this.change(caller, id, async (m, complaint, now) => {
      if (complaint.directorate === to) throw badInput("The complaint is already with that directorate");
      assertTransition("transfer", complaint.status);
      const from = complaint.directorate;
      complaint.directorate = to;
      await m.insert(StatusChange, { complaintId: complaint.id, status: complaint.status, at: now, note: `Transferred from ${from} to ${to}: ${trimmed}` });
      await publish(m, "ComplaintTransferred", complaint.id, { from, to, note: trimmed }, now);
    });
  }

  async withdraw(caller: Caller, id: string): Promise<Complaint> {
    return this.change(caller, id, async (m, complaint, now) => {
      if (complaint.ownerSub !== caller.sub) throw forbidden("Only the complainant can withdraw a complaint");
      assertTransition("withdraw", complaint.status);
      await this.moveTo(m, complaint, ComplaintStatus.WITHDRAWN, now, null);
      await publish(m, "ComplaintWithdrawn", complaint.id, {}, now);
    });
  }

  // ---------------------------------------------------------------- helpers

  /** Coordinators act only for their own directorate. */
  assertHandles(caller: Caller, directorate: DirectorateCode): void {
    if (!mayActForDirectorate(caller, directorate)) {
      throw forbidden("Coordinators register and handle complaints of their own directorate only");
    }
  }

  private async create(
    caller: Caller,
    data: {
      ownerSub: string | null;
      channel: Channel;
      receivedAt: Date;
      complainant: ComplainantInput | null;
      category: Complaint["category"];
      directorate: DirectorateCode;
      subject: string;
      description: string;
      desiredOutcome: string | null;
      language: Complaint["language"];
      /** `appealRoute`: the route as the complainant named it, for their letter. */
      inadmissible: { reason: InadmissibilityReason; note: string | null; appealRoute: string | null } | null;
    },
  ): Promise<Complaint> {
    const now = this.clock.now();
    const id = randomUUID();
    await inTransaction(this.dataSource, async (m) => {
      const year = now.getUTCFullYear();
      const number = await nextReferenceNumber(m, year);
      const complaint = m.create(Complaint, {
        id,
        reference: formatReference(year, number),
        referenceYear: year,
        referenceNumber: number,
        ownerSub: data.ownerSub,
        complainant: normaliseComplainant(data.complainant),
        channel: data.channel,
        category: data.category,
        directorate: data.directorate,
        subject: data.subject.trim(),
        description: data.description,
        desiredOutcome: data.desiredOutcome?.trim() || null,
        language: data.language,
        receivedAt: data.receivedAt,
        registeredAt: now,
        registeredBy: data.ownerSub ? null : caller.sub,
        admissibility: admissibilityOf(data.inadmissible !== null),
        inadmissibilityReason: data.inadmissible?.reason ?? null,
        admissibilityNote: data.inadmissible?.note ?? null,
        acknowledgementDueAt: acknowledgementDueAt(data.receivedAt),
        answerDueAt: answerDueAt(data.receivedAt),
        status: ComplaintStatus.RECEIVED,
        acknowledgedAt: null,
        answeredAt: null,
      });
      await m.insert(Complaint, complaint);
      await m.insert(StatusChange, { complaintId: id, status: ComplaintStatus.RECEIVED, at: data.receivedAt, note: null });
      // An online complaint's address is proven by the identity, or a code goes to it: before any letter is written.
      await this.confirmations.onFiled(m, caller, complaint);
      if (data.inadmissible) await this.moveTo(m, complaint, ComplaintStatus.INADMISSIBLE, now, data.inadmissible.note);
      await publish(m, "ComplaintFiled", id, {
        reference: complaint.reference,
        ownerSub: complaint.ownerSub,
        directorate: complaint.directorate,
        channel: complaint.channel,
        language: complaint.language,
        receivedAt: complaint.receivedAt.toISOString(),
        admissibility: complaint.admissibility,
        inadmissibilityReason: complaint.inadmissibilityReason,
        appealRoute: data.inadmissible?.appealRoute ?? null,
      }, now);
    });
    return this.dataSource.getRepository(Complaint).findOneByOrFail({ id });
  }

  /** Loads a complaint in the caller's scope, lets `apply` change it, saves, all in one transaction. */
  private async change(
    caller: Caller,
    id: string,
    apply: (m: EntityManager, complaint: Complaint, now: Date) => Promise<void>,
  ): Promise<Complaint> {
    await this.getVisible(caller, id);
    const now = this.clock.now();
    await inTransaction(this.dataSource, async (m) => {
      // Write-locked on MySQL, so two simultaneous requests (a double click) check and change it one after the
      // other; SQLite's transactions already run one at a time (and TypeORM refuses the lock there).
      const lock = m.connection.options.type === "better-sqlite3" ? undefined : ({ mode: "pessimistic_write" } as const);
      const complaint = await m.findOneOrFail(Complaint, { where: { id }, lock });
      await apply(m, complaint, now);
      await m.save(Complaint, complaint);
    });
    return this.dataSource.getRepository(Complaint).findOneByOrFail({ id });
  }

  private async moveTo(m: EntityManager, complaint: Complaint, status: ComplaintStatus, at: Date, note: string | null): Promise<void> {
    complaint.status = status;
    await m.update(Complaint, { id: complaint.id }, { status });
    await m.insert(StatusChange, { complaintId: complaint.id, status, at, note });
  }
}

/** "Anonieme klachten" are not accepted online: a name and a way to answer are needed. */
function requireWayToAnswer(complainant: ComplainantInput): void {
  if (!complainant.email?.trim() && !complainant.postalAddress?.trim()) {
    throw badInput("Give an e-mail address or a postal address so that we can answer you");
  }
}

function normaliseComplainant(input: ComplainantInput | null) {
  const clean = (v: string | null | undefined) => v?.trim() || null;
  const typed = clean(input?.email);
  const email = typed && canonicalEmail(typed);
  if (typed && !email) throw badInput("email must be an e-mail address");
  return {
    kind: input?.kind ?? null,
    name: clean(input?.name),
    organisation: clean(input?.organisation),
    email: email ?? null,
    phone: clean(input?.phone),
    postalAddress: clean(input?.postalAddress),
  } as unknown as Complaint["complainant"];
}

export function appealRouteNote(route: string | null): string {
  const named = route ? ` The decision names this route: ${route}` : "";
  return (
    "The FOD cannot treat a complaint about the content of a decision against which an appeal is possible. " +
    "Use the appeal route stated on the decision: an appeal to the Raad van State / Conseil d'État or the specific appeal procedure." +
    named
  );
}

/**
 * Next number of the year. The upsert takes the counter row's lock until the
 * surrounding transaction ends, so concurrent filings queue and the numbers
 * stay consecutive; a rolled-back filing gives its number back.
 */
function nextReferenceNumber(m: EntityManager, year: number): Promise<number> {
  return incrementCounter(m, ReferenceCounter, { year }, "lastNumber");
}
