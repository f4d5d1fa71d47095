import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { REQUEST_RECORDING_DAYS, hasFinalAnswer } from "../../lib/domain/second-line";
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
import { TEXT_LIMITS } from "../../lib/domain/text-limits";

/** `language: Language = NL`: explicit, because the public answer is cached for everyone. */
const LANGUAGE_ARG = ["language", () => Language, { nullable: true, defaultValue: Language.NL, description: "NL (default), FR, DE or EN." }] as const;
const OVERDUE_FILTER = "true: only escalations past their due time undecided; false: only the others.";
const STATUS_FILTER = "Only escalations with this status; omitted: all.";
const FIRST = "Page size, at least 1; more than 100 gives 100.";
const SCOPE = "Central service: all; coordinator: own directorate's; citizen: own complaints'.";
const COMPLAINT_ID = "The complaint's id (Complaint.id, not its reference).";

@Resolver(() => Escalation)
export class EscalationResolver {
  constructor(private readonly service: EscalationService) {}

  @Query(() => [Escalation], {
    description: `${SCOPE} Newest requestedAt first.`,
    deprecationReason: "Use escalationPage, which also gives totalCount and a cursor.",
  })
  escalations(
    @Ctx() ctx: EscalationContext,
    @Arg("status", () => EscalationStatus, { nullable: true, description: STATUS_FILTER }) status?: EscalationStatus,
    @Arg("first", () => Int, { nullable: true, defaultValue: 50, description: FIRST }) first?: number,
    @Arg("after", () => String, {
      nullable: true,
      description: "The id of the last escalation of the previous page; BAD_USER_INPUT when unknown or outside your scope.",
    })
    after?: string,
    @Arg("overdue", () => Boolean, { nullable: true, description: OVERDUE_FILTER }) overdue?: boolean,
  ): Promise<Escalation[]> {
    return this.service.list(requireCaller(ctx), { status, overdue }, first, after);
  }

  @Query(() => EscalationPage, { description: `${SCOPE} Newest requestedAt first, a page at a time.` })
  escalationPage(
    @Ctx() ctx: EscalationContext,
    @Arg("status", () => EscalationStatus, { nullable: true, description: STATUS_FILTER }) status?: EscalationStatus,
    @Arg("first", () => Int, { nullable: true, defaultValue: 50, description: FIRST }) first?: number,
    @Arg("after", () => String, { nullable: true, description: "nextCursor of the previous page; omitted: the first page." }) after?: string,
    @Arg("overdue", () => Boolean, { nullable: true, description: OVERDUE_FILTER }) overdue?: boolean,
  ): Promise<EscalationPage> {
    return this.service.page(requireCaller(ctx), { status, overdue }, first, after);
  }

  @Query(() => Escalation, { nullable: true, description: `${SCOPE} NOT_FOUND when it does not exist or is outside your scope.` })
  async escalation(@Arg("id", () => ID, { description: "The escalation's id." }) id: string, @Ctx() ctx: EscalationContext): Promise<Escalation | null> {
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
      'Citizen, own complaint; or the Central Complaints Service, recording a request made by post, fax or e-mail. After an answer, once the answer is overdue (answerDueAt passed), or (a review) after an inadmissibility decision; once per complaint for each. "Als u geen voldoening krijgt bij de betrokken dienst, kan u zich richten tot de Centrale Klachtendienst." The complainant gets a receipt letter. CONFLICT when too early, withdrawn or already asked; RATE_LIMITED past a citizen\'s daily quota.',
  })
  requestEscalation(
    @Arg("complaintId", () => ID, { description: `${COMPLAINT_ID} NOT_FOUND when it is not yours (citizen).` }) complaintId: string,
    @Arg("reason", {
      description: `Why the answer does not satisfy, or (review) why the complaint should be admitted: 1 to ${TEXT_LIMITS.reason} characters, several lines allowed.`,
    })
    reason: string,
    @Ctx() ctx: EscalationContext,
    @Arg("requestedAt", () => Date, {
      nullable: true,
      description: `Central Complaints Service only: when the written request arrived (ISO 8601 instant, UTC; default now): not in the future, at most ${REQUEST_RECORDING_DAYS} days ago, not before the complaint's receipt. Escalation.dueAt counts from it.`,
    })
    requestedAt?: Date,
  ): Promise<Escalation> {
    return this.service.request(requireCaller(ctx), complaintId, reason, requestedAt);
  }

  @Mutation(() => Escalation, {
    description: `Central Complaints Service: the reasoned decision on an escalation with status REQUESTED, due within ${ESCALATION_DAYS} days (dueAt). Closes the complaint; a review leaves its status as it is. The complainant gets the decision letter, which points to the Ombudsman. CONFLICT when already decided.`,
  })
  decideEscalation(
    @Arg("id", () => ID, { description: "The escalation's id (Escalation.id)." }) id: string,
    @Arg("input", () => DecisionInput, { description: "The decision, its outcome and, for a (partly) founded complaint, the remedy." }) input: DecisionInput,
    @Ctx() ctx: EscalationContext,
  ): Promise<Escalation> {
    return this.service.decide(requireCaller(ctx), id, input.decision, input.outcome, input.remedy);
  }

  @FieldResolver(() => Boolean, { description: `Not decided and past dueAt (the second line's ${ESCALATION_DAYS} days).` })
  overdue(@Root() escalation: Escalation): boolean {
    return this.service.overdue(escalation);
  }

  @FieldResolver(() => ComplaintRef, { description: "The complaint escalated." })
  async complaint(@Root() escalation: Escalation, @Ctx() ctx: EscalationContext): Promise<ComplaintRef> {
    return { id: escalation.complaintId, fact: await ctx.loaders.fact.load(escalation.complaintId) };
  }
}

@Resolver(() => ComplaintRef)
export class ComplaintSecondLineResolver {
  @FieldResolver(() => Escalation, {
    nullable: true,
    description:
      "Its latest request to the Central Complaints Service (a review of its inadmissibility may come before a request about its answer); null when none, or outside your scope.",
  })
  async escalation(@Root() complaint: ComplaintRef, @Ctx() ctx: EscalationContext): Promise<Escalation | null> {
    return complaint.fact ? ctx.loaders.escalationOfComplaint.load(complaint.id) : null;
  }

  @FieldResolver(() => Ombudsman, {
    nullable: true,
    description:
      "The federal Ombudsman, in the language asked, once the complaint has a final answer (the first line's answer or the Central Complaints Service's decision); null before. \"Toch nog geen oplossing?\"",
  })
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
