import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { requireCaller } from "../../../lib/graphql/context";
import { Complaint } from "../complaint.entity";
import type { IntakeContext } from "../context";
import type { EmailConfirmations } from "./email-confirmation.service";

@Resolver()
export class EmailConfirmationResolver {
  constructor(private readonly confirmations: EmailConfirmations) {}

  @Mutation(() => Complaint, {
    description:
      "Complainant: confirms the e-mail address of an online complaint with the code sent there; its waiting letters are then sent. " +
      "BAD_USER_INPUT for a wrong code (5 tries), CONFLICT when already confirmed, expired or out of tries.",
  })
  confirmEmail(@Arg("complaintId", () => ID) complaintId: string, @Arg("code") code: string, @Ctx() ctx: IntakeContext): Promise<Complaint> {
    return this.confirmations.confirm(requireCaller(ctx), complaintId, code);
  }

  @Mutation(() => Complaint, {
    description:
      "Complainant: sends a new confirmation code to the complaint's e-mail address (valid 24 hours). " +
      "RATE_LIMITED after 3 messages to one address on one day; CONFLICT when already confirmed.",
  })
  requestEmailConfirmation(@Arg("complaintId", () => ID) complaintId: string, @Ctx() ctx: IntakeContext): Promise<Complaint> {
    return this.confirmations.requestCode(requireCaller(ctx), complaintId);
  }
}
