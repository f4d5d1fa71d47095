import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { requireCaller } from "../../lib/graphql/context";
import type { DirectoratesContext } from "./context";
import { FirstLineService } from "./first-line.service";
import { AnswerInput, ComplaintRef, FirstLineHandling } from "./first-line.types";

const COMPLAINT_ID = "The complaint's id (Complaint.id, not its reference). NOT_FOUND when it is not in your directorate.";

@Resolver(() => ComplaintRef)
export class FirstLineResolver {
  constructor(private readonly service: FirstLineService) {}

  @FieldResolver(() => FirstLineHandling, {
    nullable: true,
    description: "Its first-line handling by the directorate's complaint coordinator; null until the directorates service has learned of the complaint.",
  })
  firstLine(@Root() complaint: ComplaintRef): FirstLineHandling | null {
    return complaint.case ? this.service.view(complaint.case) : null;
  }

  @Mutation(() => FirstLineHandling, {
    description:
      'Coordinator of the complaint\'s directorate: confirm receipt, also before screening ("U ontvangt een ontvangstbevestiging uiterlijk binnen de week na ontvangst"). The complainant gets the acknowledgement letter. CONFLICT unless its status is RECEIVED, or when it was transferred away from your directorate.',
  })
  acknowledgeComplaint(
    @Arg("complaintId", () => ID, { description: COMPLAINT_ID }) complaintId: string,
    @Ctx() ctx: DirectoratesContext,
  ): Promise<FirstLineHandling> {
    return this.service.acknowledge(requireCaller(ctx), complaintId);
  }

  @Mutation(() => FirstLineHandling, {
    description:
      'Coordinator of the complaint\'s directorate: the reasoned answer to a complaint screened admissible, status RECEIVED or ACKNOWLEDGED ("Binnen de 30 dagen ontvangt u een gemotiveerd antwoord"); acknowledges it too if that was not done. The complainant gets the answer letter, which points to the Central Complaints Service and the Ombudsman. CONFLICT otherwise.',
  })
  answerComplaint(
    @Arg("complaintId", () => ID, { description: COMPLAINT_ID }) complaintId: string,
    @Arg("input", () => AnswerInput, { description: "The answer, its outcome and, for a (partly) founded complaint, the remedy." }) input: AnswerInput,
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
