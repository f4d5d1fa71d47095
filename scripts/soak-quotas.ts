import type { DataSource } from "typeorm";
import { failureOf, type Outcome } from "./soak-outcomes";

/** How one quota'd action went, per citizen (`sub`). */
export interface QuotaFigures {
  perDay: number;
  citizens: number;
  /** Citizens who reached the quota exactly, and answers RATE_LIMITED. */
  atQuota: number;
  refused: number;
  /** Failures: over the quota, refused below it, the counter not equal to what is stored. */
  over: string[];
  refusedBelowQuota: string[];
  counterMismatch: string[];
  /** The citizens who asked for more than the quota at once. */
  bursts: { sub: string; attempts: number; stored: number; ok: number; rateLimited: number; unanswered: number; exact: boolean }[];
}

type Counts = Map<string, number>;

/** Per citizen: the rows the action stored and the quota counter's total (citizen_quota), in the database that owns the action. */
export async function quotaCounts(db: DataSource, action: string, storedSql: string): Promise<{ stored: Counts; counters: Counts }> {
  const counts = async (sql: string, params: unknown[] = []) =>
    new Map((await db.query<{ sub: string; n: number | string }[]>(sql, params)).map((r) => [r.sub, Number(r.n)]));
  return { stored: await counts(storedSql), counters: await counts("SELECT sub, SUM(used) AS n FROM citizen_quota WHERE action = ? GROUP BY sub", [action]) };
}

export const FILINGS_SQL = "SELECT ownerSub AS sub, COUNT(*) AS n FROM complaint WHERE ownerSub IS NOT NULL AND registeredBy IS NULL GROUP BY ownerSub";
export const ESCALATIONS_SQL = "SELECT ownerSub AS sub, COUNT(*) AS n FROM escalation WHERE ownerSub IS NOT NULL AND recordedBy IS NULL GROUP BY ownerSub";

/** The quota against what each citizen stored and was told (`op`'s outcomes): never over, refused only when full, counted exactly. */
export function quotaFigures(
  perDay: number,
  counts: { stored: Counts; counters: Counts },
  outcomes: readonly Outcome[],
  op: string,
  burstSubs: readonly string[],
): QuotaFigures {
  const mine = outcomes.filter((o) => o.op === op);
  const answers = (sub: string) => mine.filter((o) => o.sub === sub);
  const refusedSubs = new Set(mine.filter((o) => o.codes.includes("RATE_LIMITED")).map((o) => o.sub));
  const subs = new Set([...counts.stored.keys(), ...counts.counters.keys(), ...refusedSubs]);
  const stored = (sub: string) => counts.stored.get(sub) ?? 0;
  return {
    perDay,
    citizens: subs.size,
    atQuota: [...subs].filter((sub) => stored(sub) === perDay).length,
    refused: mine.filter((o) => o.codes.includes("RATE_LIMITED")).length,
    over: [...subs].filter((sub) => stored(sub) > perDay),
    refusedBelowQuota: [...refusedSubs].filter((sub) => stored(sub) < perDay),
    counterMismatch: [...subs].filter((sub) => (counts.counters.get(sub) ?? 0) !== stored(sub)),
    bursts: burstSubs.map((sub) => {
      const all = answers(sub);
      const ok = all.filter((o) => o.status === 200 && o.codes.length === 0).length;
      const rateLimited = all.filter((o) => o.codes.includes("RATE_LIMITED")).length;
      const unanswered = all.filter((o) => failureOf(o) !== null).length;
      // Every attempt beyond the quota refused; only an answer lost at a kill leaves it open which way it went.
      const exact = stored(sub) === perDay && ok + rateLimited + unanswered === all.length && ok <= perDay && rateLimited >= all.length - perDay - unanswered;
      return { sub, attempts: all.length, stored: stored(sub), ok, rateLimited, unanswered, exact };
    }),
  };
}

/** The quota's failed checks as sentences. */
export function quotaFailures(name: string, q: QuotaFigures): string[] {
  return [
    q.over.length > 0 && `${name}: over the quota for ${q.over.join(", ")}`,
    q.refusedBelowQuota.length > 0 && `${name}: RATE_LIMITED below the quota for ${q.refusedBelowQuota.join(", ")}`,
    q.counterMismatch.length > 0 && `${name}: quota counter differs from what is stored for ${q.counterMismatch.join(", ")}`,
    ...q.bursts
      .filter((b) => !b.exact)
      .map((b) => `${name}: ${b.sub} asked ${b.attempts} times at once, ${b.stored} stored (quota ${q.perDay}), ${b.rateLimited} RATE_LIMITED`),
  ].filter((f): f is string => typeof f === "string");
}
