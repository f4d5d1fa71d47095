import type { GraphQLResolveInfo } from "graphql";
import { Arg, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { DirectorateCode, Language } from "../../lib/domain/enums";
import { addressIn, websiteIn } from "../../lib/domain/directorates.data";
import { publicData } from "../../lib/graphql/public-cache";
import { Directorate } from "./directorate.entity";
import type { Directory } from "./directory";

/** `language: Language = NL`: explicit, because the public answer is cached for everyone. */
const LANGUAGE_ARG = ["language", () => Language, { nullable: true, defaultValue: Language.NL, description: "NL (default), FR, DE or EN." }] as const;

const NAME_COLUMN: Record<Language, keyof Directorate> = {
  [Language.NL]: "nameNl",
  [Language.FR]: "nameFr",
  [Language.DE]: "nameDe",
  [Language.EN]: "nameEn",
};

/** The fields said per language: what the declarations below describe and `directorateReferenceResolver` answers with. */
const LOCALISED = {
  name: (directorate: Directorate, language: Language) => directorate[NAME_COLUMN[language]] as string,
  address: addressIn,
  website: websiteIn,
};

type LanguageArgs = { language?: Language | null };

@Resolver(() => Directorate)
export class DirectorateResolver {
  constructor(private readonly directory: Directory) {}

  @Query(() => [Directorate], { description: "Public: the seven directorates and their contact data, in the seed's order." })
  directorates(@Info() info: GraphQLResolveInfo): readonly Directorate[] {
    publicData(info);
    return this.directory.all;
  }

  @Query(() => Directorate, { nullable: true, description: "Public: one directorate and its contact data." })
  directorate(
    @Arg("code", () => DirectorateCode, { description: "The directorate's code." }) code: DirectorateCode,
    @Info() info: GraphQLResolveInfo,
  ): Directorate | null {
    publicData(info);
    return this.directory.get(code);
  }

  @FieldResolver(() => String, {
    description: 'The official name: NL as in the seed (e.g. "Algemene Directie Civiele Veiligheid"), FR, DE and EN the FOD\'s own translations.',
  })
  name(@Root() directorate: Directorate, @Arg(...LANGUAGE_ARG) language: Language | null): string {
    return LOCALISED.name(directorate, language ?? Language.NL);
  }

  @FieldResolver(() => String, {
    description: "The postal address: NL in Dutch (the seed's text), FR, DE and EN in French (Brussels streets have a Dutch and a French name).",
  })
  address(@Root() directorate: Directorate, @Arg(...LANGUAGE_ARG) language: Language | null): string {
    return LOCALISED.address(directorate, language ?? Language.NL);
  }

  @FieldResolver(() => String, { description: "The website: the Dutch or French site where the service has one per language (FR, DE and EN: the French one)." })
  website(@Root() directorate: Directorate, @Arg(...LANGUAGE_ARG) language: Language | null): string {
    return LOCALISED.website(directorate, language ?? Language.NL);
  }
}

export const directorateReferenceResolver = (directory: Directory) => ({
  Directorate: {
    __resolveReference(reference: { code: DirectorateCode }) {
      return directory.get(reference.code);
    },
    // In place of type-graphql's resolvers for the three fields (the schema keeps their declarations above): type-graphql
    // passes every @Arg through an async validation step, a promise per field and directorate; these answer at once.
    name: (directorate: Directorate, { language }: LanguageArgs) => LOCALISED.name(directorate, language ?? Language.NL),
    address: (directorate: Directorate, { language }: LanguageArgs) => LOCALISED.address(directorate, language ?? Language.NL),
    website: (directorate: Directorate, { language }: LanguageArgs) => LOCALISED.website(directorate, language ?? Language.NL),
  },
});
