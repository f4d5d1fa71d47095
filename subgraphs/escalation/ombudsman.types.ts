import { Field, ObjectType } from "type-graphql";

export { FEDERAL_OMBUDSMAN, ombudsmanIn } from "../../lib/domain/ombudsman.data";

@ObjectType({
  description:
    'Public. De federale Ombudsman, where a complainant may turn after the FOD\'s final answer: "Hij is volledig onafhankelijk, maakt geen deel uit van de federale administratie en onderzoekt uw klacht kosteloos en onpartijdig."',
})
export class Ombudsman {
  @Field({ description: 'The official name in the language asked; NL as in the seed: "De federale Ombudsman".' }) name!: string;
  @Field({
    description:
      'The postal address: NL in Dutch as in the seed ("Leuvenseweg 48 bus 6 – 1000 Brussel"), FR, DE and EN in French ("Rue de Louvain 48 bte 6 – 1000 Bruxelles").',
  })
  address!: string;
  @Field({ description: 'The free phone number as the seed writes it ("0800 99 962"), the same in every language.' }) phone!: string;
  @Field({
    description:
      "The website's host name, without scheme, per language: www.federaalombudsman.be, www.mediateurfederal.be, www.foederalombudsmann.be, www.federalombudsman.be.",
  })
  website!: string;
}
