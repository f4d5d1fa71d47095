import { Kind, type GraphQLResolveInfo } from "graphql";
import { rule } from "graphql-shield";
import { mayRead } from "../../lib/auth/scope";
import type { RequestContext } from "../../lib/graphql/context";
import type { Complaint } from "./complaint.entity";

export { isAuthenticated, isCitizen, isGatewayCall, isPublic, isStaff } from "../../lib/graphql/rules";

/**
 * Second line behind the SQL scoping: every field of a Complaint, also when it
 * was reached through `_entities`, is checked against the complaint itself.
 * Depends on the parent, so it is never cached across objects.
 */
export const canReadComplaint = rule("canReadComplaint", { cache: "no_cache" })(
  (complaint: Complaint, _args, ctx: RequestContext, info: GraphQLResolveInfo) =>
    mayRead(ctx.caller, complaint) || isTransferResult(info),
);

/**
 * A transfer moves the complaint out of the transferring coordinator's scope,
 * but the resolver has already found it in that scope and made the change: the
 * complaint it returns (the root field's own fields only) is theirs to see.
 */
function isTransferResult(info: GraphQLResolveInfo): boolean {
  const parent = info.path.prev;
  if (info.operation.operation !== "mutation" || !parent || parent.prev) return false;
  const root = info.operation.selectionSet.selections.find(
    (s) => s.kind === Kind.FIELD && (s.alias ?? s.name).value === parent.key,
  );
  return root?.kind === Kind.FIELD && root.name.value === "transferComplaint";
}
