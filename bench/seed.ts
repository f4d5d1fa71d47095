import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import type { SubgraphName } from "../lib/config";
import { inTransaction } from "../lib/platform/database";
import { Admissibility, ComplainantKind, EscalationStatus } from "../lib/domain/enums";
import { acknowledgementDueAt, answerDueAt, escalationDueAt } from "../lib/domain/deadlines";
import { LEGAL_CALENDAR } from "../lib/domain/brussels-calendar";
import { ComplaintCase } from "../subgraphs/directorates/complaint-case.entity";
import { ComplaintFact } from "../subgraphs/escalation/complaint-fact.entity";
import { Escalation } from "../subgraphs/escalation/escalation.entity";
import { Complaint } from "../subgraphs/intake/complaint.entity";
import { formatReference } from "../subgraphs/intake/reference-number";
import { ReferenceCounter } from "../subgraphs/intake/reference-counter.entity";
import { StatusChange } from "../subgraphs/intake/status-change.entity";
import type { SeededComplaint } from "./year";
import { rebuildCounters } from "../subgraphs/escalation/report.counters";

const CHUNK = 400;

async function insertAll<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>, rows: T[]): Promise<void> {
  await inTransaction(dataSource, async (m) => {
    for (let i = 0; i < rows.length; i += CHUNK) await m.insert(entity, rows.slice(i, i + CHUNK));
  });
}

const coordinatorOf = (c: SeededComplaint) => `bench-coordinator-${c.directorate}`;

/**
 * Writes a generated year into the three subgraphs' databases: intake's rows as
 * its service writes them, and in the other two the rows their event handlers
 * would have built from intake's and the directorates' events (plus their own
 * handling), so the three agree as after a settled event flow. No outbox rows:
 * the feeds start empty and the consumers have nothing to catch up.
 */
export async function seedYear(dataSources: Record<SubgraphName, DataSource>, complaints: SeededComplaint[], year: number): Promise<void> {
  const reference = (c: SeededComplaint) => formatReference(year, c.number);
  await insertAll(
    dataSources.intake,
    Complaint,
    complaints.map(
      (c) =>
        ({
          id: c.id,
          reference: reference(c),
          referenceYear: year,
          referenceNumber: c.number,
          ownerSub: c.ownerSub,
          complainant: {
            kind: "PERSON",
            name: `Complainant ${c.number}`,
            organisation: null,
            email: c.ownerSub ? `complainant${c.number}@example.be` : null,
            phone: null,
            postalAddress: c.ownerSub ? null : `Wetstraat ${c.number % 200}, 1000 Brussel`,
          },
          channel: c.channel,
          category: c.category,
          directorate: c.directorate,
          subject: `Complaint ${c.number} about ${c.category.toLowerCase().replace(/_/g, " ")}`,
          description: "I wrote several times about my file and did not get the help I expected. ".repeat(4).trim(),
          desiredOutcome: c.number % 3 ? "An answer to my file" : null,
          language: c.language,
          receivedAt: c.receivedAt,
          registeredAt: c.receivedAt,
          registeredBy: c.ownerSub ? null : coordinatorOf(c),
          admissibility: c.admissibility,
          inadmissibilityReason: c.inadmissibilityReason,
          admissibilityNote: c.inadmissibilityReason ? "Outside what the complaint procedure can handle" : null,
          acknowledgementDueAt: acknowledgementDueAt(c.receivedAt, LEGAL_CALENDAR),
          answerDueAt: answerDueAt(c.receivedAt, LEGAL_CALENDAR),
          status: c.status,
          acknowledgedAt: c.acknowledgedAt,
          answeredAt: c.answeredAt,
        }) as Complaint,
    ),
  );
  await insertAll(
    dataSources.intake,
    StatusChange,
    complaints.flatMap((c) => c.timeline.map((t) => ({ complaintId: c.id, status: t.status, at: t.at, note: null }) as StatusChange)),
  );
  await insertAll(dataSources.intake, ReferenceCounter, [{ year, lastNumber: complaints.length }]);

  await insertAll(
    dataSources.directorates,
    ComplaintCase,
    complaints.map((c) => ({
      complaintId: c.id,
      reference: reference(c),
      ownerSub: c.ownerSub,
      directorate: c.directorate,
      receivedAt: c.receivedAt,
      admissibility: c.admissibility,
      withdrawn: c.withdrawnAt !== null,
      acknowledgedAt: c.acknowledgedAt,
      acknowledgedBy: c.acknowledgedAt ? coordinatorOf(c) : null,
      answeredAt: c.answeredAt,
      answeredBy: c.answeredAt ? coordinatorOf(c) : null,
      answer: c.answeredAt ? "We reviewed your file and answered each of your questions in the attached letter." : null,
      outcome: c.outcome,
    })),
  );

  await insertAll(
    dataSources.escalation,
    ComplaintFact,
    complaints.map((c) => ({
      complaintId: c.id,
      ownerSub: c.ownerSub,
      directorate: c.directorate,
      receivedAt: c.receivedAt,
      admissibility: c.admissibility,
      inadmissibilityReason: c.inadmissibilityReason,
      withdrawn: c.withdrawnAt !== null,
      withdrawnAt: c.withdrawnAt,
      acknowledgedAt: c.acknowledgedAt,
      acknowledgementPostedAt: null,
      answeredAt: c.answeredAt,
      outcome: c.outcome,
      category: c.category,
      channel: c.channel,
      language: c.language,
      complainantKind: ComplainantKind.PERSON,
      // The bench's year screens on the day of receipt.
      inadmissibleSince: c.admissibility === Admissibility.INADMISSIBLE ? c.receivedAt : null,
      personalDataErasedAt: null,
    })),
  );
  await insertAll(
    dataSources.escalation,
    Escalation,
    complaints.flatMap((c) => {
      const e = c.escalation;
      if (!e || !c.ownerSub) return [];
      return [
        {
          id: e.id,
          complaintId: c.id,
          ownerSub: c.ownerSub,
          directorate: c.directorate,
          review: false,
          recordedBy: null,
          remedy: null,
          requestedAt: e.requestedAt,
          reason: "The answer does not address my second letter.",
          status: e.decidedAt ? EscalationStatus.DECIDED : EscalationStatus.REQUESTED,
          dueAt: escalationDueAt(e.requestedAt, LEGAL_CALENDAR),
          decidedAt: e.decidedAt,
          decidedBy: e.decidedAt ? "bench-central" : null,
          decision: e.decidedAt ? "The Central Complaints Service reviewed the file." : null,
          outcome: e.outcome,
        },
      ];
    }),
  );
  // Written without events: the report's counters are built from these facts, as `npm run report:rebuild` does.
  await rebuildCounters(dataSources.escalation, LEGAL_CALENDAR);
}
