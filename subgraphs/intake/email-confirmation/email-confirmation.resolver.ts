import DataLoader from "dataloader";
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { requireCaller } from "../../../lib/graphql/context";
import { Complaint } from "../complaint.entity";
import type { IntakeContext } from "../context";
import type { EmailConfirmations } from "./email-confirmation.service";
import { CODE_DIGITS } from "./address-rules";

/** One loader per request, without widening the intake context. */
const loaders = new WeakMap<IntakeContext, DataLoader<Complaint, boolean | null>>();

@Resolver(() => Complaint)
export class EmailConfirmationResolver {
  constructor(private readonly confirmations: EmailConfirmations) {}

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      "Online complaints with an e-mail address: whether the complainant proved it (verified identity or confirmEmail); letters are e-mailed only when true. Null otherwise.",
  })
  emailAddressConfirmed(@Root() complaint: Complaint, @Ctx() ctx: IntakeContext): Promise<boolean | null> {
    let loader = loaders.get(ctx);
    if (!loader) {
      loader = new DataLoader((complaints) => this.confirmations.confirmedMany(complaints), { cache: false });
      loaders.set(ctx, loader);
    }
    return loader.load(complaint);
  }

  @Mutation(() => Complaint, {
    description:
      "Complainant: confirms the e-mail address of an online complaint with the code sent there; its waiting letters are then sent. " +
      "BAD_USER_INPUT for a wrong code (5 tries), CONFLICT when already confirmed, expired or out of tries.",
  })
  confirmEmail(
    @Arg("complaintId", () => ID, { description: "The citizen's own online complaint." }) complaintId: string,
    @Arg("code", { description: `The ${CODE_DIGITS}-digit code from the confirmation e-mail.` }) code: string,
    @Ctx() ctx: IntakeContext,
  ): Promise<Complaint> {
    return this.confirmations.confirm(requireCaller(ctx), complaintId, code);
  }

  @Mutation(() => Complaint, {
    description:
      "Complainant: sends a new confirmation code to the complaint's e-mail address (valid 24 hours). " +
      "RATE_LIMITED after 3 messages to one address on one day; CONFLICT when already confirmed.",
  })
  requestEmailConfirmation(
    @Arg("complaintId", () => ID, { description: "The citizen's own online complaint." }) complaintId: string,
    @Ctx() ctx: IntakeContext,
  ): Promise<Complaint> {
    return this.confirmations.requestCode(requireCaller(ctx), complaintId);
  }
}
