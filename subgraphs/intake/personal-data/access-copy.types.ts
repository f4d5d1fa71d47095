import { GraphQLJSONObject } from "graphql-scalars";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import type { JsonObject } from "../../../lib/graphql/personal-data-export";

@ObjectType({
  description:
    "The access copy of one complaint (GDPR art. 15(3)): a part per subgraph and `document`, all of it as one JSON document. For the complaint's online complainant and the central service.",
})
@Directive('@key(fields: "complaintId")')
export class PersonalDataExport {
  @Field(() => ID, { description: "The complaint (Complaint.id) the copy is about." })
  complaintId!: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: "The directorates subgraph's part (external here: `document` requires it)." })
  @Directive("@external")
  firstLine?: JsonObject | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: "The escalation subgraph's part (external here: `document` requires it)." })
  @Directive("@external")
  escalation?: JsonObject | null;
}
