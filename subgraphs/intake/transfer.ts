import type { EntityManager } from "typeorm";
import type { Caller } from "../../lib/auth/caller";
import type { ServiceTokens } from "../../lib/auth/service-tokens";
import { refuseIf } from "../../lib/domain/refusal";
import { TimelineEntryKind, transferNote } from "../../lib/domain/timeline";
import type { DomainEvent } from "../../lib/events/event-types";
import { publish } from "../../lib/events/outbox";
import { RELEASE_PATH, type ReleaseAnswer, type ReleaseRequest } from "../../lib/events/release";
import { serviceUnavailable } from "../../lib/errors";
import type { Logger } from "../../lib/platform/logger";
import { callPeer } from "../../lib/platform/peer-calls";
import { Complaint } from "./complaint.entity";
import { StatusChange } from "./status-change.entity";

/** The directorates' first line, asked to let a complaint go before intake records its transfer (lib/events/release.ts). */
export class FirstLineRelease {
  constructor(
    private readonly tokens: ServiceTokens,
    private readonly url: () => string,
    private readonly log: Logger,
  ) {}

  /** The release's event; CONFLICT with the first line's reason when it refuses; SERVICE_UNAVAILABLE when it cannot be asked. */
  async release(caller: Caller, request: ReleaseRequest): Promise<DomainEvent<"ComplaintReleased">> {
    let answer: ReleaseAnswer;
    try {
      answer = await callPeer<ReleaseAnswer>(this.tokens, "directorates", this.url(), RELEASE_PATH, caller, request);
    } catch (err) {
      // Had the first line released it before the answer was lost, intake's consumer of its feed records the transfer.
      this.log.warn({ err: String(err), complaintId: request.complaintId }, "directorates not reachable to release a complaint");
      throw serviceUnavailable();
    }
    return releasedEvent(answer);
  }
}

/** The release's event, or the first line's refusal thrown (CONFLICT, said in this request's language). */
export function releasedEvent(answer: ReleaseAnswer): DomainEvent<"ComplaintReleased"> {
  if ("refusal" in answer) refuseIf(answer.refusal);
  return (answer as { event: DomainEvent<"ComplaintReleased"> }).event;
}

/**
 * Records a transfer the first line released: the directorate, the timeline entry and ComplaintTransferred (the
 * letter, escalation's copy). Done by transferComplaint with the answer it got, and by the consumer of the
 * directorates' feed for a release whose answer never arrived; whichever comes second, or a release older than
 * the last one recorded, changes nothing. `complaint` is locked by the caller. `answered`: the release is the first
 * line's answer to the transferComplaint holding that lock, so the newest of the complaint's, recorded whatever its
 * position (after a restore of the directorates' database, their positions are handed out again).
 */
export async function recordRelease(m: EntityManager, complaint: Complaint, released: DomainEvent<"ComplaintReleased">, answered = false): Promise<void> {
  if (!answered && released.seq <= complaint.transferSeq) return;
  const { from, to, note } = released.payload;
  const at = new Date(released.occurredAt);
  complaint.directorate = to;
  complaint.transferSeq = released.seq;
  await m.update(Complaint, { id: complaint.id }, { directorate: to, transferSeq: released.seq });
  await m.insert(StatusChange, {
    complaintId: complaint.id,
    kind: TimelineEntryKind.TRANSFER,
    status: complaint.status,
    at,
    note: transferNote(complaint.language, from, to, note),
    fromDirectorate: from,
    toDirectorate: to,
  });
  await publish(m, "ComplaintTransferred", complaint.id, { from, to, release: released.seq }, at);
}
