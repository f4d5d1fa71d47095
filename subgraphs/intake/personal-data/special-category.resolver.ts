import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { TEXT_LIMITS } from "../../../lib/domain/text-limits";
import { requireCaller } from "../../../lib/graphql/context";
import { Complaint } from "../complaint.entity";
import type { IntakeContext } from "../context";
import { SpecialCategory, SpecialCategoryFlag, parseCategories } from "./special-categories";
import type { SpecialCategoryFlags } from "./special-category.service";

@Resolver(() => Complaint)
export class SpecialCategoryResolver {
  constructor(private readonly flags: SpecialCategoryFlags) {}

  @FieldResolver(() => SpecialCategoryFlag, {
    nullable: true,
    description:
      "Staff only (coordinator of its directorate, central service): the special categories of data (GDPR art. 9) it was flagged as holding; null: none.",
  })
  specialCategories(@Root() complaint: Complaint): SpecialCategoryFlag | null {
    const categories = parseCategories(complaint.specialCategories);
    if (categories.length === 0 || !complaint.specialCategoriesFlaggedAt) return null;
    return { categories, reason: complaint.specialCategoriesReason ?? "", flaggedAt: complaint.specialCategoriesFlaggedAt };
  }

  @Mutation(() => Complaint, {
    description:
      "Coordinator of the complaint's directorate or central service: flags the complaint as holding special-category data (GDPR art. 9: health, origin, …) with a reason, or clears the flag with an empty list. Audited; reads of a flagged complaint come first in its audit trail, and the flag is in the access copy. NOT_FOUND outside your scope.",
  })
  flagSpecialCategories(
    @Arg("complaintId", () => ID, { description: "The complaint." }) complaintId: string,
    @Arg("categories", () => [SpecialCategory], { description: "The kinds of special-category data it holds; empty: clears the flag." })
    categories: SpecialCategory[],
    @Arg("reason", { description: `Why; required, at most ${TEXT_LIMITS.note} characters.` }) reason: string,
    @Ctx() ctx: IntakeContext,
  ): Promise<Complaint> {
    return this.flags.flag(requireCaller(ctx), complaintId, categories, reason);
  }
}
