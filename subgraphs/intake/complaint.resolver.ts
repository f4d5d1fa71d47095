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
import { TEXT_LIMITS } from "../../lib/domain/text-limits";
import { MAX_PAGE_SIZE } from "../../lib/graphql/pagination";

const ID_DESCRIPTION = { description: "The complaint's id." };
const NOTE_DESCRIPTION =
  `At most ${TEXT_LIMITS.note} characters. Required for DECISION_WITH_APPEAL_ROUTE (the appeal route) and for an admissible complaint ` +
  "the form said concerns a decision with an appeal route (which parts are handled).";
const FIRST_DESCRIPTION = `How many complaints, 1 to ${MAX_PAGE_SIZE} (more is cut to ${MAX_PAGE_SIZE}).`;
const AFTER_DESCRIPTION = "The previous page's nextCursor; absent: the first page.";

@Resolver(() => Complaint)
export class ComplaintResolver {
  constructor(
    private readonly commands: ComplaintService,
    private readonly queries: ComplaintQueries,
  ) {}

  @Query(() => Complaint, { nullable: true, description: "NOT_FOUND when it does not exist or is outside your scope." })
  async complaint(@Arg("id", () => ID, ID_DESCRIPTION) id: string, @Ctx() ctx: IntakeContext): Promise<Complaint | null> {
    requireCaller(ctx);
    return found(await ctx.loaders.complaint.load(id), msg("complaint.notFound", { id }));
  }

  @Query(() => Complaint, { nullable: true, description: "As complaint, by the human reference. NOT_FOUND when it does not exist or is outside your scope." })
  async complaintByReference(
    @Arg("reference", { description: "The reference, e.g. IBZ-2026-000042." }) reference: string,
    @Ctx() ctx: IntakeContext,
  ): Promise<Complaint | null> {
    return found(await this.queries.byReference(requireCaller(ctx), reference), msg("complaint.notFound", { id: reference }));
  }

  @Query(() => [Complaint], {
    description: "Citizen: their own complaints, newest first: the newest 100 only.",
    deprecationReason: "Use myComplaintPage, which pages through all of them.",
  })
  myComplaints(@Ctx() ctx: IntakeContext): Promise<Complaint[]> {
    return this.queries.mine(requireCaller(ctx));
  }

  @Query(() => ComplaintPage, { description: "Citizen: their own complaints (filed online), newest first, a page at a time." })
  myComplaintPage(
    @Ctx() ctx: IntakeContext,
    @Arg("first", () => Int, { nullable: true, defaultValue: 50, description: FIRST_DESCRIPTION }) first?: number,
    @Arg("after", () => String, { nullable: true, description: AFTER_DESCRIPTION }) after?: string,
  ): Promise<ComplaintPage> {
    return this.queries.minePage(requireCaller(ctx), first, after);
  }

  @Query(() => ComplaintPage, { description: "Coordinator: own directorate; central service: all. Newest received first, a page at a time." })
  complaints(
    @Ctx() ctx: IntakeContext,
    @Arg("filter", () => ComplaintFilter, { nullable: true, description: "Absent: every complaint in scope." }) filter?: ComplaintFilter,
    @Arg("first", () => Int, { nullable: true, defaultValue: 50, description: FIRST_DESCRIPTION }) first?: number,
    @Arg("after", () => String, { nullable: true, description: AFTER_DESCRIPTION }) after?: string,
  ): Promise<ComplaintPage> {
    return this.queries.list(requireCaller(ctx), filter, first, after);
  }

  @Mutation(() => Complaint, {
    description:
      "Citizen: files a complaint through the online form (channel ONLINE_FORM, received now). Status RECEIVED; the acknowledgement is due within the week, the answer within 30 days.",
  })
  fileComplaint(
    @Arg("input", () => FileComplaintInput, { description: "The complaint and the complainant." }) input: FileComplaintInput,
    @Ctx() ctx: IntakeContext,
  ): Promise<Complaint> {
    return this.commands.file(requireCaller(ctx), input);
  }

