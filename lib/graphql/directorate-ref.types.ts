import { Directive, Field, ObjectType } from "type-graphql";
import { DirectorateCode } from "../enums";

/** The directorates subgraph resolves the rest of a Directorate from its code. */
@ObjectType("Directorate")
@Directive('@key(fields: "code", resolvable: false)')
export class DirectorateRef {
  @Field(() => DirectorateCode)
  code!: DirectorateCode;
}
