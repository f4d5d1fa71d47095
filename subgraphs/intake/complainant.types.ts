import { IsEmail, IsOptional, Matches, MaxLength } from "class-validator";
import { Field, InputType, ObjectType } from "type-graphql";
import { Column } from "typeorm";
import { ComplainantKind } from "../../lib/domain/enums";
import { TEXT_LIMITS, NOT_BLANK } from "../../lib/domain/text-limits";
import { MultiLine, SingleLine } from "../../lib/graphql/text";

/** Who complained. Stored inside the complaint row (TypeORM embedded columns). */
@ObjectType()
export class Complainant {
  @Field(() => ComplainantKind)
  @Column({ type: "varchar", length: 16, nullable: true })
  kind!: ComplainantKind;

  @Field()
  @Column({ type: "varchar", length: TEXT_LIMITS.name, nullable: true })
  name!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: TEXT_LIMITS.organisation, nullable: true })
  organisation!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: TEXT_LIMITS.email, nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: TEXT_LIMITS.phone, nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: TEXT_LIMITS.postalAddress, nullable: true })
  postalAddress!: string | null;
}

@InputType()
export class ComplainantInput {
  @Field(() => ComplainantKind)
  kind!: ComplainantKind;

  @Field()
  @Matches(NOT_BLANK, { message: "name must not be empty" })
  @MaxLength(TEXT_LIMITS.name)
  @SingleLine()
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TEXT_LIMITS.organisation)
  @SingleLine()
  organisation?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  // No quoted or non-ASCII name before the @: a quoted one carries free text into the message's To header.
  @IsEmail({ allow_utf8_local_part: false, blacklisted_chars: '"' }, { message: "email must be an e-mail address (letters, digits and . _ + - before the @)" })
  @MaxLength(TEXT_LIMITS.email)
  @SingleLine()
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ()./-]{6,40}$/, { message: "phone must be a phone number", context: { code: "INVALID_PHONE" } })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(NOT_BLANK, { message: "postalAddress must not be empty" })
  @MaxLength(TEXT_LIMITS.postalAddress)
  @MultiLine()
  postalAddress?: string | null;
}
