import { rule } from "graphql-shield";
import type { Role } from "../auth/caller";
import { forbidden, unauthenticated } from "../errors";
import type { RequestContext } from "./context";
import { msg } from "../i18n/message";

// Rules that depend on the caller's claims only: cached per request ("contextual").

/** Anyone, also without a token. */
export const isPublic = rule("isPublic", { cache: "contextual" })(() => true);

/** Federation's own fields (_service, _entities): only for calls the gateway signed. */
export const isGatewayCall = rule("isGatewayCall", { cache: "contextual" })(
  (_parent, _args, ctx: RequestContext) => ctx.viaGateway === true || forbidden(msg("auth.gatewayOnly")),
);

export const isAuthenticated = rule("isAuthenticated", { cache: "contextual" })(
  (_parent, _args, ctx: RequestContext) => ctx.caller !== null || unauthenticated(msg("auth.signIn")),
);

export function hasRole(name: string, ...roles: Role[]) {
  return rule(name, { cache: "contextual" })((_parent, _args, ctx: RequestContext) => {
    if (!ctx.caller) return unauthenticated(msg("auth.signIn"));
    return roles.includes(ctx.caller.role) || forbidden(msg("auth.role"));
  });
}

export const isCitizen = hasRole("isCitizen", "citizen");
export const isCentralService = hasRole("isCentralService", "central-service");
export const isCoordinator = hasRole("isCoordinator", "coordinator");
export const isStaff = hasRole("isStaff", "coordinator", "central-service");

/** The access copy (personalDataExport): the complainant, and the central service for a written request. */
export const isCitizenOrCentralService = hasRole("isCitizenOrCentralService", "citizen", "central-service");
