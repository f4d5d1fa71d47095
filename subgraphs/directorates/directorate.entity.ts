import { Directive, Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { DirectorateCode } from "../../lib/domain/enums";

@ObjectType({ description: "A directorate (algemene directie or stafdienst) with its complaint coordinator." })
@Directive('@key(fields: "code")')
@Entity("directorate")
export class Directorate {
  @Field(() => DirectorateCode)
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

  @Field()
  @Column({ type: "varchar", length: 40 })
  phone!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 40, nullable: true })
  fax!: string | null;

  /** The seed's website; resolved per language by DirectorateResolver.website. */
  @Column({ type: "varchar", length: 200 })
  website!: string;

  @Column({ type: "varchar", length: 200 })
  websiteFr!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 254, nullable: true })
  complaintCoordinatorEmail!: string | null;
}
