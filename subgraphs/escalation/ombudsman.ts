import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "De federale Ombudsman: independent, free of charge." })
export class Ombudsman {
  @Field() name!: string;
  @Field() address!: string;
  @Field() phone!: string;
  @Field() website!: string;
}

/**
 * "Indien onze klachtendienst u niet of onvoldoende heeft kunnen helpen, kan u
 * altijd terecht bij de federale Ombudsman." Contact data as in the seed.
 */
export const FEDERAL_OMBUDSMAN: Ombudsman = {
  name: "De federale Ombudsman",
  address: "Leuvenseweg 48 bus 6 – 1000 Brussel",
  phone: "0800 99 962",
  website: "www.federaalombudsman.be",
};
