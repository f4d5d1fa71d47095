import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { requireCaller } from "../../../lib/graphql/context";
import { Complaint } from "../complaint.entity";
import type { IntakeContext } from "../context";
import { Letter } from "./letter.entity";
import type { LetterPosting } from "./letter.posting";

@Resolver(() => Complaint)
export class LetterResolver {
  constructor(private readonly posting: LetterPosting) {}

  @FieldResolver(() => [Letter], {
    description:
      "The letters sent or to be sent to the complainant, oldest first. Paper letters (no e-mail address, or an unconfirmed one beside a postal address) are printed by the directorate.",
  })
  letters(@Root() complaint: Complaint, @Ctx() ctx: IntakeContext): Promise<Letter[]> {
    return ctx.loaders.letters.load(complaint.id);
  }

  @Mutation(() => Letter, {
    description:
      "Staff (the complaint's coordinator or the central service): the day a paper letter was posted. Not in the future, not before the letter was made; once per letter (CONFLICT after), not for e-mailed letters (CONFLICT).",
  })
  markLetterPosted(
    @Arg("letterId", () => ID, { description: "A PAPER letter (Letter.id)." }) letterId: string,
    @Arg("postedAt", { description: "When it was posted: an ISO 8601 instant." }) postedAt: Date,
    @Ctx() ctx: IntakeContext,
  ): Promise<Letter> {
    return this.posting.markPosted(requireCaller(ctx), letterId, postedAt);
  }
}
