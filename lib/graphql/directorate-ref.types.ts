import { Directive, Field, ObjectType } from "type-graphql";
import { DirectorateCode } from "../domain/enums";

/**
 * A Directorate as intake and escalation know it: its key. The directorates
 * subgraph resolves the rest from the code.
 */
@ObjectType("Directorate")
@Directive('@key(fields: "code", resolvable: false)')
export class DirectorateRef {
  @Field(() => DirectorateCode, { description: "The directorate's code; public." })
  code!: DirectorateCode;
}
