import type { EntityManager } from "typeorm";
import { incrementCounter } from "../../lib/platform/counter";
import { brusselsYear } from "../../lib/domain/brussels-calendar";
import { ReferenceCounter } from "./reference-counter.entity";

export const formatReference = (year: number, n: number) => `IBZ-${year}-${String(n).padStart(6, "0")}`;

/** The next reference of the year of `at` in Brussels, with its parts as the complaint stores them. */
export async function nextReference(m: EntityManager, at: Date): Promise<{ reference: string; referenceYear: number; referenceNumber: number }> {
  const year = brusselsYear(at);
  const number = await nextReferenceNumber(m, year);
  return { reference: formatReference(year, number), referenceYear: year, referenceNumber: number };
}

/**
 * Next number of the year. The upsert takes the counter row's lock until the
 * surrounding transaction ends, so concurrent filings queue and the numbers
 * stay consecutive; a rolled-back filing gives its number back.
 */
function nextReferenceNumber(m: EntityManager, year: number): Promise<number> {
  return incrementCounter(m, ReferenceCounter, { year }, "lastNumber");
}
