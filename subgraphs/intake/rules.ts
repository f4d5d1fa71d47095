import { rule } from "graphql-shield";
import { mayRead } from "../../lib/auth/scope";
import type { Complaint } from "./complaint.entity";
import type { IntakeContext } from "./context";

export { isAuthenticated, isCentralService, isCitizen, isGatewayCall, isPublic, isStaff } from "../../lib/graphql/rules";

/**
 * Second line behind the SQL scoping: every field of a Complaint, also when it
 * was reached through `_entities`, is checked against the complaint itself
 * (or is the one a transfer in this request moved out of scope).
 * Depends on the parent, so it is never cached across objects.
 */
export const canReadComplaint = rule("canReadComplaint", { cache: "no_cache" })(
  (complaint: Complaint, _args, ctx: IntakeContext) => mayRead(ctx.caller, complaint) || ctx.transferredOut.has(complaint),
);
