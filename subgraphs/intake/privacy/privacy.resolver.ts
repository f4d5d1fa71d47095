import type { GraphQLResolveInfo } from "graphql";
import { Arg, Info, Query, Resolver } from "type-graphql";
import { publicData } from "../../../lib/graphql/public-cache";
import type { PrivacySettings } from "../../../lib/config";
import { Language } from "../../../lib/domain/enums";
import { privacyNotice } from "./notice";
import { PrivacyNotice } from "./notice.types";

@Resolver()
export class PrivacyNoticeResolver {
  constructor(private readonly settings: PrivacySettings) {}

  @Query(() => PrivacyNotice, { description: "Public: the privacy notice of the complaint procedure, in the language asked." })
  privacyNotice(
    @Arg("language", () => Language, { defaultValue: Language.NL, description: "NL, FR, DE or EN; NL when absent." }) language: Language,
    @Info() info: GraphQLResolveInfo,
  ): PrivacyNotice {
    publicData(info);
    return privacyNotice(language, this.settings);
  }
}
