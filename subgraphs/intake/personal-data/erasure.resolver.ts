import { Matches, MaxLength } from "class-validator";
import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from "type-graphql";
import { ERASURE_EXPLANATION_MAX, ErasureGround } from "../../../lib/domain/erasure";
import { NOT_BLANK } from "../../../lib/domain/text-limits";
import { requireCaller } from "../../../lib/graphql/context";
import { MultiLine } from "../../../lib/graphql/text";
import { Complaint } from "../complaint.entity";
import type { ComplaintQueries } from "../complaint.queries";
import type { IntakeContext } from "../context";
import type { PersonalDataErasure } from "./erasure";

@InputType({ description: "Why personal data is erased: the legal ground and an explanation, kept in the audit trail (never repeat the erased data in it)." })
export class ErasureReasonInput {
  @Field(() => ErasureGround, { description: "The ground of GDPR art. 17(1); only NO_LONGER_NEEDED waits until the complaint is finished." })
  ground!: ErasureGround;

  @Field({ description: `The request or decision behind it (a letter's date, a court order), at most ${ERASURE_EXPLANATION_MAX} characters, not blank.` })
  @Matches(NOT_BLANK, { message: "explanation must not be empty" })
  @MaxLength(ERASURE_EXPLANATION_MAX)
  @MultiLine()
  explanation!: string;
}

@Resolver()
export class ErasureResolver {
  constructor(
    private readonly erasure: PersonalDataErasure,
    private readonly queries: ComplaintQueries,
  ) {}

  @Mutation(() => Complaint, {
    description:
      "Central service: erases the complaint's personal data in every subgraph (the complainant's contact data, the texts, notes, answers, decisions, letters), keeping what the annual figures read. " +
      "For a finished complaint, or earlier on a ground that allows it. Audited with the ground and explanation; erasing again changes nothing. Erased texts read null, or the empty string where the field is non-null.",
  })
  erasePersonalData(
    @Arg("complaintId", () => ID, { description: "The complaint's id." }) complaintId: string,
    @Arg("reason", () => ErasureReasonInput, { description: "The legal ground and the explanation." }) reason: ErasureReasonInput,
    @Ctx() ctx: IntakeContext,
  ): Promise<Complaint> {
    return this.erasure.erase(requireCaller(ctx), this.queries, complaintId, { ground: reason.ground, explanation: reason.explanation.trim() });
  }
}
