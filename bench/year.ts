import { addDays } from "../lib/platform/clock";
import { Admissibility, Channel, ComplaintCategory, ComplaintStatus, DirectorateCode, InadmissibilityReason, Language, Outcome } from "../lib/domain/enums";

/** One complaint of the seeded year, with everything each subgraph holds of it. */
export interface SeededComplaint {
  id: string;
  number: number;
  ownerSub: string | null;
  channel: Channel;
  category: ComplaintCategory;
  directorate: DirectorateCode;
  language: Language;
  receivedAt: Date;
  admissibility: Admissibility;
  inadmissibilityReason: InadmissibilityReason | null;
  withdrawnAt: Date | null;
  acknowledgedAt: Date | null;
  answeredAt: Date | null;
  outcome: Outcome | null;
  escalation: { id: string; requestedAt: Date; decidedAt: Date | null; outcome: Outcome | null } | null;
  status: ComplaintStatus;
  timeline: { status: ComplaintStatus; at: Date }[];
}

/** Share of the year's complaints per directorate (the Immigration Office receives most). */
const DIRECTORATE_WEIGHTS: [DirectorateCode, number][] = [
  [DirectorateCode.IMMIGRATION_OFFICE, 0.4],
  [DirectorateCode.INSTITUTIONS_AND_POPULATION, 0.2],
  [DirectorateCode.CIVIL_SECURITY, 0.12],
  [DirectorateCode.SECURITY_AND_PREVENTION, 0.1],
  [DirectorateCode.CRISIS_CENTRE, 0.06],
  [DirectorateCode.CENTRAL_SERVICES, 0.06],
  [DirectorateCode.ICT, 0.06],
];

/** A small deterministic generator (mulberry32), so every run seeds the same year. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const weighted = <T>(items: [T, number][]) => {
    let r = next();
    for (const [item, w] of items) if ((r -= w) < 0) return item;
    return items[items.length - 1][0];
  };
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16)).join("");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
  };
  return { next, pick, weighted, uuid };
}

export const citizenSub = (i: number) => `bench-citizen-${i}`;

/**
 * A year of complaints in receipt order: three in four online (citizens filing
 * one to three each), the rest by post, e-mail or fax; 8% inadmissible, 2%
 * withdrawn; most acknowledged within the week and answered within 30 days;
 * one answered complaint in twenty taken to the Central Complaints Service.
 */
export function generateYear(count: number, year: number, now: Date, seed = 2026): { complaints: SeededComplaint[]; citizens: number } {
  const r = random(seed);
  const start = Date.UTC(year, 0, 1);
  const span = Date.UTC(year + 1, 0, 1) - start;
  const citizens = Math.max(1, Math.round(count * 0.75 * 0.6));
  const receipts = Array.from({ length: count }, () => start + Math.floor(r.next() * span)).sort((a, b) => a - b);
  const seen = (at: Date) => at.getTime() <= now.getTime();
  const complaints = receipts.map((ms, i): SeededComplaint => {
    const receivedAt = new Date(ms);
    const online = r.next() < 0.75;
    const channel = online ? Channel.ONLINE_FORM : r.pick([Channel.POST, Channel.EMAIL, Channel.FAX]);
    const c: SeededComplaint = {
      id: r.uuid(),
      number: i + 1,
      // Citizens in turn, so every one of them has at least one complaint.
      ownerSub: online ? citizenSub(i % citizens) : null,
      channel,
      category: r.pick(Object.values(ComplaintCategory)),
      directorate: r.weighted(DIRECTORATE_WEIGHTS),
      language: r.weighted([
        [Language.NL, 0.58],
        [Language.FR, 0.38],
        [Language.DE, 0.01],
        [Language.EN, 0.03],
      ]),
      receivedAt,
      admissibility: Admissibility.ADMISSIBLE,
      inadmissibilityReason: null,
      withdrawnAt: null,
      acknowledgedAt: null,
      answeredAt: null,
      outcome: null,
      escalation: null,
      status: ComplaintStatus.RECEIVED,
      timeline: [{ status: ComplaintStatus.RECEIVED, at: receivedAt }],
    };
    const step = (status: ComplaintStatus, at: Date) => {
      c.timeline.push({ status, at });
      c.status = status;
    };
    const roll = r.next();
    if (roll < 0.08) {
      c.admissibility = Admissibility.INADMISSIBLE;
      c.inadmissibilityReason = online
        ? r.pick([
            InadmissibilityReason.OUTSIDE_COMPETENCE,
            InadmissibilityReason.DECISION_WITH_APPEAL_ROUTE,
            InadmissibilityReason.ADMINISTRATIVE_OR_JUDICIAL_DISPUTE,
          ])
        : r.pick(Object.values(InadmissibilityReason));
      step(ComplaintStatus.INADMISSIBLE, addDays(receivedAt, 1 + Math.floor(r.next() * 5)));
      return c;
    }
    if (roll < 0.1 && online) {
      c.withdrawnAt = addDays(receivedAt, 1 + Math.floor(r.next() * 10));
      if (seen(c.withdrawnAt)) step(ComplaintStatus.WITHDRAWN, c.withdrawnAt);
      else c.withdrawnAt = null;
      return c;
    }
    const acknowledgedAt = addDays(receivedAt, r.next() < 0.9 ? r.next() * 7 : 7 + r.next() * 10);
    if (!seen(acknowledgedAt)) return c;
    c.acknowledgedAt = acknowledgedAt;
    step(ComplaintStatus.ACKNOWLEDGED, acknowledgedAt);
    const answeredAt = addDays(receivedAt, r.next() < 0.85 ? 8 + r.next() * 22 : 30 + r.next() * 30);
    if (!seen(answeredAt)) return c;
    c.answeredAt = answeredAt;
    c.outcome = r.weighted([
      [Outcome.FOUNDED, 0.3],
      [Outcome.PARTLY_FOUNDED, 0.25],
      [Outcome.UNFOUNDED, 0.4],
      [Outcome.NO_JUDGEMENT, 0.05],
    ]);
    step(ComplaintStatus.ANSWERED, answeredAt);
    if (!online || r.next() >= 0.05) return c;
    const requestedAt = addDays(answeredAt, 1 + r.next() * 20);
    if (!seen(requestedAt)) return c;
    c.escalation = { id: r.uuid(), requestedAt, decidedAt: null, outcome: null };
    step(ComplaintStatus.ESCALATED, requestedAt);
    const decidedAt = addDays(requestedAt, 5 + r.next() * 25);
    if (seen(decidedAt) && r.next() < 0.8) {
      c.escalation.decidedAt = decidedAt;
      c.escalation.outcome = r.pick([Outcome.FOUNDED, Outcome.PARTLY_FOUNDED, Outcome.UNFOUNDED]);
      step(ComplaintStatus.CLOSED, decidedAt);
    }
    return c;
  });
  return { complaints, citizens };
}
