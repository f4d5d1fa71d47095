import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { requireCaller } from "../../lib/graphql/context";
import type { DirectoratesContext } from "./context";
import { FirstLineService } from "./first-line.service";
import { AnswerInput, ComplaintRef, FirstLineHandling } from "./first-line.types";

@Resolver(() => ComplaintRef)
export class FirstLineResolver {
  constructor(private readonly service: FirstLineService) {}

  @FieldResolver(() => FirstLineHandling, { nullable: true })
  firstLine(@Root() complaint: ComplaintRef): FirstLineHandling | null {
    return complaint.case ? this.service.view(complaint.case) : null;
  }

  @Mutation(() => FirstLineHandling, { description: "Coordinator of the complaint's directorate: confirm receipt." })
  acknowledgeComplaint(@Arg("complaintId", () => ID) complaintId: string, @Ctx() ctx: DirectoratesContext): Promise<FirstLineHandling> {
    return this.service.acknowledge(requireCaller(ctx), complaintId);
  }

  @Mutation(() => FirstLineHandling, { description: "Coordinator of the complaint's directorate: the reasoned answer." })
  answerComplaint(
    @Arg("complaintId", () => ID) complaintId: string,
    @Arg("input", () => AnswerInput) input: AnswerInput,
    @Ctx() ctx: DirectoratesContext,
  ): Promise<FirstLineHandling> {
    return this.service.answer(requireCaller(ctx), complaintId, input.answer, input.outcome, input.remedy);
  }
}

/** Complaint references from the gateway: only cases the caller may see; null otherwise. */
export const complaintReferenceResolver = {
  Complaint: {
    async __resolveReference(reference: { id: string }, ctx: DirectoratesContext): Promise<ComplaintRef | null> {
      const c = await ctx.loaders.caseById.load(reference.id);
      return c ? { id: reference.id, case: c } : null;
    },
  },
};
