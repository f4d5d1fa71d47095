import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { DirectorateCode, InadmissibilityReason } from "../../lib/domain/enums";
import { found, requireCaller } from "../../lib/graphql/context";
import { Complainant } from "./complainant.types";
import { Complaint } from "./complaint.entity";
import { ComplaintFilter, ComplaintPage, FileComplaintInput, RegisterComplaintInput } from "./complaint.types";
import type { ComplaintQueries } from "./complaint.queries";
import type { ComplaintService } from "./complaint.service";
import type { IntakeContext } from "./context";
import { DirectorateRef } from "../../lib/graphql/directorate-ref.types";
import { StatusChange } from "./status-change.entity";
import { msg } from "../../lib/i18n/message";

@Resolver(() => Complaint)
export class ComplaintResolver {
  constructor(
    private readonly commands: ComplaintService,
    private readonly queries: ComplaintQueries,
  ) {}

  @Query(() => Complaint, { nullable: true, description: "NOT_FOUND when it does not exist or is outside your scope." })
  async complaint(@Arg("id", () => ID) id: string, @Ctx() ctx: IntakeContext): Promise<Complaint | null> {
    requireCaller(ctx);
    return found(await ctx.loaders.complaint.load(id), msg("complaint.notFound", { id }));
  }

  @Query(() => Complaint, { nullable: true, description: "NOT_FOUND when it does not exist or is outside your scope." })
  async complaintByReference(@Arg("reference") reference: string, @Ctx() ctx: IntakeContext): Promise<Complaint | null> {
    return found(await this.queries.byReference(requireCaller(ctx), reference), msg("complaint.notFound", { id: reference }));
  }

  @Query(() => [Complaint], {
    description: "The signed-in citizen's own complaints, newest first: the newest 100 only.",
    deprecationReason: "Use myComplaintPage, which pages through all of them.",
  })
  myComplaints(@Ctx() ctx: IntakeContext): Promise<Complaint[]> {
    return this.queries.mine(requireCaller(ctx));
  }

  @Query(() => ComplaintPage, { description: "The signed-in citizen's own complaints, newest first, a page at a time." })
  myComplaintPage(
    @Ctx() ctx: IntakeContext,
    @Arg("first", () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ): Promise<ComplaintPage> {
    return this.queries.minePage(requireCaller(ctx), first, after);
  }

  @Query(() => ComplaintPage, { description: "Coordinator: own directorate; central service: all. Newest first." })
  complaints(
    @Ctx() ctx: IntakeContext,
    @Arg("filter", () => ComplaintFilter, { nullable: true }) filter?: ComplaintFilter,
    @Arg("first", () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ): Promise<ComplaintPage> {
    return this.queries.list(requireCaller(ctx), filter, first, after);
  }

  @Mutation(() => Complaint)
  fileComplaint(@Arg("input", () => FileComplaintInput) input: FileComplaintInput, @Ctx() ctx: IntakeContext): Promise<Complaint> {
    return this.commands.file(requireCaller(ctx), input);
  }

  @Mutation(() => Complaint)
  registerComplaint(@Arg("input", () => RegisterComplaintInput) input: RegisterComplaintInput, @Ctx() ctx: IntakeContext): Promise<Complaint> {
    return this.commands.register(requireCaller(ctx), input);
  }

  @Mutation(() => Complaint)
  screenComplaint(
    @Arg("id", () => ID) id: string,
    @Arg("admissible") admissible: boolean,
    @Ctx() ctx: IntakeContext,
    @Arg("reason", () => InadmissibilityReason, { nullable: true }) reason?: InadmissibilityReason,
    @Arg("note", () => String, { nullable: true }) note?: string,
  ): Promise<Complaint> {
    return this.commands.screen(requireCaller(ctx), id, admissible, reason, note);
  }

  @Mutation(() => Complaint, {
    description:
      "Central Complaints Service: corrects an inadmissibility decision. Found admissible, the complaint goes back to RECEIVED (ACKNOWLEDGED when it was acknowledged); otherwise the reason changes. The note is required and shown in the timeline.",
  })
  rescreenComplaint(
    @Arg("id", () => ID) id: string,
    @Arg("admissible") admissible: boolean,
    @Arg("note") note: string,
    @Ctx() ctx: IntakeContext,
    @Arg("reason", () => InadmissibilityReason, { nullable: true }) reason?: InadmissibilityReason,
  ): Promise<Complaint> {
    return this.commands.rescreen(requireCaller(ctx), id, admissible, reason, note);
  }

  @Mutation(() => Complaint)
  async transferComplaint(
    @Arg("id", () => ID) id: string,
    @Arg("to", () => DirectorateCode) to: DirectorateCode,
    @Arg("note") note: string,
    @Ctx() ctx: IntakeContext,
  ): Promise<Complaint> {
    const complaint = await this.commands.transfer(requireCaller(ctx), id, to, note);
    ctx.transferredOut.add(complaint);
    return complaint;
  }

  @Mutation(() => Complaint)
  withdrawComplaint(@Arg("id", () => ID) id: string, @Ctx() ctx: IntakeContext): Promise<Complaint> {
    return this.commands.withdraw(requireCaller(ctx), id);
  }

  @FieldResolver(() => Complainant, { nullable: true, description: "Never shown to another citizen." })
  complainant(@Root() complaint: Complaint): Complainant | null {
    return complaint.complainant?.name ? complaint.complainant : null;
  }

  @FieldResolver(() => DirectorateRef, { description: "The service the complaint is about (routing)." })
  directorate(@Root() complaint: Complaint): DirectorateRef {
    return { code: complaint.directorate };
  }

  @FieldResolver(() => [StatusChange])
  timeline(@Root() complaint: Complaint, @Ctx() ctx: IntakeContext): Promise<StatusChange[]> {
    return ctx.loaders.timeline.load(complaint.id);
  }
}

/** Entity resolution for other subgraphs' `Complaint { id }` references, in the caller's scope. */
export const complaintReferenceResolver = {
  Complaint: {
    __resolveReference(reference: { id: string }, ctx: IntakeContext) {
      return ctx.loaders.complaint.load(reference.id);
    },
  },
};
