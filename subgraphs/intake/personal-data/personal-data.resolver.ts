import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { requireCaller } from "../../../lib/graphql/context";
import { ComplainantUpdateInput } from "../complainant.types";
import { Complaint } from "../complaint.entity";
import type { IntakeContext } from "../context";
import type { Rectification } from "./rectification";

/** The complainant's rights over the complaint's personal data (README, "Personal data"). */
@Resolver()
export class PersonalDataResolver {
  constructor(private readonly rectification: Rectification) {}

  @Mutation(() => Complaint, {
    description:
      "Rectification (GDPR art. 16). The online complainant (own complaint), or the coordinator of the complaint's directorate or the central service acting on a written request: corrects the complainant's name, organisation, e-mail, phone or postal address; later letters use the new data. A new e-mail address of an online complaint gets a confirmation code, as at filing (letters wait for it). NOT_FOUND outside your scope; CONFLICT for an anonymous complaint.",
  })
  updateComplainant(
    @Arg("complaintId", () => ID, { description: "The complaint whose complainant's data is corrected." }) complaintId: string,
    @Arg("input", () => ComplainantUpdateInput, { description: "The corrected fields only." }) input: ComplainantUpdateInput,
    @Ctx() ctx: IntakeContext,
  ): Promise<Complaint> {
    return this.rectification.update(requireCaller(ctx), complaintId, input);
  }
}
