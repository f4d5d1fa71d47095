import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import type { DataSource } from "typeorm";
import { DirectorateCode, Language } from "../../lib/domain/enums";
import { addressIn, websiteIn } from "../../lib/domain/directorates.data";
import { publicData } from "../../lib/graphql/public-cache";
import type { DirectoratesContext } from "./context";
import { Directorate } from "./directorate.entity";

/** The order of the seed's contact list. */
const SEED_ORDER = Object.values(DirectorateCode);

/** `language: Language = NL`: explicit, because the public answer is cached for everyone. */
const LANGUAGE_ARG = ["language", () => Language, { nullable: true, defaultValue: Language.NL, description: "NL (default), FR, DE or EN." }] as const;

const NAME_COLUMN: Record<Language, keyof Directorate> = {
  [Language.NL]: "nameNl",
  [Language.FR]: "nameFr",
  [Language.DE]: "nameDe",
  [Language.EN]: "nameEn",
};

@Resolver(() => Directorate)
export class DirectorateResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Query(() => [Directorate], { description: "Public: the seven directorates and their contact data, in the seed's order." })
  async directorates(@Info() info: GraphQLResolveInfo): Promise<Directorate[]> {
    publicData(info);
    const rows = await this.dataSource.getRepository(Directorate).find();
    return rows.sort((a, b) => SEED_ORDER.indexOf(a.code) - SEED_ORDER.indexOf(b.code));
  }

  @Query(() => Directorate, { nullable: true, description: "Public: one directorate and its contact data." })
  directorate(
    @Arg("code", () => DirectorateCode, { description: "The directorate's code." }) code: DirectorateCode,
    @Ctx() ctx: DirectoratesContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Directorate | null> {
    publicData(info);
    return ctx.loaders.directorate.load(code);
  }

  @FieldResolver(() => String, {
    description: 'The official name: NL as in the seed (e.g. "Algemene Directie Civiele Veiligheid"), FR, DE and EN the FOD\'s own translations.',
  })
  name(@Root() directorate: Directorate, @Arg(...LANGUAGE_ARG) language: Language | null): string {
    return directorate[NAME_COLUMN[language ?? Language.NL]] as string;
  }

  @FieldResolver(() => String, {
    description: "The postal address: NL in Dutch (the seed's text), FR, DE and EN in French (Brussels streets have a Dutch and a French name).",
  })
  address(@Root() directorate: Directorate, @Arg(...LANGUAGE_ARG) language: Language | null): string {
    return addressIn(directorate, language ?? Language.NL);
  }

  @FieldResolver(() => String, { description: "The website: the Dutch or French site where the service has one per language (FR, DE and EN: the French one)." })
  website(@Root() directorate: Directorate, @Arg(...LANGUAGE_ARG) language: Language | null): string {
    return websiteIn(directorate, language ?? Language.NL);
  }
}

export const directorateReferenceResolver = {
  Directorate: {
    __resolveReference(reference: { code: DirectorateCode }, ctx: DirectoratesContext) {
      return ctx.loaders.directorate.load(reference.code);
    },
  },
};
