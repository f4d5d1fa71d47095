import { rule } from "graphql-shield";
import type { RequestContext } from "../../lib/graphql/context";
import type { ActionPlanItem } from "./action-plan-item.entity";
import type { Escalation } from "./escalation.entity";
import { mayRead, mayReadActionPlanItem } from "../../lib/auth/scope";
import type { ComplaintRef } from "./escalation.types";

import { hasRole } from "../../lib/graphql/rules";

/** The complainant asks online; the central service records a request that came by post, fax or e-mail. */
export const isComplainantOrCentralService = hasRole("isComplainantOrCentralService", "citizen", "central-service");

export { isAuthenticated, isCentralService, isCitizen, isGatewayCall, isPublic, isStaff } from "../../lib/graphql/rules";

/** Parent-dependent rules: never cached across objects. */
export const canReadEscalation = rule("canReadEscalation", { cache: "no_cache" })((escalation: Escalation, _args, ctx: RequestContext) =>
  mayRead(ctx.caller, escalation),
);

export const canReadComplaintFacts = rule("canReadComplaintFacts", { cache: "no_cache" })(
  (complaint: ComplaintRef, _args, ctx: RequestContext) => !complaint.fact || mayRead(ctx.caller, complaint.fact),
);

export const canReadActionPlanItem = rule("canReadActionPlanItem", { cache: "no_cache" })((item: ActionPlanItem, _args, ctx: RequestContext) =>
  mayReadActionPlanItem(ctx.caller, item),
);
