import { rule } from "graphql-shield";
import type { Caller } from "../../lib/auth/caller";
import type { RequestContext } from "../../lib/graphql/context";
import type { Complaint } from "./complaint.entity";

export { isAuthenticated, isCitizen, isGatewayCall, isPublic, isStaff } from "../../lib/graphql/rules";

export function mayReadComplaint(caller: Caller | null, complaint: Pick<Complaint, "ownerSub" | "directorate">): boolean {
  if (!caller) return false;
  switch (caller.role) {
    case "central-service":
      return true;
    case "coordinator":
      return complaint.directorate === caller.directorate;
    case "citizen":
      return complaint.ownerSub === caller.sub;
  }
}

/**
 * Second line behind the SQL scoping: every field of a Complaint, also when it
 * was reached through `_entities`, is checked against the complaint itself.
 * Depends on the parent, so it is never cached across objects.
 */
export const canReadComplaint = rule("canReadComplaint", { cache: "no_cache" })(
  (complaint: Complaint, _args, ctx: RequestContext) => mayReadComplaint(ctx.caller, complaint),
);
