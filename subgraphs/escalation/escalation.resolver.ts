import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { hasFinalAnswer } from "../../lib/domain/second-line";
import { EscalationStatus, Language } from "../../lib/domain/enums";
import { found, requireCaller } from "../../lib/graphql/context";
import { publicData } from "../../lib/graphql/public-cache";
import type { EscalationContext } from "./context";
import { Escalation } from "./escalation.entity";
import { EscalationService } from "./escalation.service";
import { ComplaintRef, DecisionInput, EscalationPage } from "./escalation.types";
import { Ombudsman, ombudsmanIn } from "./ombudsman.types";
import { ESCALATION_DAYS } from "../../lib/domain/deadlines";
import { msg } from "../../lib/i18n/message";

/** `language: Language = NL`: explicit, because the public answer is cached for everyone. */
const LANGUAGE_ARG = ["language", () => Language, { nullable: true, defaultValue: Language.NL, description: "NL (default), FR, DE or EN." }] as const;
const OVERDUE_FILTER = "true: only escalations past their due time undecided; false: only the others.";

@Resolver(() => Escalation)
export class EscalationResolver {
  constructor(private readonly service: EscalationService) {}

  @Query(() => [Escalation], {
    description: "Central: all; coordinator: own directorate; citizen: own. Newest first; at most 100 (first), after: an escalation id.",
    deprecationReason: "Use escalationPage, which also gives totalCount and a cursor.",
  })
  escalations(
    @Ctx() ctx: EscalationContext,
    @Arg("status", () => EscalationStatus, { nullable: true }) status?: EscalationStatus,
    @Arg("first", () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("overdue", () => Boolean, { nullable: true, description: OVERDUE_FILTER }) overdue?: boolean,
  ): Promise<Escalation[]> {
    return this.service.list(requireCaller(ctx), { status, overdue }, first, after);
  }

  @Query(() => EscalationPage, { description: "Central: all; coordinator: own directorate; citizen: own. Newest first, a page at a time." })
  escalationPage(
    @Ctx() ctx: EscalationContext,
    @Arg("status", () => EscalationStatus, { nullable: true }) status?: EscalationStatus,
    @Arg("first", () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("overdue", () => Boolean, { nullable: true, description: OVERDUE_FILTER }) overdue?: boolean,
  ): Promise<EscalationPage> {
    return this.service.page(requireCaller(ctx), { status, overdue }, first, after);
  }

  @Query(() => Escalation, { nullable: true, description: "NOT_FOUND when it does not exist or is outside your scope." })
  async escalation(@Arg("id", () => ID) id: string, @Ctx() ctx: EscalationContext): Promise<Escalation | null> {
    requireCaller(ctx);
    return found(await ctx.loaders.escalation.load(id), msg("escalation.notFound", { id }));
  }

  @Query(() => Ombudsman, { description: "Public: the federal Ombudsman's contact data, in the language asked." })
  ombudsman(@Info() info: GraphQLResolveInfo, @Arg(...LANGUAGE_ARG) language: Language | null): Ombudsman {
    publicData(info);
    return ombudsmanIn(language ?? Language.NL);
  }

  @Mutation(() => Escalation, {
    description:
      "Citizen, own complaint; or the Central Complaints Service, recording a request made by post, fax or e-mail. After an answer, once the answer is overdue, or (a review) after an inadmissibility decision.",
  })
  requestEscalation(
    @Arg("complaintId", () => ID) complaintId: string,
    @Arg("reason") reason: string,
    @Ctx() ctx: EscalationContext,
    @Arg("requestedAt", () => Date, {
      nullable: true,
      description: "Central Complaints Service only: when the written request arrived (default now; not in the future, at most a year ago).",
    })
    requestedAt?: Date,
  ): Promise<Escalation> {
    return this.service.request(requireCaller(ctx), complaintId, reason, requestedAt);
  }

  @Mutation(() => Escalation, { description: "Central Complaints Service." })
  decideEscalation(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => DecisionInput) input: DecisionInput,
    @Ctx() ctx: EscalationContext,
  ): Promise<Escalation> {
    return this.service.decide(requireCaller(ctx), id, input.decision, input.outcome, input.remedy);
  }

  @FieldResolver(() => Boolean, { description: `Not decided and past dueAt (the second line's ${ESCALATION_DAYS} days).` })
  overdue(@Root() escalation: Escalation): boolean {
    return this.service.overdue(escalation);
  }

  @FieldResolver(() => ComplaintRef)
  async complaint(@Root() escalation: Escalation, @Ctx() ctx: EscalationContext): Promise<ComplaintRef> {
    return { id: escalation.complaintId, fact: await ctx.loaders.fact.load(escalation.complaintId) };
  }
}

@Resolver(() => ComplaintRef)
export class ComplaintSecondLineResolver {
  @FieldResolver(() => Escalation, { nullable: true })
  async escalation(@Root() complaint: ComplaintRef, @Ctx() ctx: EscalationContext): Promise<Escalation | null> {
    return complaint.fact ? ctx.loaders.escalationOfComplaint.load(complaint.id) : null;
  }

  @FieldResolver(() => Ombudsman, { nullable: true, description: "Shown once a final answer exists; in the language asked." })
  async ombudsman(@Root() complaint: ComplaintRef, @Ctx() ctx: EscalationContext, @Arg(...LANGUAGE_ARG) language: Language | null): Promise<Ombudsman | null> {
    if (!complaint.fact) return null;
    // The escalation is loaded only when the first line has not answered.
    const escalation = complaint.fact.answeredAt ? null : await ctx.loaders.escalationOfComplaint.load(complaint.id);
    return hasFinalAnswer(complaint.fact.answeredAt, escalation?.status) ? ombudsmanIn(language ?? Language.NL) : null;
  }
}

/** Complaint references from the gateway: the facts escalation holds (scoped by the Complaint rule); null when it knows none. */
export const complaintReferenceResolver = {
  Complaint: {
    async __resolveReference(reference: { id: string }, ctx: EscalationContext): Promise<ComplaintRef | null> {
      const fact = await ctx.loaders.fact.load(reference.id);
      return fact ? { id: reference.id, fact } : null;
    },
  },
};

/** Entity resolution for other subgraphs' `Escalation { id }` references. */
export const escalationReferenceResolver = {
  Escalation: {
    __resolveReference(reference: { id: string }, ctx: EscalationContext) {
      return ctx.loaders.escalation.load(reference.id);
    },
  },
};
