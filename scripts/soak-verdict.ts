import type { ComplaintCount, FeedCount } from "./soak-checks";
import type { LetterCount } from "./soak-letters";
import { RETRYABLE, failureOf, type Outcome } from "./soak-outcomes";
import { quotaFailures, type QuotaFigures } from "./soak-quotas";

/** One SIGKILL and restart; `window` (epoch ms): from the kill until the restarted process is back plus a grace, where failures are expected. */
export interface Kill {
  service: string;
  label: string;
  killedAt: number;
  backAt: number;
  window: [number, number];
}

export interface SoakObservations {
  replicas: number;
  startedAt: number;
  outcomes: Outcome[];
  kills: Kill[];
  /** Victims the run meant to kill (one per service with replicas, directorates without). */
  victims: number;
  acknowledged: number;
  complaints: ComplaintCount;
  contradictions: Record<string, { complaints: number; examples: string[] }>;
  feeds: FeedCount[];
  letters: LetterCount;
  quotas: { filings: QuotaFigures; escalations: QuotaFigures };
  exitCodes: (number | null)[];
  proxies: Record<string, unknown>;
}

/** What the run saw, as printed at the end of `npm run soak`. */
export function soakReport(o: SoakObservations) {
  const inWindow = (at: number) => o.kills.some((k) => at >= k.window[0] && at <= k.window[1]);
  const failed = o.outcomes.map((x) => ({ at: x.at, code: failureOf(x) })).filter((x): x is { at: number; code: string } => x.code !== null);
  const seconds = (ms: number) => Math.round(ms / 100) / 10;
  return {
    replicas: o.replicas,
    requests: o.outcomes.length,
    byStatus: count(o.outcomes.map((x) => String(x.status))),
    errorCodes: count(o.outcomes.flatMap((x) => x.codes)),
    kills: o.kills.map((k) => ({
      service: k.service,
      process: k.label,
      killedAtS: seconds(k.killedAt - o.startedAt),
      backAfterS: seconds(k.backAt - k.killedAt),
    })),
    failedInKillWindows: count(failed.filter((x) => inWindow(x.at)).map((x) => x.code)),
    notRetryableInKillWindows: failed.filter((x) => inWindow(x.at) && !RETRYABLE.has(x.code)).length,
    failedOutsideKillWindows: count(failed.filter((x) => !inWindow(x.at)).map((x) => x.code)),
    filingsWithoutAnswer: o.outcomes.filter((x) => x.op === "fileComplaint" && failureOf(x) !== null).length,
    complaints: o.complaints,
    contradictions: o.contradictions,
    feeds: o.feeds,
    letters: o.letters,
    quotas: o.quotas,
    proxies: o.proxies,
    exitCodes: o.exitCodes,
  };
}

/** The checks of the soak: each failed one as a sentence; none means the run passed. */
export function soakFailures(o: SoakObservations): string[] {
  const r = soakReport(o);
  const { complaints, feeds, letters } = o;
  const outside = Object.entries(r.failedOutsideKillWindows);
  return [
    o.kills.length !== o.victims && `${o.kills.length} of ${o.victims} kills and restarts done`,
    // Stricter than "only retryable codes outside the windows": there, nothing fails at all.
    outside.length > 0 && `requests failed outside the kill windows: ${outside.map(([code, n]) => `${n} ${code}`).join(", ")}`,
    complaints.acknowledgedMissing > 0 && "acknowledged complaints missing",
    complaints.notAcknowledged > r.filingsWithoutAnswer && "complaints stored but never acknowledged (more than the filings whose answer was lost)",
    complaints.duplicateReferences > 0 && "duplicate references",
    complaints.referenceGaps > 0 && "gaps in the references",
    complaints.malformedReferences > 0 && "malformed references",
    complaints.directoratesCopies !== complaints.inDatabase && "directorates does not know every complaint",
    complaints.escalationCopies !== complaints.inDatabase && "escalation does not know every complaint",
    Object.keys(o.contradictions).length > 0 && `complaints in a contradictory state: ${Object.keys(o.contradictions).join("; ")}`,
    feeds.some((f) => f.duplicates > 0 || f.missing > 0 || f.applied !== f.produced) && "an event not applied exactly once",
    o.acknowledged === 0 && "no complaint was filed",
    letters.unsent > 0 && "e-mail letters left unsent",
    letters.notDelivered > 0 && "e-mail letters marked sent that the mail server never received",
    letters.duplicatedOutsideInFlight.length > 0 &&
      `e-mail letters received twice that were not in flight at a kill: ${letters.duplicatedOutsideInFlight.join(", ")}`,
    letters.letters === 0 && "no letter was written",
    o.quotas.filings.atQuota === 0 && "no citizen reached the filing quota",
    ...quotaFailures("filings", o.quotas.filings),
    ...quotaFailures("escalation requests", o.quotas.escalations),
    o.exitCodes.some((c) => c !== 0) && "a process did not stop cleanly",
  ].filter((f): f is string => typeof f === "string");
}

function count(values: string[]): Record<string, number> {
  const result: Record<string, number> = {};
  for (const v of values) result[v] = (result[v] ?? 0) + 1;
  return result;
}
