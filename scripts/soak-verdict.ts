import type { ComplaintCount, FeedCount, LetterCount } from "./soak-checks";

export interface Outcome {
  at: number;
  status: number;
  codes: string[];
}

export interface SoakObservations {
  outcomes: Outcome[];
  transportFailures: number[];
  /** From the kill to the restart plus a grace period, epoch ms. */
  killWindow: [number, number];
  acknowledged: number;
  complaints: ComplaintCount;
  feeds: FeedCount[];
  letters: LetterCount;
  exitCodes: (number | null)[];
}

/** What the run saw, as printed at the end of `npm run soak`. */
export function soakReport(o: SoakObservations) {
  const inWindow = (at: number) => at >= o.killWindow[0] && at <= o.killWindow[1];
  const fiveXX = o.outcomes.filter((x) => x.status >= 500);
  return {
    requests: o.outcomes.length + o.transportFailures.length,
    byStatus: count(o.outcomes.map((x) => String(x.status))),
    errorCodes: count(o.outcomes.flatMap((x) => x.codes)),
    fiveXXInKillWindow: fiveXX.filter((x) => inWindow(x.at)).length,
    fiveXXOutsideKillWindow: fiveXX.filter((x) => !inWindow(x.at)).length,
    transportFailuresOutsideKillWindow: o.transportFailures.filter((at) => !inWindow(at)).length,
    serviceUnavailableOutsideKillWindow: o.outcomes.filter((x) => !inWindow(x.at) && x.codes.includes("SERVICE_UNAVAILABLE")).length,
    complaints: o.complaints,
    feeds: o.feeds,
    letters: o.letters,
    exitCodes: o.exitCodes,
  };
}

/** The checks of the soak: each failed one as a sentence; none means the run passed. */
export function soakFailures(o: SoakObservations): string[] {
  const r = soakReport(o);
  const { complaints, feeds, letters } = o;
  return [
    r.fiveXXOutsideKillWindow > 0 && "5xx outside the kill window",
    r.transportFailuresOutsideKillWindow > 0 && "requests without an answer outside the kill window",
    r.serviceUnavailableOutsideKillWindow > 0 && "SERVICE_UNAVAILABLE outside the kill window (no recovery)",
    complaints.acknowledgedMissing > 0 && "acknowledged complaints missing",
    complaints.notAcknowledged > 0 && "complaints stored but never acknowledged",
    complaints.duplicateReferences > 0 && "duplicate references",
    complaints.directoratesCopies !== complaints.inDatabase && "directorates does not know every complaint",
    complaints.escalationCopies !== complaints.inDatabase && "escalation does not know every complaint",
    feeds.some((f) => f.duplicates > 0 || f.missing > 0 || f.applied !== f.produced) && "an event not applied exactly once",
    o.acknowledged === 0 && "no complaint was filed",
    letters.unsent > 0 && "e-mail letters left unsent",
    letters.emlFiles !== letters.byEmail && "not exactly one e-mail per e-mail letter",
    letters.letters === 0 && "no letter was written",
    o.exitCodes.some((c) => c !== 0) && "a process did not stop cleanly",
  ].filter((f): f is string => typeof f === "string");
}

function count(values: string[]): Record<string, number> {
  const result: Record<string, number> = {};
  for (const v of values) result[v] = (result[v] ?? 0) + 1;
  return result;
}
