import type { EntityManager } from "typeorm";
import { isDuplicateKeyError } from "../../lib/platform/database";
import { ReferenceCounter } from "./reference-counter.entity";

export const formatReference = (year: number, n: number) => `IBZ-${year}-${String(n).padStart(6, "0")}`;

/** The next reference of the year of `at`, with its parts as the complaint stores them. */
export async function nextReference(m: EntityManager, at: Date): Promise<{ reference: string; referenceYear: number; referenceNumber: number }> {
  const year = at.getUTCFullYear();
  const number = await nextReferenceNumber(m, year);
  return { reference: formatReference(year, number), referenceYear: year, referenceNumber: number };
}

/**
 * Next number of the year. The UPDATE takes the counter row's lock until the
 * surrounding transaction ends, so concurrent filings queue and the numbers
 * stay consecutive; a rolled-back filing gives its number back.
 */
async function nextReferenceNumber(m: EntityManager, year: number): Promise<number> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const updated = await m
      .createQueryBuilder()
      .update(ReferenceCounter)
      .set({ lastNumber: () => "lastNumber + 1" })
      .where("year = :year", { year })
      .execute();
    if (updated.affected) {
      const row = await m.findOneByOrFail(ReferenceCounter, { year });
      return row.lastNumber;
    }
    try {
      await m.insert(ReferenceCounter, { year, lastNumber: 1 });
      return 1;
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err;
    }
  }
  throw new Error("could not allocate a reference number");
}
