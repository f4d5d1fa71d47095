import { randomUUID } from "node:crypto";
import type { EntityManager } from "typeorm";
import type { Clock } from "../../../lib/platform/clock";
import { DIRECTORATES, addressIn, type DirectorateData } from "../../../lib/domain/directorates.data";
import { DirectorateCode, InadmissibilityReason, type Language, type Outcome } from "../../../lib/domain/enums";
import type { Handler } from "../../../lib/domain/handling";
import type { EventHandlers } from "../../../lib/events/consumer";
import type { DomainEvent } from "../../../lib/events/event-types";
import { ombudsmanIn } from "../../../lib/domain/ombudsman.data";
import { Complaint } from "../complaint.entity";
import { Letter, LetterDelivery, LetterKind } from "./letter.entity";
import type { LetterTemplates, TemplateValues } from "./letter.templates";
import type { LetterRoute } from "../email-confirmation/address-rules";
import type { PrivacySettings } from "../../../lib/config";
import { shortPrivacyNotice } from "../privacy/notice";

/** Decides, in the letter's transaction, whether the address may receive it (EmailConfirmations). */
export interface LetterRoutes {
  routeFor(m: EntityManager, complaint: Complaint): Promise<LetterRoute>;
}

const directorateData = (code: DirectorateCode): DirectorateData => DIRECTORATES.find((d) => d.code === code)!;
/** The Central Complaints Service is reached at the central services' address and number (the seed's contact list). */
const CENTRAL = directorateData(DirectorateCode.CENTRAL_SERVICES);

/**
 * Who a letter names as handling the complaint, with their capacity, address
 * and phone (openness law of 11 April 1994, art. 2, 3°): the person who took
 * the step, by the name in their token (for the delay letter: who acknowledged
 * it), or the capacity alone.
 */
interface HandledBy {
  name: string | null;
  /** The Central Complaints Service; otherwise the coordinator of `directorate` (default: the complaint's). */
  central: boolean;
  directorate?: DirectorateCode;
}

/** The coordinator (or central service member) who took the step; nobody named when the event does not say. */
const actor = (handler: Handler | undefined): HandledBy => ({ name: handler?.name ?? null, central: handler?.role === "central-service" });
const centralService = (handler: Handler | undefined): HandledBy => ({ name: handler?.name ?? null, central: true });
/** A letter no staff member's action caused (filing, withdrawal, a transfer): the coordinator's capacity. */
const COORDINATOR: HandledBy = { name: null, central: false };

/**
 * Writes the letters the procedure promises the complainant, one per event
 * that calls for one, inside the transaction that applies the event (so a
 * redelivered event writes nothing twice). E-mail letters are then sent by
 * the LetterDispatcher; paper letters wait for the directorate to print them.
 * An online complaint's letters are e-mailed only to an address its owner
 * proved (EmailConfirmations); otherwise they go by post or wait. An anonymous complaint has nobody to write to and gets no letter.
 */
export class LetterWriter {
  constructor(
    private readonly templates: LetterTemplates,
    private readonly clock: Clock,
    private readonly routes: LetterRoutes,
    private readonly privacy: PrivacySettings,
  ) {}

  /** For intake's own feed: inadmissibility decided at filing or at screening. */
  readonly ownEvents: EventHandlers = {
    ComplaintFiled: async (m, e) => {
      if (e.payload.concernsDecisionWithAppealRoute) {
        await this.write(m, e, LetterKind.APPEAL_ROUTE, (c) => ({ appealRoute: c.appealRoute }));
        return;
      }
      if (e.payload.inadmissibilityReason === null) return;
      await this.write(m, e, LetterKind.INADMISSIBILITY, (c) => this.inadmissibility(e.payload.inadmissibilityReason!, c, c.appealRoute, null));
    },
    ComplaintScreened: (m, e) => this.screened(m, e, e.payload.inadmissibilityReason, e.payload.note, actor(e.payload.handler)),
    // A corrected screening that keeps the complaint inadmissible gives its new reason; one found admissible goes on to the first line.
    ComplaintRescreened: (m, e) => this.screened(m, e, e.payload.inadmissibilityReason, e.payload.note, centralService(undefined)),
    // Handled from now on by the coordinator of the directorate it went to, reached at that directorate.
    ComplaintTransferred: (m, e) =>
      this.write(m, e, LetterKind.TRANSFER, (c) => ({ answerDueDate: this.dueDateAhead(c, new Date(e.occurredAt)) }), {
        ...COORDINATOR,
        directorate: e.payload.to,
      }),
    ComplaintWithdrawn: (m, e) => this.write(m, e, LetterKind.WITHDRAWAL, () => ({})),
  };

