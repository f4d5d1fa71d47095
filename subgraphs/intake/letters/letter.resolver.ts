import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Complaint } from "../complaint.entity";
import type { IntakeContext } from "../context";
import { Letter } from "./letter.entity";

@Resolver(() => Complaint)
export class LetterResolver {
  @FieldResolver(() => [Letter], {
    description:
      "The letters sent or to be sent to the complainant, oldest first. Paper letters (no e-mail address, or an unconfirmed one beside a postal address) are printed by the directorate.",
  })
  letters(@Root() complaint: Complaint, @Ctx() ctx: IntakeContext): Promise<Letter[]> {
    return ctx.loaders.letters.load(complaint.id);
  }
}
