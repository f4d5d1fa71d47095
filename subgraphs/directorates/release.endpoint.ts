import type { CatchUp } from "../../lib/events/catch-up";
import { RELEASE_PATH, releaseRequestFrom, type ReleaseRequest } from "../../lib/events/release";
import type { PeerEndpoint } from "../../lib/platform/peer-calls";
import type { FirstLineService } from "./first-line.service";

/** Intake asks here before it records a transfer (FirstLineService.release), for the caller of its transferComplaint. */
export function releaseEndpoint(firstLine: FirstLineService, catchUp: CatchUp): PeerEndpoint<ReleaseRequest> {
  return {
    path: RELEASE_PATH,
    callers: ["intake"],
    parse: releaseRequestFrom,
    async handle(request, caller, log) {
      // The complaint may have been filed a moment ago: its case must be here before the first line decides.
      await catchUp.to({ intake: request.intakePosition }, log);
      return firstLine.release(caller, request.complaintId, request.to, request.note);
    },
  };
}
