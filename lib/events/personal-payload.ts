import type { EntityManager } from "typeorm";
import { OutboxEvent } from "./event.entities";
import type { EventPayloads, EventType } from "./event-types";

/**
 * The payload fields that hold personal text (the complainant's words, a note, an answer or decision), per event
 * type, including fields older events still carry. The one list the erasure reads: a new text field in a payload
 * must be named here.
 */
export const PERSONAL_PAYLOAD_FIELDS: { [T in EventType]?: readonly (keyof EventPayloads[T])[] } = {
  ComplaintFiled: ["appealRoute"],
  ComplaintScreened: ["note"],
  ComplaintRescreened: ["note"],
  ComplaintTransferred: ["note"],
  ComplaintReleased: ["note"],
  ComplaintAnswered: ["answer", "remedy"],
  EscalationRequested: ["reason"],
  EscalationDecided: ["decision", "remedy"],
};

/** `payload` with its personal fields null (those it has); the rest, which the figures and the consumers read, kept. */
export function withoutPersonalText(type: string, payload: Record<string, unknown>): Record<string, unknown> {
  const fields = PERSONAL_PAYLOAD_FIELDS[type as EventType] ?? [];
  return Object.fromEntries(Object.entries(payload).map(([key, value]) => [key, fields.includes(key) ? null : value]));
}

/** Erases the personal text of a complaint's events in this subgraph's outbox; resolves to the number of events rewritten. */
export async function eraseOutboxText(m: EntityManager, complaintId: string): Promise<number> {
  const rows = await m.find(OutboxEvent, { where: { complaintId }, select: { seq: true, type: true, payload: true } });
  let rewritten = 0;
  for (const row of rows) {
    const payload = JSON.stringify(withoutPersonalText(row.type, JSON.parse(row.payload) as Record<string, unknown>));
    if (payload === row.payload) continue;
    await m.update(OutboxEvent, { seq: row.seq }, { payload });
    rewritten++;
  }
  return rewritten;
}
