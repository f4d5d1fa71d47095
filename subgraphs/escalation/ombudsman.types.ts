import { Field, ObjectType } from "type-graphql";

export { FEDERAL_OMBUDSMAN, ombudsmanIn } from "../../lib/domain/ombudsman.data";

@ObjectType({ description: "De federale Ombudsman: independent, free of charge." })
export class Ombudsman {
  @Field() name!: string;
  @Field() address!: string;
  @Field() phone!: string;
  @Field() website!: string;
}
