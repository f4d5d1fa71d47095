import { randomUUID } from "node:crypto";
import type { EntityManager } from "typeorm";
import type { Clock } from "../../../lib/platform/clock";
import { DIRECTORATES } from "../../../lib/domain/directorates.data";
import { DirectorateCode, InadmissibilityReason, type Outcome } from "../../../lib/domain/enums";
import type { EventHandlers } from "../../../lib/events/consumer";
import type { DomainEvent } from "../../../lib/events/event-types";
import { FEDERAL_OMBUDSMAN } from "../../../lib/domain/ombudsman.data";
import { Complaint } from "../complaint.entity";
import { Letter, LetterDelivery, LetterKind } from "./letter.entity";
import type { LetterTemplates, TemplateValues } from "./letter.templates";
import type { LetterRoute } from "../email-confirmation/address-rules";

/** Decides, in the letter's transaction, whether the address may receive it (EmailConfirmations). */
export interface LetterRoutes {
  routeFor(m: EntityManager, complaint: Complaint): Promise<LetterRoute>;
}

const CENTRAL = DIRECTORATES.find((d) => d.code === DirectorateCode.CENTRAL_SERVICES)!;

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
  ) {}

  /** For intake's own feed: inadmissibility decided at filing or at screening. */
  readonly ownEvents: EventHandlers = {
    ComplaintFiled: async (m, e) => {
      if (e.payload.concernsDecisionWithAppealRoute) {
        await this.write(m, e, LetterKind.APPEAL_ROUTE, (c) => ({ appealRoute: c.appealRoute }));
        return;
      }
      if (e.payload.inadmissibilityReason === null) return;
      await this.write(m, e, LetterKind.INADMISSIBILITY, (c) => this.inadmissibility(e.payload.inadmissibilityReason!, c, e.payload.appealRoute ?? null, null));
    },
    ComplaintScreened: async (m, e) => {
      const { inadmissibilityReason: reason, note } = e.payload;
      if (reason === null) return;
      const appealRoute = reason === InadmissibilityReason.DECISION_WITH_APPEAL_ROUTE;
      await this.write(m, e, LetterKind.INADMISSIBILITY, (c) => this.inadmissibility(reason, c, appealRoute ? note : null, appealRoute ? null : note));
    },
  };

  /** For the directorates' and escalation feeds. */
  readonly peerEvents: EventHandlers = {
    ComplaintAcknowledged: (m, e) =>
      this.write(m, e, LetterKind.ACKNOWLEDGEMENT, (c) => ({ answerDueDate: this.templates.formatDate(c.language, c.answerDueAt) })),
    ComplaintAnswered: (m, e) =>
      this.write(m, e, LetterKind.FIRST_LINE_ANSWER, (c) => ({ answer: e.payload.answer, outcome: this.outcome(c, e.payload.outcome) })),
    EscalationDecided: (m, e) =>
      this.write(m, e, LetterKind.ESCALATION_DECISION, (c) => ({ decision: e.payload.decision, outcome: this.outcome(c, e.payload.outcome) })),
  };

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

  private async write(m: EntityManager, event: DomainEvent, kind: LetterKind, values: (c: Complaint) => TemplateValues): Promise<void> {
    const complaint = await m.findOneBy(Complaint, { id: event.complaintId });
    const to = complaint?.complainant;
    if (!complaint || !to?.name) return;
    const { language } = complaint;
    const date = (d: Date) => this.templates.formatDate(language, d);
    const { subject, text } = this.templates.render(kind, language, {
      name: to.name,
      organisation: to.organisation,
      postalAddress: to.postalAddress,
      reference: complaint.reference,
      date: date(new Date(event.occurredAt)),
      receivedDate: date(complaint.receivedAt),
      directorate: DIRECTORATES.find((d) => d.code === complaint.directorate)!.names[language],
      centralAddress: CENTRAL.address,
      ombudsmanAddress: FEDERAL_OMBUDSMAN.address,
      ombudsmanPhone: FEDERAL_OMBUDSMAN.phone,
      ombudsmanWebsite: FEDERAL_OMBUDSMAN.website,
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
