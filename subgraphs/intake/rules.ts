import { rule } from "graphql-shield";
import { mayRead } from "../../lib/auth/scope";
import type { RequestContext } from "../../lib/graphql/context";
import type { Complaint } from "./complaint.entity";

export { isAuthenticated, isCentralService, isCitizen, isGatewayCall, isPublic, isStaff } from "../../lib/graphql/rules";

/**
 * Second line behind the SQL scoping: every field of a Complaint, also when it
 * was reached through `_entities`, is checked against the complaint itself.
 * Depends on the parent, so it is never cached across objects.
 */
export const canReadComplaint = rule("canReadComplaint", { cache: "no_cache" })(
  (complaint: Complaint, _args, ctx: RequestContext) => mayRead(ctx.caller, complaint) || handedBack.has(complaint),
);

const handedBack = new WeakSet<Complaint>();

/**
 * A transfer moves the complaint out of the transferring coordinator's scope,
 * but the service found it in that scope before changing it: the object the
 * mutation returns is theirs to see. Marks that one object, nothing else.
 */
export function handBack(complaint: Complaint): Complaint {
  handedBack.add(complaint);
  return complaint;
}
