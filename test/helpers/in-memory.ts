import type { DataSource } from "typeorm";
import { loadConfig } from "../../lib/config";
import { inTransaction, openDatabase, type DatabaseOptions } from "../../lib/platform/database";
import type { EventHandlers } from "../../lib/events/consumer";
import { readFeed } from "../../lib/events/outbox";
import { SettableClock } from "../../lib/platform/clock";
import { LEGAL_CALENDAR } from "../../lib/domain/brussels-calendar";
import { directoratesDatabase } from "../../subgraphs/directorates/database";
import { fromIntake as directoratesFromIntake } from "../../subgraphs/directorates/events";
import { FirstLineService } from "../../subgraphs/directorates/first-line.service";
import { escalationDatabase } from "../../subgraphs/escalation/database";
import { EscalationService } from "../../subgraphs/escalation/escalation.service";
import { fromDirectorates, fromIntake } from "../../subgraphs/escalation/events";
import { ReportService } from "../../subgraphs/escalation/report.service";
import { ComplaintQueries } from "../../subgraphs/intake/complaint.queries";
import { ComplaintService } from "../../subgraphs/intake/complaint.service";
import { intakeDatabase } from "../../subgraphs/intake/database";
import { fromDirectorates as intakeFromDirectorates, fromEscalation as intakeFromEscalation } from "../../subgraphs/intake/events";
import type { FileComplaintInput } from "../../subgraphs/intake/complaint.types";
import { EmailConfirmations } from "../../subgraphs/intake/email-confirmation/email-confirmation.service";
import { LetterTemplates } from "../../subgraphs/intake/letters/letter.templates";
import { fileInput } from "./callers";
import type { Caller } from "../../lib/auth/caller";
import type { ReleaseRequest } from "../../lib/events/release";
import { releasedEvent } from "../../subgraphs/intake/transfer";
import { hooked } from "./hooked";

/** Service tests exercise the procedure, not the daily quotas (test/quotas.test.ts does). */
const UNLIMITED = 1_000_000;

/** The procedure's settings as configured by default. */
const PROCEDURE = loadConfig({}).procedure;

/** A subgraph's database in memory (SQLite), with the schema the subgraph opens with. */
export const inMemoryDatabase = (options: DatabaseOptions): Promise<DataSource> => openDatabase({ kind: "sqlite", file: ":memory:" }, options);

/**
 * Carries one subgraph's outbox to another's handlers, each event in its own
 * transaction and in order, as the event consumer does (its inbox, cursor and
 * retries are tested with the stack).
 */
export function relay(from: DataSource, to: DataSource, handlers: EventHandlers) {
  let after = 0;
  return async (): Promise<number> => {
    const events = await readFeed(from, after, 10_000);
    for (const event of events) {
      const handle = handlers[event.type] as ((...args: unknown[]) => Promise<void>) | undefined;
      if (handle) await inTransaction(to, (m) => handle(m, event));
      after = event.seq;
    }
    return events.length;
  };
}

/**
 * The three subgraphs' services on in-memory databases sharing one settable
 * clock, without servers: the services are called directly and `settle()`
 * carries every outbox to the subgraphs that consume it, as the stack does.
 */
export async function servicesInMemory(start: string) {
  const clock = new SettableClock(start);
  const intakeDs = await inMemoryDatabase(intakeDatabase);
  const directoratesDs = await inMemoryDatabase(directoratesDatabase);
  const escalationDs = await inMemoryDatabase(escalationDatabase);
  const all = [intakeDs, directoratesDs, escalationDs];
  const relays = () => [
    relay(intakeDs, directoratesDs, directoratesFromIntake),
    relay(intakeDs, escalationDs, fromIntake),
    relay(directoratesDs, escalationDs, fromDirectorates),
    relay(directoratesDs, intakeDs, intakeFromDirectorates),
    relay(escalationDs, intakeDs, intakeFromEscalation),
  ];
  const complaintQueries = new ComplaintQueries(intakeDs, clock);
  let carriers = relays();
  const firstLine = new FirstLineService(directoratesDs, clock, PROCEDURE, LEGAL_CALENDAR);
  // As the directorates' release endpoint: caught up with intake's events, then the first line decides.
  const release = {
    release: async (caller: Caller, r: ReleaseRequest) => {
      await carriers[0]();
      return releasedEvent(await firstLine.release(caller, r.complaintId, r.to, r.note));
    },
  };
  return {
    clock,
    dataSources: { intake: intakeDs, directorates: directoratesDs, escalation: escalationDs },
    complaints: new ComplaintService(
      intakeDs,
      clock,
      new EmailConfirmations(intakeDs, clock, LetterTemplates.load()),
      complaintQueries,
      UNLIMITED,
      LEGAL_CALENDAR,
      release,
    ),
    complaintQueries,
    firstLine,
    escalations: new EscalationService(escalationDs, clock, UNLIMITED, PROCEDURE, LEGAL_CALENDAR),
    reports: new ReportService(escalationDs, clock, LEGAL_CALENDAR),
    /** Applies every pending event, in rounds until none is left. */
    async settle(): Promise<void> {
      let applied: number;
      do {
        applied = 0;
        for (const carry of carriers) applied += await carry();
      } while (applied > 0);
    },
    /** Empties every table and sets the clock back to `start`: as new, at a fraction of the cost of opening the databases. */
    async reset(): Promise<void> {
      for (const ds of all) for (const meta of ds.entityMetadatas) await ds.query(`DELETE FROM "${meta.tableName}"`);
      carriers = relays();
      clock.set(start);
    },
    async close(): Promise<void> {
      for (const ds of all) await ds.destroy();
    },
  };
}

export type ServicesInMemory = Awaited<ReturnType<typeof servicesInMemory>>;

/** The services of a suite, emptied and their clock at `start` before every test; the value returned stands for them. */
export function useServicesInMemory(start: string): ServicesInMemory {
  let current: ServicesInMemory | undefined;
  beforeAll(async () => {
    current = await servicesInMemory(start);
  });
  beforeEach(() => current?.reset());
  afterAll(async () => {
    await current?.close();
  });
  return hooked("beforeAll", () => current);
}

/** The online form's input as a service receives it (the stack tests send the same through the gateway). */
export const form = (overrides: Record<string, unknown> = {}) => fileInput(overrides) as unknown as FileComplaintInput;

/** What a service's refusal must match: the GraphQL error code, and the message when given. */
export const refusal = (code: string, message?: RegExp) => ({ extensions: { code }, ...(message ? { message: expect.stringMatching(message) } : {}) });
