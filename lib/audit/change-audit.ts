import { AsyncLocalStorage } from "node:async_hooks";
import type { EntityManager } from "typeorm";
import type { AuditRecorder } from "./audit-recorder";
import { AuditEntry } from "./audit-entry.entity";

interface PendingChange {
  mutation: string;
  recorder: AuditRecorder;
  written: number;
  /** Complaints whose entry is written: a mutation that publishes two events (an answer that also acknowledges) is one change. */
  recorded: Set<string>;
}

// Carries the running mutation down to the transaction that makes its change,
// without threading it through every service signature.
const running = new AsyncLocalStorage<PendingChange>();

/** Runs a mutation's resolver so that its change can be audited inside its own transaction. */
export async function withChangeAudit<T>(mutation: string, recorder: AuditRecorder, resolve: () => Promise<T>): Promise<{ result: T; written: number }> {
  const pending: PendingChange = { mutation, recorder, written: 0, recorded: new Set() };
  const result = await running.run(pending, resolve);
  return { result, written: pending.written };
}

/**
 * Writes the CHANGE entry for the running mutation in the caller's transaction,
 * so a change and its audit entry commit together or not at all. Called by
 * `publish` (lib/events/outbox.ts): every change to a complaint publishes an event.
 * Outside a mutation (event handlers applying another subgraph's change) it does nothing.
 * `detail` follows the mutation's name in `what` (an erasure's ground and explanation), cut to the column's 500 characters.
 */
export async function auditChange(manager: EntityManager, complaintId: string, detail?: string): Promise<void> {
  const pending = running.getStore();
  if (!pending || pending.recorded.has(complaintId)) return;
  const entry = pending.recorder.entry(complaintId, "CHANGE", detail ? `${pending.mutation} ${detail}`.slice(0, 500) : pending.mutation);
  if (!entry) return;
  await manager.insert(AuditEntry, entry);
  pending.recorded.add(complaintId);
  pending.written++;
}
