import { IsEmail, IsOptional, Matches, MaxLength } from "class-validator";
import { Field, InputType, ObjectType } from "type-graphql";
import { Column } from "typeorm";
import { ComplainantKind } from "../../lib/domain/enums";
import { TEXT_LIMITS, NOT_BLANK } from "../../lib/domain/text-limits";
import { MultiLine, SingleLine } from "../../lib/graphql/text";

/** Who complained. Stored inside the complaint row (TypeORM embedded columns). */
@ObjectType({ description: "Who complained. Seen by the complainant, the coordinator of the complaint's directorate and the central service." })
export class Complainant {
  @Field(() => ComplainantKind, { description: "A person, company or institution." })
  @Column({ type: "varchar", length: 16, nullable: true })
  kind!: ComplainantKind;

  @Field({ description: "The complainant's name (a contact person's for a company or institution)." })
  @Column({ type: "varchar", length: TEXT_LIMITS.name, nullable: true })
  name!: string;

  @Field(() => String, { nullable: true, description: "The company or institution, when the complainant is one." })
  @Column({ type: "varchar", length: TEXT_LIMITS.organisation, nullable: true })
  organisation!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Letters are e-mailed here; for an online complaint once the address is confirmed (Complaint.emailAddressConfirmed).",
  })
  @Column({ type: "varchar", length: TEXT_LIMITS.email, nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true, description: "A phone number, as given." })
  @Column({ type: "varchar", length: TEXT_LIMITS.phone, nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: "Paper letters are posted here." })
  @Column({ type: "varchar", length: TEXT_LIMITS.postalAddress, nullable: true })
  postalAddress!: string | null;
}

/** Applies several property decorators as one. */
const all =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    decorators.forEach((d) => d(target, key));

/** The checks of each complainant field, the same at filing, registration and rectification (updateComplainant). */
const NameRules = () => all(Matches(NOT_BLANK, { message: "name must not be empty" }), MaxLength(TEXT_LIMITS.name), SingleLine());
const OrganisationRules = () => all(IsOptional(), MaxLength(TEXT_LIMITS.organisation), SingleLine());
const EmailRules = () =>
  all(
    IsOptional(),
    // No quoted or non-ASCII name before the @: a quoted one carries free text into the message's To header.
    IsEmail(
      { allow_utf8_local_part: false, blacklisted_chars: '"' },
      { message: "email must be an e-mail address (letters, digits and . _ + - before the @)" },
    ),
    MaxLength(TEXT_LIMITS.email),
    SingleLine(),
  );
const PhoneRules = () => all(IsOptional(), Matches(/^\+?[0-9 ()./-]{6,40}$/, { message: "phone must be a phone number", context: { code: "INVALID_PHONE" } }));
const PostalAddressRules = () =>
  all(IsOptional(), Matches(NOT_BLANK, { message: "postalAddress must not be empty" }), MaxLength(TEXT_LIMITS.postalAddress), MultiLine());

const DESCRIPTIONS = {
  name: `One line, at most ${TEXT_LIMITS.name} characters, not blank.`,
  organisation: `The company or institution; one line, at most ${TEXT_LIMITS.organisation} characters.`,
  phone: "6 to 40 characters: digits, spaces, ( ) . / - and a leading +.",
  postalAddress: `Several lines allowed, at most ${TEXT_LIMITS.postalAddress} characters.`,
};

/** The complainant's fields that filing and rectification describe and check alike. */
@InputType()
abstract class ComplainantContactInput {
  @Field(() => String, { nullable: true, description: DESCRIPTIONS.organisation })
  @OrganisationRules()
  organisation?: string | null;

  @Field(() => String, { nullable: true, description: DESCRIPTIONS.phone })
  @PhoneRules()
  phone?: string | null;

  @Field(() => String, { nullable: true, description: DESCRIPTIONS.postalAddress })
  @PostalAddressRules()
  postalAddress?: string | null;
}

@InputType({ description: "Who complains. An e-mail or a postal address is required: the FOD must be able to answer." })
export class ComplainantInput extends ComplainantContactInput {
  @Field(() => ComplainantKind, { description: 'A person, company or institution ("Elke persoon, onderneming of instelling").' })
  kind!: ComplainantKind;

  @Field({ description: DESCRIPTIONS.name })
  @NameRules()
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: `An e-mail address (ASCII before the @), at most ${TEXT_LIMITS.email} characters. Online complaints: letters go there once it is confirmed (Complaint.emailAddressConfirmed).`,
  })
  @EmailRules()
  email?: string | null;
}

@InputType({
  description:
    "Corrections to the complainant's data (GDPR art. 16), checked as at filing. A field left out stays as it is; null removes an optional one. An e-mail or a postal address must remain.",
})
export class ComplainantUpdateInput extends ComplainantContactInput {
  @Field(() => String, { nullable: true, description: `${DESCRIPTIONS.name} Null is refused: a complainant has a name.` })
  @IsOptional()
  @NameRules()
  name?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `At most ${TEXT_LIMITS.email} characters. A new address of an online complaint is used once the complainant confirms it (a code goes there, as at filing).`,
  })
  @EmailRules()
  email?: string | null;
}
