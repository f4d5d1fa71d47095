import { Arg, Query, Resolver } from "type-graphql";
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
  ): PrivacyNotice {
    return privacyNotice(language, this.settings);
  }
}
