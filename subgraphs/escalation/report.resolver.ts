import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { requireCaller } from "../../lib/graphql/context";
import { DirectorateRef } from "../../lib/graphql/directorate-ref.types";
import { ActionPlanItem, ActionProgressNote, ActionStatus } from "./action-plan-item.entity";
import type { EscalationContext } from "./context";
import { ComplaintRef } from "./escalation.types";
import type { FrozenItem, ReportPublications } from "./report-publication.service";
import { ReportService } from "./report.service";
import { ActionPlanItemInput, AnnualReport } from "./report.types";

const ITEM_ID = "The action's id (ActionPlanItem.id).";
const YEAR = "The year of the evaluation: the year of receipt of its complaints (Brussels time), 2000 to 2100.";

@Resolver(() => ActionPlanItem)
export class ReportResolver {
  constructor(
    private readonly service: ReportService,
    private readonly publications: ReportPublications,
  ) {}

  @Query(() => AnnualReport, {
    description:
      "Central service: all directorates; coordinator: own directorate only, with its and the FOD-wide actions. The latest published version (publishAnnualReport) when there is one, frozen; else the figures counted now (publication null; annualReportDraft always gives those).",
  })
  annualReport(
    @Arg("year", () => Int, { description: YEAR }) year: number,
    @Ctx() ctx: EscalationContext,
    @Arg("version", () => Int, {
      nullable: true,
      description: "A published version (annualReportVersions) to read instead of the latest; NOT_FOUND when there is no such version.",
    })
    version?: number | null,
  ): Promise<AnnualReport> {
    return this.publications.current(requireCaller(ctx), year, version);
  }

  @Mutation(() => ActionPlanItem, {
    description:
      'Central Complaints Service: add an action to the year\'s plan ("... stellen we een actieplan op om onze werking en dienstverlening te kunnen verbeteren").',
  })
  addActionPlanItem(
    @Arg("year", () => Int, { description: YEAR }) year: number,
    @Arg("input", () => ActionPlanItemInput, { description: "The action." }) input: ActionPlanItemInput,
    @Ctx() ctx: EscalationContext,
  ): Promise<ActionPlanItem> {
    return this.service.addItem(requireCaller(ctx), year, input);
  }

  @Mutation(() => ActionPlanItem, {
    description:
      "Central Complaints Service: mark an action done (status DONE; setActionPlanItemStatus does the same and more). NOT_FOUND when unknown; CONFLICT when already done.",
  })
  completeActionPlanItem(@Arg("id", () => ID, { description: ITEM_ID }) id: string, @Ctx() ctx: EscalationContext): Promise<ActionPlanItem> {
    return this.service.completeItem(requireCaller(ctx), id);
  }

  @Mutation(() => ActionPlanItem, {
    description:
      "Move an action to another status: the Central Complaints Service, or the coordinator of the action's directorate. NOT_FOUND when unknown or not visible; FORBIDDEN for a coordinator on a FOD-wide action; CONFLICT when it already has that status.",
  })
  setActionPlanItemStatus(
    @Arg("id", () => ID, { description: ITEM_ID }) id: string,
    @Arg("status", () => ActionStatus, { description: "The new status." }) status: ActionStatus,
    @Ctx() ctx: EscalationContext,
  ): Promise<ActionPlanItem> {
    return this.service.setStatus(requireCaller(ctx), id, status);
  }

  @Mutation(() => ActionPlanItem, {
    description: "Add a progress note to an action: who may change its status may write one. Returns the action with its notes.",
  })
  addActionPlanProgressNote(
    @Arg("id", () => ID, { description: ITEM_ID }) id: string,
    @Arg("text", { description: "The note: 1 to 2000 characters, several lines allowed." }) text: string,
    @Ctx() ctx: EscalationContext,
  ): Promise<ActionPlanItem> {
    return this.service.addNote(requireCaller(ctx), id, text);
  }

  @FieldResolver(() => Boolean, { description: "True when status is DONE." })
  done(@Root() item: ActionPlanItem): boolean {
    return item.status === ActionStatus.DONE;
  }

  @FieldResolver(() => [ActionProgressNote], {
    description: "Its progress notes, oldest first (in a published version: those written when it was published).",
  })
  async progressNotes(@Root() item: FrozenItem): Promise<ActionProgressNote[]> {
    return item.progressNotes ?? this.service.notes(item.id);
  }

  @FieldResolver(() => DirectorateRef, { nullable: true, description: "Null: an action for the whole FOD." })
  directorate(@Root() item: ActionPlanItem): DirectorateRef | null {
    return item.directorateCode ? { code: item.directorateCode } : null;
  }

  @FieldResolver(() => [ComplaintRef], { description: "The complaints the action answers to, as far as the caller may see them." })
  async relatedComplaints(@Root() item: ActionPlanItem, @Ctx() ctx: EscalationContext): Promise<ComplaintRef[]> {
    const ids = JSON.parse(item.relatedComplaintIds) as string[];
    const facts = await ctx.loaders.fact.loadMany(ids);
    return ids.flatMap((id, i) => {
      const fact = facts[i];
      return fact && !(fact instanceof Error) ? [{ id, fact }] : [];
    });
  }
}

@Resolver(() => AnnualReport)
export class AnnualReportResolver {
  constructor(
    private readonly service: ReportService,
    private readonly publications: ReportPublications,
  ) {}

  @FieldResolver(() => AnnualReport, {
    nullable: true,
    description:
      "The same figures and plan for the year before, to compare: its latest published version when there is one, else counted now; null inside a previousYear (one level) and before 2000.",
  })
  previousYear(@Root() report: AnnualReport, @Ctx() ctx: EscalationContext): Promise<AnnualReport | null> {
    return this.publications.previousYear(requireCaller(ctx), report);
  }

  @FieldResolver(() => [ActionPlanItem], {
    description:
      "The previous year's actions, oldest first, with their status and progress notes now (in a published version: when it was published): what became of them. Scoped as actionPlan.",
  })
  async lastYearActions(@Root() report: AnnualReport, @Ctx() ctx: EscalationContext): Promise<ActionPlanItem[]> {
    return report.lastYearActions ?? this.service.actionPlan(requireCaller(ctx), report.year - 1);
  }
}
