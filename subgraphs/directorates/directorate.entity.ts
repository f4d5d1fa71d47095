import { Directive, Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { DirectorateCode } from "../../lib/domain/enums";

@ObjectType({
  description:
    'Public. A directorate (algemene directie, stafdienst or the coördinatie- en ondersteuningsdienst) with its complaint coordinator, who handles the first line: "Bij elke algemene directie, stafdienst en de coördinatie- en ondersteuningsdienst is een klachtencoördinator aanwezig". Contact data as in the seed\'s "Contactgegevens".',
})
@Directive('@key(fields: "code")')
@Entity("directorate")
export class Directorate {
  @Field(() => DirectorateCode, { description: "Its code: the key other subgraphs refer to it by." })
  @PrimaryColumn({ type: "varchar", length: 40 })
  code!: DirectorateCode;

  @Column({ type: "varchar", length: 300 })
  nameNl!: string;

  @Column({ type: "varchar", length: 300 })
  nameFr!: string;

  @Column({ type: "varchar", length: 300 })
  nameDe!: string;

  @Column({ type: "varchar", length: 300 })
  nameEn!: string;

  /** The seed's (Dutch) address; resolved per language by DirectorateResolver.address. */
  @Column({ type: "varchar", length: 300 })
  address!: string;

  @Column({ type: "varchar", length: 300 })
  addressFr!: string;

  @Field({ description: 'Telephone number as the seed writes it (Belgian national format, e.g. "02 500 21 11"); the same in every language.' })
  @Column({ type: "varchar", length: 40 })
  phone!: string;

  @Field(() => String, { nullable: true, description: "Fax number as the seed writes it; null where the seed gives none (Dienst Vreemdelingenzaken)." })
  @Column({ type: "varchar", length: 40, nullable: true })
  fax!: string | null;

  /** The seed's website; resolved per language by DirectorateResolver.website. */
  @Column({ type: "varchar", length: 200 })
  website!: string;

  @Column({ type: "varchar", length: 200 })
  websiteFr!: string;

  @Field(() => String, {
    nullable: true,
    description: "The complaint coordinator's e-mail address; null while none is configured (the seed publishes none).",
  })
  @Column({ type: "varchar", length: 254, nullable: true })
  complaintCoordinatorEmail!: string | null;
}
