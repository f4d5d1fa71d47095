import { rule } from "graphql-shield";
import type { RequestContext } from "../../lib/graphql/context";
import { mayRead } from "../../lib/auth/scope";
import type { ComplaintRef, FirstLineHandling } from "./first-line.types";

export { isCentralService, isCoordinator, isGatewayCall, isPublic } from "../../lib/graphql/rules";

/** A complaint's first-line fields: only for those who may read the complaint. Parent-dependent: not cached. */
export const canReadComplaintCase = rule("canReadComplaintCase", { cache: "no_cache" })(
  (complaint: ComplaintRef, _args, ctx: RequestContext) => !complaint.case || mayRead(ctx.caller, complaint.case),
);

export const canReadFirstLine = rule("canReadFirstLine", { cache: "no_cache" })((handling: FirstLineHandling, _args, ctx: RequestContext) =>
  mayRead(ctx.caller, handling.case),
);
