import { GraphQLJSONObject } from "graphql-scalars";
import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { JsonObject } from "../../../lib/graphql/personal-data-export";
import { requireCaller } from "../../../lib/graphql/context";
import type { IntakeContext } from "../context";
import type { AccessCopy } from "./access-copy";
import { PersonalDataExport } from "./access-copy.types";

/**
 * The access copy across the subgraphs: intake owns the entity; directorates and escalation each resolve their
 * field of it; `document` requires theirs, so the gateway fetches them first and hands them to intake.
 */
@Resolver(() => PersonalDataExport)
export class AccessCopyResolver {
  constructor(private readonly copies: AccessCopy) {}

  @Query(() => PersonalDataExport, {
    description:
      "The access copy of a complaint (GDPR art. 15(3)): ask for `document` to get it whole as one JSON document. The complaint's online complainant, or the central service (for a request in writing); NOT_FOUND for anyone else's complaint, FORBIDDEN for coordinators.",
  })
  async personalDataExport(
    @Arg("complaintId", () => ID, { description: "The complaint." }) complaintId: string,
    @Ctx() ctx: IntakeContext,
  ): Promise<PersonalDataExport> {
    await this.copies.exportable(requireCaller(ctx), complaintId);
    return { complaintId };
  }

  @FieldResolver(() => GraphQLJSONObject, {
    description: "Intake's part: the complaint with the complainant's data, its timeline, the letters, and intake's access log.",
  })
  async complaint(@Root() root: PersonalDataExport, @Ctx() ctx: IntakeContext): Promise<JsonObject> {
    return this.copies.intakePart(await this.copies.exportable(requireCaller(ctx), root.complaintId));
  }

  @FieldResolver(() => GraphQLJSONObject, {
    description:
      "The whole access copy as one JSON document: `intake` (complaint, timeline, letters), `directorates` (firstLine), `escalation` (escalations) and one `accessLog` of all subgraphs, oldest first: when, by which role and directorate, READ or CHANGE of what; never which staff member.",
  })
  @Directive('@requires(fields: "firstLine escalation")')
  async document(@Root() root: PersonalDataExport, @Ctx() ctx: IntakeContext): Promise<JsonObject> {
    const complaint = await this.copies.exportable(requireCaller(ctx), root.complaintId);
    return this.copies.document(complaint, { firstLine: root.firstLine, escalation: root.escalation });
  }
}

/** The gateway's representation carries the required parts; nothing to load. */
export const accessCopyReferenceResolver = {
  PersonalDataExport: { __resolveReference: (reference: PersonalDataExport) => reference },
};
