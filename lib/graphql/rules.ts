import { rule } from "graphql-shield";
import type { Role } from "../auth/caller";
import { forbidden, unauthenticated } from "../errors";
import type { RequestContext } from "./context";

// Rules that depend on the caller's claims only: cached per request ("contextual").

/** Anyone, also without a token. */
export const isPublic = rule("isPublic", { cache: "contextual" })(() => true);

/** Federation's own fields (_service, _entities): only for calls the gateway signed. */
export const isGatewayCall = rule("isGatewayCall", { cache: "contextual" })(
  (_parent, _args, ctx: RequestContext) => ctx.viaGateway === true || forbidden("Only the gateway may call this"),
);

export const isAuthenticated = rule("isAuthenticated", { cache: "contextual" })(
  (_parent, _args, ctx: RequestContext) => ctx.caller !== null || unauthenticated("You must sign in for this"),
);

export function hasRole(name: string, ...roles: Role[]) {
  return rule(name, { cache: "contextual" })((_parent, _args, ctx: RequestContext) => {
    if (!ctx.caller) return unauthenticated("You must sign in for this");
    return roles.includes(ctx.caller.role) || forbidden("Your role may not do this");
  });
}

export const isCitizen = hasRole("isCitizen", "citizen");
export const isCentralService = hasRole("isCentralService", "central-service");
export const isCoordinator = hasRole("isCoordinator", "coordinator");
export const isStaff = hasRole("isStaff", "coordinator", "central-service");