  /** For the directorates' and escalation feeds. */
  readonly peerEvents: EventHandlers = {
    ComplaintAcknowledged: (m, e) =>
      this.write(m, e, LetterKind.ACKNOWLEDGEMENT, (c) => ({ answerDueDate: this.templates.formatDate(c.language, c.answerDueAt) }), actor(e.payload.handler)),
    ComplaintAnswered: (m, e) =>
      this.write(
        m,
        e,
        LetterKind.FIRST_LINE_ANSWER,
        (c) => ({ answer: e.payload.answer, outcome: this.outcome(c, e.payload.outcome), remedy: e.payload.remedy ?? null }),
        actor(e.payload.handler),
      ),
    // Names the coordinator who acknowledged it, when the directorate still handles it.
    ComplaintAnswerOverdue: (m, e) =>
      this.write(
        m,
        e,
        LetterKind.ANSWER_DELAY,
        (c) => ({ answerDueDate: this.templates.formatDate(c.language, new Date(e.payload.answerDueAt)) }),
        actor(e.payload.handler),
      ),
    EscalationRequested: (m, e) =>
      this.write(
        m,
        e,
        LetterKind.ESCALATION_RECEIPT,
        (c) => ({
          requestedDate: this.templates.formatDate(c.language, new Date(e.payload.requestedAt)),
          decisionDueDate: this.templates.formatDate(c.language, new Date(e.payload.dueAt)),
          review: e.payload.review ? "yes" : null,
        }),
        centralService(undefined),
      ),
    EscalationDecided: (m, e) =>
      this.write(
        m,
        e,
        LetterKind.ESCALATION_DECISION,
        (c) => ({ decision: e.payload.decision, outcome: this.outcome(c, e.payload.outcome), remedy: e.payload.remedy ?? null }),
        centralService(e.payload.handler),
      ),
  };

  private async screened(m: EntityManager, e: DomainEvent, reason: InadmissibilityReason | null, note: string | null, by: HandledBy): Promise<void> {
    if (reason === null) return;
    const appealRoute = reason === InadmissibilityReason.DECISION_WITH_APPEAL_ROUTE;
    await this.write(m, e, LetterKind.INADMISSIBILITY, (c) => this.inadmissibility(reason, c, appealRoute ? note : null, appealRoute ? null : note), by);
  }

  /** The answer's due date while it is still ahead at `at`; null once it has passed. */
  private dueDateAhead(c: Complaint, at: Date): string | null {
    return c.answerDueAt.getTime() > at.getTime() ? this.templates.formatDate(c.language, c.answerDueAt) : null;
  }

  /** The handler block of every letter, in the letter's language. */
  private handler(by: HandledBy, language: Language, directorate: DirectorateData): TemplateValues {
    const { capacity } = this.templates.phrasesFor(language);
    const office = by.central ? CENTRAL : directorate;
    return {
      handlerName: by.name,
      handlerCapacity: by.central ? capacity.central : `${capacity.coordinator}, ${directorate.names[language]}`,
      handlerAddress: addressIn(office, language),
      handlerPhone: office.phone,
    };
  }

  private outcome(c: Complaint, outcome: Outcome): string {
    return this.templates.phrasesFor(c.language).outcome[outcome];
  }

  private inadmissibility(reason: InadmissibilityReason, c: Complaint, appealRoute: string | null, note: string | null): TemplateValues {
    return {
      reason: this.templates.phrasesFor(c.language).reason[reason],
      appealRouteApplies: reason === InadmissibilityReason.DECISION_WITH_APPEAL_ROUTE ? "yes" : null,
      appealRoute,
      note,
    };
  }

  private async write(
    m: EntityManager,
    event: DomainEvent,
    kind: LetterKind,
    values: (c: Complaint) => TemplateValues,
    handledBy: HandledBy = COORDINATOR,
  ): Promise<void> {
    const complaint = await m.findOneBy(Complaint, { id: event.complaintId });
    const to = complaint?.complainant;
    // An erased complaint gets no letter, also from an older event that still carries a text (redelivered, or read before the erasure).
    if (!complaint || !to?.name || complaint.personalDataErasedAt) return;
    const { language } = complaint;
    const date = (d: Date) => this.templates.formatDate(language, d);
    const directorate = directorateData(handledBy.directorate ?? complaint.directorate);
    const ombudsman = ombudsmanIn(language);
    const { subject, text } = this.templates.render(kind, language, {
      name: to.name,
      organisation: to.organisation,
      postalAddress: to.postalAddress,
      reference: complaint.reference,
      date: date(new Date(event.occurredAt)),
      receivedDate: date(complaint.receivedAt),
      directorate: directorate.names[language],
      centralAddress: addressIn(CENTRAL, language),
      ombudsmanName: ombudsman.name,
      ombudsmanAddress: ombudsman.address,
      ombudsmanPhone: ombudsman.phone,
      ombudsmanWebsite: ombudsman.website,
      privacyNotice: shortPrivacyNotice(language, this.privacy),
      ...this.handler(handledBy, language, directorate),
      ...values(complaint),
    });
    const now = this.clock.now();
    const route = await this.routes.routeFor(m, complaint);
    const byEmail = route !== "PAPER";
    await m.insert(Letter, {
      id: randomUUID(),
      complaintId: complaint.id,
      eventId: event.id,
      kind,
      language,
      delivery: byEmail ? LetterDelivery.EMAIL : LetterDelivery.PAPER,
      recipient: byEmail ? to.email : null,
      subject,
      text,
      createdAt: now,
      sentAt: null,
      attempts: 0,
      nextAttemptAt: route === "EMAIL" ? now : null,
      claimedUntil: null,
      lastError: null,
      waitingForConfirmation: route === "EMAIL_WHEN_CONFIRMED",
    });
  }
}