  @Mutation(() => Complaint, {
    description:
      "Coordinator (own directorate) or central service: types in a complaint received by e-mail, post or fax. RECEIVED, or INADMISSIBLE at once when anonymous; deadlines count from when it was received.",
  })
  registerComplaint(
    @Arg("input", () => RegisterComplaintInput, { description: "The complaint as received." }) input: RegisterComplaintInput,
    @Ctx() ctx: IntakeContext,
  ): Promise<Complaint> {
    return this.commands.register(requireCaller(ctx), input);
  }

  @Mutation(() => Complaint, {
    description:
      "Coordinator of the complaint's directorate or central service: records admissibility, once, while RECEIVED or ACKNOWLEDGED. Inadmissible: status INADMISSIBLE and a letter; admissible: the status stays.",
  })
  screenComplaint(
    @Arg("id", () => ID, ID_DESCRIPTION) id: string,
    @Arg("admissible", { description: "true: the complaint is handled; false: give a reason." }) admissible: boolean,
    @Ctx() ctx: IntakeContext,
    @Arg("reason", () => InadmissibilityReason, { nullable: true, description: "Required when not admissible; refused when admissible." })
    reason?: InadmissibilityReason,
    @Arg("note", () => String, { nullable: true, description: NOTE_DESCRIPTION }) note?: string,
  ): Promise<Complaint> {
    return this.commands.screen(requireCaller(ctx), id, admissible, reason, note);
  }

  @Mutation(() => Complaint, {
    description:
      "Central Complaints Service: corrects an inadmissibility decision. Found admissible, the complaint goes back to RECEIVED (ACKNOWLEDGED when it was acknowledged); otherwise the reason changes. The note is required and shown in the timeline.",
  })
  rescreenComplaint(
    @Arg("id", () => ID, ID_DESCRIPTION) id: string,
    @Arg("admissible", { description: "true: the complaint is handled after all; false: it stays inadmissible for `reason`." }) admissible: boolean,
    @Arg("note", { description: `Why the screening is corrected; required, at most ${TEXT_LIMITS.note} characters.` }) note: string,
    @Ctx() ctx: IntakeContext,
    @Arg("reason", () => InadmissibilityReason, { nullable: true, description: "Required when not admissible; refused when admissible." })
    reason?: InadmissibilityReason,
  ): Promise<Complaint> {
    return this.commands.rescreen(requireCaller(ctx), id, admissible, reason, note);
  }

  @Mutation(() => Complaint, {
    description:
      "Coordinator of the complaint's directorate or central service: hands it to another directorate while RECEIVED or ACKNOWLEDGED. The status and deadlines stay; the complainant gets a letter.",
  })
  async transferComplaint(
    @Arg("id", () => ID, ID_DESCRIPTION) id: string,
    @Arg("to", () => DirectorateCode, { description: "The directorate that handles it from now on; not the current one." }) to: DirectorateCode,
    @Arg("note", { description: `Why; required, at most ${TEXT_LIMITS.note} characters; shown in the timeline.` }) note: string,
    @Ctx() ctx: IntakeContext,
  ): Promise<Complaint> {
    const complaint = await this.commands.transfer(requireCaller(ctx), id, to, note);
    ctx.transferredOut.add(complaint);
    return complaint;
  }

  @Mutation(() => Complaint, {
    description: "Citizen, own complaint: withdraws it while RECEIVED or ACKNOWLEDGED. Status WITHDRAWN; the complainant gets a confirmation letter.",
  })
  withdrawComplaint(@Arg("id", () => ID, ID_DESCRIPTION) id: string, @Ctx() ctx: IntakeContext): Promise<Complaint> {
    return this.commands.withdraw(requireCaller(ctx), id);
  }

  @FieldResolver(() => Complainant, { nullable: true, description: "Never shown to another citizen." })
  complainant(@Root() complaint: Complaint): Complainant | null {
    return complaint.complainant?.name ? complaint.complainant : null;
  }

  @FieldResolver(() => DirectorateRef, {
    description: "The directorate that handles it now: the one the complaint is about, or the one it was transferred to.",
  })
  directorate(@Root() complaint: Complaint): DirectorateRef {
    return { code: complaint.directorate };
  }

  @FieldResolver(() => [StatusChange], { description: "What happened to the complaint, oldest first." })
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
