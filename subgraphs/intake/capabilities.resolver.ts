import { Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root, registerEnumType } from "type-graphql";
import type { Role } from "../../lib/auth/caller";
import { allowedActions, ComplaintAction, type ProcedureRules } from "../../lib/domain/capabilities";
import type { Clock } from "../../lib/platform/clock";
import { DirectorateRef } from "../../lib/graphql/directorate-ref.types";
import { Complaint } from "./complaint.entity";
import type { IntakeContext } from "./context";

/** The token's `role` claim as an enum value (the claim's own spelling is not a GraphQL name). */
export enum ViewerRole {
  CITIZEN = "citizen",
  COORDINATOR = "coordinator",
  CENTRAL_SERVICE = "central-service",
}
registerEnumType(ViewerRole, {
  name: "Role",
  description: "The caller's role (the token's `role` claim).",
  valuesConfig: {
    CITIZEN: { description: "`citizen`: files and follows their own complaints." },
    COORDINATOR: { description: "`coordinator`: handles the complaints of one directorate (the `directorate` claim)." },
    CENTRAL_SERVICE: { description: "`central-service`: the Central Complaints Service; sees every complaint, decides escalations." },
  },
});

@ObjectType({ description: "The signed-in caller as the API sees them: the claims of their token." })
export class Viewer {
  @Field({ description: "The token's `sub`: the caller's stable id." })
  sub!: string;

  @Field(() => ViewerRole, { description: "What the caller may do in general; Complaint.allowedActions says it per complaint." })
  role!: Role;

  @Field(() => DirectorateRef, { nullable: true, description: "Coordinators only: the directorate whose complaints they handle." })
  directorate!: DirectorateRef | null;

  @Field(() => String, { nullable: true, description: "The token's `name` claim, when the identity provider sends one." })
  name!: string | null;

  @Field(() => String, { nullable: true, description: "The token's `locale` claim as sent (e.g. `nl-BE`), when the identity provider sends one." })
  locale!: string | null;
}

/** Who is asking: the verified claims the gateway signed for this subgraph. */
@Resolver()
export class ViewerResolver {
  @Query(() => Viewer, { nullable: true, description: "Anyone: the signed-in caller; null without a token." })
  viewer(@Ctx() ctx: IntakeContext): Viewer | null {
    const { caller } = ctx;
    if (!caller) return null;
    return {
      sub: caller.sub,
      role: caller.role,
      directorate: caller.directorate ? { code: caller.directorate } : null,
      name: caller.name ?? null,
      locale: caller.locale ?? null,
    };
  }
}

/** What the caller may do with a complaint, from intake's row: no query of its own (docs/api.md, "What may I do?"). */
@Resolver(() => Complaint)
export class ComplaintActionsResolver {
  constructor(
    private readonly clock: Clock,
    private readonly rules: ProcedureRules,
  ) {}

  @FieldResolver(() => [ComplaintAction], {
    description:
      "The actions the caller may take on this complaint now: the transition table for its status, the caller's role and scope. " +
      "An action not listed is refused (FORBIDDEN, NOT_FOUND or CONFLICT).",
  })
  allowedActions(@Root() complaint: Complaint, @Ctx() ctx: IntakeContext): ComplaintAction[] {
    return allowedActions(ctx.caller, complaint, this.clock.now(), this.rules);
  }
}
